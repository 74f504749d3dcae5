// Framework hovers in real Python and TypeScript files: aliased names resolved through the
// file's imports, the card's framework, version and the call's values, and the setting that
// turns them off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, setLanguage, writeFile } from './hoverHelpers';

async function hoverAt(doc: vscode.TextDocument, word: string): Promise<string> {
  const offset = doc.getText().indexOf(word);
  assert.ok(offset >= 0, `${word} is not in ${doc.fileName}`);
  return hoverText(doc.uri, doc.positionAt(offset + 1));
}

const PY = [
  'import torch.nn as tnn',
  'from torch.nn import functional as F',
  'import flax.linen as fnn',
  'from tensorflow import keras',
  '',
  'act = tnn.LeakyReLU(0.2)',
  'y = F.hardtanh(x, -2, 2)',
  'z = fnn.gelu(x)',
  'layer = keras.layers.Dense(64, activation="gelu")',
  'bad = tnn.functional.logsumexp(x)',
].join('\n');

const TS = ["import * as tfjs from '@tensorflow/tfjs';", '', 'const y = tfjs.leakyRelu(x, 0.1);', "const l = tfjs.layers.dense({ units: 4, activation: 'hardSigmoid' });", ''].join('\n');

describe('frameworkHover: cards over framework names', function () {
  this.timeout(90000);
  let py: vscode.TextDocument;
  let ts: vscode.TextDocument;

  before(async () => {
    await activate();
    await setLanguage('en');
    py = await vscode.workspace.openTextDocument(await writeFile('model.py', PY));
    await vscode.window.showTextDocument(py);
    ts = await vscode.workspace.openTextDocument(await writeFile('model.ts', TS));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('activationLab').update('frameworkHovers', undefined, vscode.ConfigurationTarget.Global);
    await setLanguage(undefined);
  });

  it('opens .py as python and .ts as typescript', () => {
    assert.strictEqual(py.languageId, 'python');
    assert.strictEqual(ts.languageId, 'typescript');
  });

  it('an aliased PyTorch module: framework, version, the value in the call and the default', async () => {
    const card = await hoverAt(py, 'tnn.LeakyReLU');
    assert.match(card, /\*\*PyTorch\*\* · `tnn\.LeakyReLU` → `torch\.nn\.LeakyReLU`/);
    assert.match(card, /checked against torch 2\.13\.0/);
    assert.match(card, /\| `negative_slope` \| `0\.2` \| `0\.01` \| `alpha` \|/);
    assert.match(card, /<img src="data:image\/svg\+xml;base64,/);
  });

  it('positional arguments, Flax’s GELU and a Keras string', async () => {
    const ht = await hoverAt(py, 'F.hardtanh');
    assert.match(ht, /\| `min_val` \| `-2` \| `-1` \|/);
    assert.match(ht, /\| `max_val` \| `2` \| `1` \|/);
    const g = await hoverAt(py, 'fnn.gelu');
    assert.match(g, /\*\*Flax\*\*/);
    assert.match(g, /This is `gelu_tanh` in Activation Lab/);
    const k = await hoverAt(py, 'gelu"');
    assert.match(k, /\*\*Keras\*\*/);
    assert.match(k, /checked against keras 3\.15\.1/);
  });

  it('a name that does not exist at its path gets no card', async () => {
    const text = await hoverAt(py, 'tnn.functional.logsumexp');
    assert.ok(!text.includes('Activation Lab'), text.slice(0, 200));
  });

  it('TensorFlow.js in TypeScript: an aliased namespace, the call’s alpha, and the hardSigmoid variant', async () => {
    const op = await hoverAt(ts, 'tfjs.leakyRelu');
    assert.match(op, /\*\*TensorFlow\.js\*\* · `tfjs\.leakyRelu`/);
    assert.match(op, /checked against @tensorflow\/tfjs 4\.22\.0/);
    assert.match(op, /\| `alpha` \| `0\.1` \| `0\.2` \| `alpha` \|/);
    const hs = await hoverAt(ts, 'hardSigmoid');
    assert.match(hs, /0\.2x \+ 0\.5/);
  });

  it('turns off with activationLab.frameworkHovers = false', async () => {
    await vscode.workspace.getConfiguration('activationLab').update('frameworkHovers', false, vscode.ConfigurationTarget.Global);
    const text = await hoverAt(py, 'tnn.LeakyReLU');
    assert.ok(!text.includes('PyTorch'), text.slice(0, 200));
  });
});
