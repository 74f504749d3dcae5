// Framework hovers in Python and TypeScript files, and the setting that turns them off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, setLanguage, writeFile } from './hoverHelpers';

async function hoverAt(doc: vscode.TextDocument, line: number, word: string): Promise<string> {
  const character = doc.lineAt(line).text.indexOf(word) + 1;
  return hoverText(doc.uri, new vscode.Position(line, character));
}

describe('frameworkHover: cards over framework names', function () {
  this.timeout(60000);
  let py: vscode.TextDocument;
  let ts: vscode.TextDocument;

  before(async () => {
    await activate();
    await setLanguage('en');
    const pyUri = await writeFile(
      'model.py',
      ['y = torch.sigmoid(x)', "act = nn.GELU(approximate='tanh')", 'layer = Dense(64, activation="relu")', 'z = jax.nn.silu(x)', 'w = F.softplus(x)'].join('\n'),
    );
    py = await vscode.workspace.openTextDocument(pyUri);
    await vscode.window.showTextDocument(py);
    ts = await vscode.workspace.openTextDocument(await writeFile('model.ts', 'const y = tf.relu(x);\nconst s = tf.sigmoid(x);\n'));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('activationLab').update('frameworkHovers', undefined, vscode.ConfigurationTarget.Global);
    await setLanguage(undefined);
  });

  it('opens .py as python and .ts as typescript', () => {
    assert.strictEqual(py.languageId, 'python');
    assert.strictEqual(ts.languageId, 'typescript');
  });

  it('PyTorch names, with the framework convention and a rendered formula', async () => {
    const sig = await hoverAt(py, 0, 'torch.sigmoid');
    assert.match(sig, /PyTorch: `torch\.sigmoid`/);
    assert.match(sig, /<img src="data:image\/svg\+xml;base64,/);
    const gelu = await hoverAt(py, 1, 'nn.GELU');
    assert.match(gelu, /`gelu_tanh`/);
    const softplus = await hoverAt(py, 4, 'F.softplus');
    assert.match(softplus, /threshold = 20/);
  });

  it('Keras activation strings and JAX', async () => {
    assert.match(await hoverAt(py, 2, 'relu'), /Keras: `"relu"`/);
    assert.match(await hoverAt(py, 3, 'jax.nn.silu'), /JAX: `jax\.nn\.silu`/);
  });

  it('TensorFlow.js in TypeScript', async () => {
    assert.match(await hoverAt(ts, 0, 'tf.relu'), /TensorFlow\.js: `tf\.relu`/);
    assert.match(await hoverAt(ts, 1, 'tf.sigmoid'), /<img src="data:image\/svg\+xml/);
  });

  it('turns off with activationLab.frameworkHovers = false', async () => {
    await vscode.workspace.getConfiguration('activationLab').update('frameworkHovers', false, vscode.ConfigurationTarget.Global);
    const text = await hoverAt(py, 0, 'torch.sigmoid');
    assert.ok(!text.includes('PyTorch'), text.slice(0, 200));
  });
});
