// Every framework claim in the tables (src/language/docs/frameworks) against what the
// frameworks do when run: PyTorch, TensorFlow, Keras on three backends, JAX and Flax through
// scripts/frameworks/measure.py (its output is test/fixtures/frameworks/measured.json), and
// TensorFlow.js live, here, through @tensorflow/tfjs-core. A claim the run contradicts fails.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Gradients are registered separately from the ops in tfjs-core.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { getActivation, hasActivation } from '../../../../src/core/registry';
import type { ScalarActivation } from '../../../../src/core/types';
import { FRAMEWORK_TABLES, KINK_POINTS, entryId, entryIds, type ArgValue, type FrameworkEntry, type FrameworkTable } from '../../../../src/language/docs/frameworks';
import { NEGATIVE_PATHS } from './negatives';

interface Measured {
  exists: boolean;
  defaults?: Record<string, unknown> | null;
  values?: number[];
  kinks?: Record<string, number>;
  error?: string;
}
interface MeasuredFile {
  versions: Record<string, string>;
  xs: number[];
  entries: Record<string, Measured>;
  keras: Record<'tensorflow' | 'jax' | 'torch', { version: string; entries: Record<string, Measured>; strings: Record<string, Measured> }>;
  negatives: Record<string, boolean>;
  special: {
    tf_silu_beta: { values: number[]; dbeta: number };
    torch_transformer_activation: Record<string, string>;
    torch_transformer_default: string;
    torch_prelu_init: number;
  };
}

const measured = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/frameworks/measured.json'), 'utf8')) as MeasuredFile;
/** Keras on the JAX backend computes some activations in float32 even with floatx float64. */
const KERAS_REL = 1e-6;
const table = (name: string): FrameworkTable => FRAMEWORK_TABLES.find((t) => t.framework === name) as FrameworkTable;

/** Kit parameters an entry sets with its defaults. */
function kitParams(e: FrameworkEntry): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of e.args) {
    if (a.kit && typeof a.default === 'number') out[a.kit] = a.default;
    else if (a.kit && a.kitDefault !== undefined) out[a.kit] = a.kitDefault;
  }
  return out;
}
const defaultOf = (e: FrameworkEntry) => (name: string): ArgValue | undefined => e.args.find((a) => a.name === name)?.default;

function close(actual: number, expected: number, rel: number, what: string): void {
  const ok = actual === expected || Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
  assert.ok(ok, `${what}: framework ${actual}, kit ${expected}`);
}

function checkValues(path: string, e: FrameworkEntry, m: Measured, rel: number): void {
  if (!m.values || e.variant) return;
  const id = entryId(e, defaultOf(e)) as string;
  const act = getActivation(id) as ScalarActivation;
  const p = { ...Object.fromEntries(act.params.map((q) => [q.name, q.default])), ...kitParams(e) };
  measured.xs.forEach((x, i) => close(m.values?.[i] as number, act.f(x, p), rel, `${path}(${x})`));
}

function checkKinks(path: string, e: FrameworkEntry, m: Measured, backend?: string): void {
  // PReLU as a function needs a weight tensor, so measure.py runs only the layers.
  if (!e.layer && entryIds(e)[0] === 'prelu') return;
  const points = KINK_POINTS[entryIds(e)[0]] ?? [];
  for (const x of points) {
    const got = m.kinks?.[String(x)];
    assert.ok(typeof got === 'number', `${path}: no measured derivative at ${x} (${m.error ?? ''})`);
    const claim = e.kinks?.find((c) => c.x === x && (backend === undefined || c.backend === backend));
    assert.ok(claim, `${path}: the table states no derivative at ${x}${backend ? ` on ${backend}` : ''}; measured ${got}`);
    close(claim.df, got, 1e-12, `${path}′(${x})${backend ? ` on ${backend}` : ''}`);
  }
}

function checkDefaults(path: string, e: FrameworkEntry, m: Measured): void {
  if (!m.defaults) return; // builtins without an inspectable signature (torch.sigmoid, F.gelu)
  for (const a of e.args) {
    if (!(a.name in m.defaults)) {
      assert.fail(`${path}: the table names argument ${a.name}, the framework has ${Object.keys(m.defaults).join(', ')}`);
    }
    const got: unknown = m.defaults[a.name];
    if (a.default === undefined) assert.strictEqual(got, '<required>', `${path}: ${a.name} is required`);
    else assert.deepStrictEqual(got, a.default, `${path}: default of ${a.name}`);
  }
}

