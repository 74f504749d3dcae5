/** The registry is the single list: complete metadata for every id, no duplicates, working lookups. */
import * as assert from 'node:assert';
import { ACTIVATIONS, REGISTRY, getActivation, hasActivation, suggestActivation } from '../../../src/core';

const NOTE_IDS = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'maxout', 'swish', 'mish', 'softmax'];
const FRAMEWORK_IDS = ['silu', 'selu', 'celu', 'gelu', 'gelu_tanh', 'softplus', 'log_sigmoid', 'hard_sigmoid', 'hard_swish', 'hard_tanh', 'relu6', 'softsign', 'tanhshrink', 'softshrink', 'hardshrink', 'squareplus', 'identity', 'step', 'log_softmax', 'softmin', 'logsumexp', 'glu', 'geglu', 'swiglu'];

describe('core registry', () => {
  it('lists every function once, the note’s first', () => {
    assert.deepStrictEqual([...ACTIVATIONS], REGISTRY.map((a) => a.id));
    assert.strictEqual(new Set(ACTIVATIONS).size, ACTIVATIONS.length);
    assert.deepStrictEqual([...ACTIVATIONS].sort(), [...NOTE_IDS, ...FRAMEWORK_IDS].sort());
    for (const id of NOTE_IDS) assert.strictEqual(getActivation(id).meta.origin, 'note', id);
    for (const id of FRAMEWORK_IDS) assert.strictEqual(getActivation(id).meta.origin, 'frameworks', id);
  });

  it('has complete metadata for every id', () => {
    for (const a of REGISTRY) {
      const m = a.meta;
      assert.ok(/^[a-z][a-z0-9_]*$/.test(a.id), a.id);
      assert.ok(m.name.length > 0 && m.rangeTex.length > 0, a.id);
      assert.ok(m.range[0] <= m.range[1], `${a.id} range`);
      for (const t of [m.tex.f, m.tex.df, m.plain.f, m.plain.df]) assert.ok(t.trim().length > 5, `${a.id} formula text`);
      assert.ok(m.related.length > 0, `${a.id} related`);
      for (const r of m.related) assert.ok(hasActivation(r) && r !== a.id, `${a.id} relates to unknown ${r}`);
      for (const p of a.params) {
        assert.ok(Number.isFinite(p.default) && p.tex.length > 0, `${a.id}.${p.name}`);
        assert.strictEqual(p.check?.(p.default), undefined, `${a.id}.${p.name} default passes its own check`);
      }
    }
  });

  it('learnable parameters have their derivatives and mixed second partials', () => {
    for (const a of REGISTRY) {
      if (a.kind !== 'scalar') continue;
      for (const p of a.params.filter((q) => q.learnable)) {
        assert.ok(a.dparam?.[p.name], `${a.id} ∂f/∂${p.name}`);
        assert.ok(a.mixed?.[p.name], `${a.id} ∂f′/∂${p.name}`);
      }
    }
    assert.ok(getActivation('prelu').params[0].learnable);
    assert.ok(getActivation('swish').params[0].learnable);
  });

  it('suggests close ids and nothing for far ones', () => {
    assert.strictEqual(suggestActivation('Leaky-ReLU'), 'leaky_relu');
    assert.strictEqual(suggestActivation('gelu_tahn'), 'gelu_tanh');
    assert.strictEqual(suggestActivation('sofmax'), 'softmax');
    assert.strictEqual(suggestActivation('convolution'), undefined);
  });
});

describe('core registry ranges', () => {
  it('the lower bound of each non-monotonic function is its minimum', () => {
    for (const id of ['swish', 'silu', 'mish', 'gelu', 'gelu_tanh', 'hard_swish']) {
      const act = getActivation(id);
      assert.ok(act.kind === 'scalar');
      if (act.kind !== 'scalar') continue;
      const p = Object.fromEntries(act.params.map((q) => [q.name, q.default]));
      // Ternary search for the minimum on [−3, 0], where each of these has exactly one.
      let a = -3;
      let b = 0;
      for (let i = 0; i < 200; i++) {
        const m1 = a + (b - a) / 3;
        const m2 = b - (b - a) / 3;
        if (act.f(m1, p) < act.f(m2, p)) b = m2;
        else a = m1;
      }
      const min = act.f((a + b) / 2, p);
      assert.ok(Math.abs(min - act.meta.range[0]) < 1e-12, `${id}: minimum ${min}, range says ${act.meta.range[0]}`);
    }
  });
});
