// Framework names in Python/JS/TS map to registry ids with the right conventions.
import * as assert from 'assert';
import { REGISTRY } from '../../../src/core/registry';
import { FRAMEWORK_TABLES, KERAS_ACTIVATION_STRINGS } from '../../../src/language/docs/frameworks';
import { frameworkMatchAt } from '../../../src/language/service/framework';

const ids = new Set(REGISTRY.map((a) => a.id));
const known = (id: string): boolean => ids.has(id);

function at(lang: string, line: string, word: string): ReturnType<typeof frameworkMatchAt> {
  return frameworkMatchAt(lang, line, line.indexOf(word) + 1, known);
}

describe('service: framework hovers', () => {
  it('maps only to registry ids', () => {
    for (const t of FRAMEWORK_TABLES) {
      for (const id of Object.values(t.names)) assert.ok(ids.has(id), `${t.framework} → ${id}`);
      for (const id of Object.keys(t.notes)) assert.ok(ids.has(id), `${t.framework} note ${id}`);
    }
    for (const id of Object.values(KERAS_ACTIVATION_STRINGS)) assert.ok(ids.has(id));
  });

  it('PyTorch names and the GELU approximate flag', () => {
    assert.strictEqual(at('python', 'y = torch.sigmoid(x)', 'torch.sigmoid')?.id, 'sigmoid');
    assert.strictEqual(at('python', 'act = nn.ReLU()', 'nn.ReLU')?.id, 'relu');
    assert.strictEqual(at('python', "act = nn.GELU(approximate='tanh')", 'nn.GELU')?.id, 'gelu_tanh');
    assert.strictEqual(at('python', 'act = nn.GELU()', 'nn.GELU')?.id, 'gelu');
    assert.strictEqual(at('python', 'y = F.gelu(x)', 'F.gelu')?.id, 'gelu');
    assert.strictEqual(at('python', 'y = torch.nn.functional.softplus(x)', 'torch.nn')?.id, 'softplus');
    assert.match(at('python', 'y = F.softplus(x)', 'F.softplus')?.table?.notes.softplus.en ?? '', /threshold = 20/);
  });

  it('TensorFlow/Keras, Keras strings and JAX', () => {
    assert.strictEqual(at('python', 'y = tf.nn.relu(x)', 'tf.nn.relu')?.id, 'relu');
    assert.strictEqual(at('python', 'f = tf.keras.activations.swish', 'tf.keras')?.id, 'silu');
    const s = at('python', 'Dense(64, activation="relu")', 'relu');
    assert.strictEqual(s?.id, 'relu');
    assert.strictEqual(s?.framework, 'Keras');
    assert.strictEqual(at('python', 'y = jax.nn.silu(x)', 'jax.nn')?.id, 'silu');
    assert.strictEqual(at('python', 'y = jax.nn.gelu(x)', 'jax.nn')?.id, 'gelu_tanh', 'JAX defaults to the tanh form');
    assert.strictEqual(at('python', 'y = jax.nn.gelu(x, approximate=False)', 'jax.nn')?.id, 'gelu');
  });

  it('TensorFlow.js in JavaScript and TypeScript, and nothing elsewhere', () => {
    assert.strictEqual(at('typescript', 'const y = tf.relu(x);', 'tf.relu')?.id, 'relu');
    assert.strictEqual(at('javascript', 'const y = tf.sigmoid(x);', 'tf.sigmoid')?.id, 'sigmoid');
    assert.strictEqual(at('javascript', 'const y = tf.leakyRelu(x);', 'tf.leaky')?.id, 'leaky_relu');
    assert.strictEqual(at('python', 'const y = tf.relu(x);', 'tf.relu'), undefined, 'tfjs names only in JS/TS');
    assert.strictEqual(at('python', 'y = torch.matmul(a, b)', 'torch'), undefined);
    assert.strictEqual(at('python', 'y = mytorch.sigmoid(x)', 'mytorch'), undefined);
  });
});