describe('framework claims: the tables against the frameworks run', () => {
  it('the measurement used the versions the tables cite', () => {
    const v = measured.versions;
    assert.strictEqual(table('PyTorch').version, `torch ${v.torch.replace(/\+.*$/, '')}`);
    assert.strictEqual(table('JAX').version, `jax ${v.jax}`);
    assert.strictEqual(table('Flax').version, `flax ${v.flax}`);
    assert.strictEqual(table('Keras').version, `keras ${v.keras}`);
    assert.strictEqual(table('TensorFlow').version, `tensorflow ${v.tensorflow}`);
    assert.strictEqual(table('TensorFlow.js').version, `@tensorflow/tfjs ${tf.version_core}`);
  });

  it('every id is a registry id', () => {
    for (const t of FRAMEWORK_TABLES) {
      for (const m of t.modules) for (const [name, e] of Object.entries(m.names)) for (const id of entryIds(e)) assert.ok(hasActivation(id), `${t.framework} ${name} → ${id}`);
      for (const [name, e] of Object.entries(t.strings?.names ?? {})) for (const id of entryIds(e)) assert.ok(hasActivation(id), `${t.framework} "${name}" → ${id}`);
    }
  });

  for (const t of FRAMEWORK_TABLES.filter((x) => x.language === 'python' && x.framework !== 'Keras')) {
    it(`${t.framework}: every name exists, with the stated defaults, values and kink derivatives`, () => {
      for (const mod of t.modules) {
        for (const [name, e] of Object.entries(mod.names)) {
          for (const p of mod.paths) {
            const path = `${p}.${name}`;
            const m = measured.entries[path];
            assert.ok(m?.exists, `${path} does not exist in ${t.version}`);
            assert.strictEqual(m.error, undefined, `${path}: ${m.error}`);
            checkDefaults(path, e, m);
            checkValues(path, e, m, 1e-7);
            checkKinks(path, e, m);
          }
        }
      }
    });
  }

  for (const backend of ['tensorflow', 'jax', 'torch'] as const) {
    it(`Keras on the ${backend} backend: names, strings, defaults, values and kink derivatives`, () => {
      const t = table('Keras');
      const run = measured.keras[backend];
      for (const mod of t.modules) {
        for (const [name, e] of Object.entries(mod.names)) {
          for (const p of mod.paths) {
            const path = `${p}.${name}`;
            const m = run.entries[path];
            assert.ok(m?.exists, `${path} does not exist`);
            assert.strictEqual(m.error, undefined, `${path}: ${m.error}`);
            checkDefaults(path, e, m);
            checkValues(path, e, m, KERAS_REL);
            checkKinks(path, e, m, backend);
          }
        }
      }
      for (const [name, e] of Object.entries(t.strings?.names ?? {})) {
        const m = run.strings[name];
        assert.ok(m?.exists, `activation="${name}" is not accepted`);
        checkValues(`"${name}"`, e, m, KERAS_REL);
        checkKinks(`"${name}"`, e, m, backend);
      }
    });
  }

  it('no negative example exists in its framework', () => {
    for (const p of NEGATIVE_PATHS.filter((q) => !q.startsWith('@tensorflow/'))) {
      assert.strictEqual(measured.negatives[p], false, `${p} was measured as ${measured.negatives[p]}`);
    }
  });

  it("TensorFlow's silu takes β: x·sigmoid(βx), with a gradient for β", () => {
    const swish = getActivation('swish') as ScalarActivation;
    const xs = [1.5, -0.5];
    xs.forEach((x, i) => close(measured.special.tf_silu_beta.values[i], swish.f(x, { beta: 1.7 }), 1e-12, `tf.nn.silu(${x}, beta=1.7)`));
    const dbeta = xs.reduce((s, x) => s + (swish.dparam?.beta?.(x, { beta: 1.7 }) ?? NaN), 0);
    close(measured.special.tf_silu_beta.dbeta, dbeta, 1e-12, 'd/dβ of tf.nn.silu');
    assert.strictEqual(table('TensorFlow').modules[0].names.silu.id, 'swish');
  });

  it("PyTorch's transformer layers take exactly the strings the table lists, and PReLU starts at 0.25", () => {
    const accepted = Object.entries(measured.special.torch_transformer_activation)
      .filter(([, v]) => !v.startsWith('error'))
      .map(([k]) => k)
      .sort();
    assert.deepStrictEqual(Object.keys(table('PyTorch').strings?.names ?? {}).sort(), accepted);
    assert.strictEqual(measured.special.torch_prelu_init, table('PyTorch').modules[1].names.PReLU.args.find((a) => a.name === 'init')?.default);
  });

  describe('TensorFlow.js, run here (tfjs-core 4.22.0, cpu backend, float32)', () => {
    const tfjs = table('TensorFlow.js');
    const ops = tfjs.modules[0].names;
    const lib = tf as unknown as Record<string, unknown>;
    before(async () => {
      await tf.setBackend('cpu');
    });

    it('every op exists and the negatives do not', () => {
      for (const name of Object.keys(ops)) assert.strictEqual(typeof lib[name], 'function', `tf.${name}`);
      for (const p of NEGATIVE_PATHS.filter((q) => /^@tensorflow\/tfjs\.[^.]+$/.test(q))) {
        assert.strictEqual(lib[p.split('.')[1]], undefined, p);
      }
    });

    it('values match the kit (float32) and kink derivatives match the table', () => {
      for (const [name, e] of Object.entries(ops)) {
        const id = entryIds(e)[0];
        if (['softmax', 'log_softmax', 'logsumexp', 'prelu'].includes(id)) continue;
        const fn = lib[name] as (x: tf.Tensor) => tf.Tensor;
        const ys = tf.tidy(() => fn(tf.tensor1d([-4, -1.5, -0.25, 0.25, 1.5, 4], 'float32')).dataSync());
        const act = getActivation(id) as ScalarActivation;
        const p = { ...Object.fromEntries(act.params.map((q) => [q.name, q.default])), ...kitParams(e) };
        [-4, -1.5, -0.25, 0.25, 1.5, 4].forEach((x, i) => close(ys[i], act.f(x, p), 1e-6, `tf.${name}(${x})`));
        for (const x of KINK_POINTS[id] ?? []) {
          const g = tf.tidy(() => tf.grad((t: tf.Tensor) => fn(t))(tf.tensor1d([x], 'float32')).dataSync()[0]);
          const claim = e.kinks?.find((c) => c.x === x);
          assert.ok(claim, `tf.${name}: no claim at ${x}; tfjs gives ${g}`);
          close(claim.df, g, 1e-12, `tf.${name}′(${x})`);
        }
      }
    });
  });
});
