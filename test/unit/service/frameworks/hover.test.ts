// Framework names resolved through each file's imports: aliases, names that do not exist at
// a path, arguments read positionally and by keyword, and what the card shows.
import * as assert from 'assert';
import type { FrameworkAnalyzer, FrameworkRef } from '../../../../src/language/service/frameworks';
import type { CardContext } from '../../../../src/language/service/card';
import { testAnalyzer } from './analyzer';

const ctx: CardContext = { locale: 'en', theme: 'dark' };
let a: FrameworkAnalyzer;

/** The reference at the first occurrence of `word` (after `after`, if given). */
function refAtWord(lang: string, text: string, word: string, after = ''): FrameworkRef | undefined {
  const offset = text.indexOf(word, after ? text.indexOf(after) : 0);
  assert.ok(offset >= 0, `"${word}" not in the text`);
  return a.hover(lang, text, offset + 1, ctx)?.ref;
}
const py = (text: string, word: string, after?: string) => refAtWord('python', text, word, after);
const arg = (r: FrameworkRef | undefined, name: string) => r?.args.find((x) => x.name === name);

describe('frameworks: names resolved through imports', () => {
  before(async () => {
    a = await testAnalyzer();
  });

  it('PyTorch aliases: import torch.nn as tnn, functional as F/nnf, from torch import nn', () => {
    const r1 = py('import torch.nn as tnn\nact = tnn.GELU()\n', 'tnn.GELU');
    assert.strictEqual(r1?.found.path, 'torch.nn.GELU');
    assert.strictEqual(r1?.id, 'gelu');
    const r2 = py('import torch.nn.functional as nnf\ny = nnf.gelu(x)\n', 'nnf.gelu');
    assert.strictEqual(r2?.found.path, 'torch.nn.functional.gelu');
    const r3 = py('from torch.nn import functional as F\ny = F.softplus(x)\n', 'F.softplus');
    assert.strictEqual(r3?.found.table.framework, 'PyTorch');
    assert.strictEqual(arg(r3, 'threshold')?.default, 20);
    const r4 = py('from torch import nn\nm = nn.LeakyReLU(0.2)\n', 'nn.LeakyReLU');
    assert.strictEqual(arg(r4, 'negative_slope')?.value, 0.2);
  });

  it('flax.linen as nn is JAX’s tanh-form GELU, not PyTorch’s', () => {
    const r = py('import flax.linen as nn\ny = nn.gelu(x)\n', 'nn.gelu');
    assert.strictEqual(r?.found.table.framework, 'Flax');
    assert.strictEqual(r?.id, 'gelu_tanh');
    const j = py('from jax import nn\ny = nn.gelu(x, False)\n', 'nn.gelu');
    assert.strictEqual(j?.found.table.framework, 'JAX');
    assert.strictEqual(j?.id, 'gelu', 'approximate=False given positionally');
  });

  it('Keras and tf.keras, keras.ops.gelu’s tanh default, activation strings', () => {
    assert.strictEqual(py('import keras\ny = keras.ops.gelu(x)\n', 'keras.ops.gelu')?.id, 'gelu_tanh');
    assert.strictEqual(py('import keras\ny = keras.activations.gelu(x)\n', 'keras.activations.gelu')?.id, 'gelu');
    const tfk = py('from tensorflow import keras\nl = keras.layers.Dense(8, activation="gelu")\n', 'gelu"');
    assert.strictEqual(tfk?.found.table.framework, 'Keras');
    assert.strictEqual(tfk?.id, 'gelu');
    assert.strictEqual(py('from keras import layers\nl = layers.Activation("hard_swish")\n', 'hard_swish')?.id, 'hard_swish');
    const leaky = py('import tensorflow as tf\ny = tf.nn.leaky_relu(x, alpha=0.1)\n', 'tf.nn.leaky_relu');
    assert.strictEqual(leaky?.found.table.framework, 'TensorFlow');
    assert.strictEqual(arg(leaky, 'alpha')?.value, 0.1);
    assert.strictEqual(py('import tensorflow as tf\ny = tf.sigmoid(x)\n', 'tf.sigmoid')?.id, 'sigmoid');
  });

  it('PyTorch’s TransformerEncoderLayer(activation="gelu") is PyTorch’s gelu, not Keras’s', () => {
    const r = py('import torch.nn as nn\nlayer = nn.TransformerEncoderLayer(512, 8, activation="gelu")\n', 'gelu"');
    assert.strictEqual(r?.found.table.framework, 'PyTorch');
    assert.strictEqual(r?.id, 'gelu');
  });

  it('arguments: positional, keyword, GELU’s string, hardtanh’s bounds', () => {
    const g = py("import torch.nn as nn\nact = nn.GELU('tanh')\n", 'nn.GELU');
    assert.strictEqual(g?.id, 'gelu_tanh');
    const h = py('import torch.nn.functional as F\ny = F.hardtanh(x, -2, 2)\n', 'F.hardtanh');
    assert.strictEqual(arg(h, 'min_val')?.value, -2);
    assert.strictEqual(arg(h, 'max_val')?.value, 2);
    const unknown = py('import torch.nn as nn\nact = nn.GELU(approximate=mode)\n', 'nn.GELU');
    assert.strictEqual(unknown?.id, undefined, 'a non-literal choice is not guessed');
  });

  it('names that do not exist at that path get no card', () => {
    const none = (text: string, word: string) => assert.strictEqual(py(text, word), undefined, word);
    none('import torch\ny = torch.gelu(x)\n', 'torch.gelu');
    none('import torch\ny = torch.silu(x)\n', 'torch.silu');
    none('import torch\ny = torch.softplus(x)\n', 'torch.softplus');
    none('import torch.nn.functional as F\ny = F.logsumexp(x)\n', 'F.logsumexp');
    none('import tensorflow as tf\ny = tf.nn.mish(x)\n', 'tf.nn.mish');
    none('import tensorflow as tf\ny = tf.nn.hard_sigmoid(x)\n', 'tf.nn.hard_sigmoid');
    none('import keras\ny = keras.layers.relu(x)\n', 'keras.layers.relu');
    none('y = torch.sigmoid(x)\n', 'torch.sigmoid'); // never imported
    none('import mytorch as torch2\ny = torch2.sigmoid(x)\n', 'torch2.sigmoid');
  });

  it('TensorFlow.js in JavaScript and TypeScript', () => {
    const ts = "import * as tf from '@tensorflow/tfjs';\nconst y: tf.Tensor = tf.leakyRelu(x, 0.1);\nconst l = tf.layers.leakyReLU({alpha: 0.25});\nconst d = tf.layers.dense({units: 4, activation: 'hardSigmoid'});\n";
    const op = refAtWord('typescript', ts, 'tf.leakyRelu');
    assert.strictEqual(op?.found.table.framework, 'TensorFlow.js');
    assert.strictEqual(arg(op, 'alpha')?.value, 0.1);
    const layer = refAtWord('typescript', ts, 'tf.layers.leakyReLU');
    assert.strictEqual(arg(layer, 'alpha')?.value, 0.25);
    const hs = refAtWord('typescript', ts, 'hardSigmoid');
    assert.strictEqual(hs?.found.entry.variant, true);
    const js = "const tf = require('@tensorflow/tfjs-node');\nconst y = tf.relu(x);\nconst z = tf.elu_(x);\nconst w = tf.layers.relu();\n";
    assert.strictEqual(refAtWord('javascript', js, 'tf.relu')?.id, 'relu');
    assert.strictEqual(refAtWord('javascript', js, 'tf.elu_'), undefined);
    assert.strictEqual(refAtWord('javascript', js, 'tf.layers.relu'), undefined);
    const named = "import { leakyRelu as lr } from '@tensorflow/tfjs';\nconst y = lr(x, 0.3);\n";
    assert.strictEqual(arg(refAtWord('javascript', named, 'lr('), 'alpha')?.value, 0.3);
  });

  it('the card: framework, version, the call’s values, defaults, kinks and a plot at those parameters', () => {
    const text = 'import torch.nn as tnn\nact = tnn.LeakyReLU(0.2)\n';
    const md = a.hover('python', text, text.indexOf('tnn.LeakyReLU') + 2, ctx)?.markdown ?? '';
    assert.match(md, /\*\*PyTorch\*\* · `tnn\.LeakyReLU` → `torch\.nn\.LeakyReLU`/);
    assert.match(md, /checked against torch 2\.13\.0/);
    assert.match(md, /\| `negative_slope` \| `0\.2` \| `0\.01` \| `alpha` \|/);
    assert.match(md, /leaky_relu′\(0\) = 0\.01 \(same as the kit\)/);
    assert.match(md, /with alpha = 0\.2/);
    const jax = 'import jax\ny = jax.nn.leaky_relu(x)\n';
    const jmd = a.hover('python', jax, jax.indexOf('leaky_relu') + 1, ctx)?.markdown ?? '';
    assert.match(jmd, /leaky_relu′\(0\) = 1 \(the kit: 0\.01\)/, 'JAX’s kink convention, against the kit’s');
    const k = 'import keras\ny = keras.activations.hard_sigmoid(x)\n';
    assert.match(a.hover('python', k, k.indexOf('hard_sigmoid') + 1, ctx)?.markdown ?? '', /relu6\(x \+ 3\)\/6/);
    const zh = a.hover('python', text, text.indexOf('tnn.LeakyReLU') + 2, { locale: 'zh-cn', theme: 'dark' })?.markdown ?? '';
    assert.match(zh, /核对版本：torch 2\.13\.0/);
  });
});
