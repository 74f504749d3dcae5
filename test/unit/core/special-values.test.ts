/**
 * Special values on their own: signed zeros where the math gives them, exact limits,
 * NaN in → NaN out for every function, and the conventions at kinks stated in the metadata.
 */
import * as assert from 'node:assert';
import { REGISTRY, derivative, derivative2, erf, erfc, evaluate, getActivation, logSigmoid, log1pexp, resolveParams, smoothnessOf } from '../../../src/core';

const isNegZero = (v: number): boolean => Object.is(v, -0);
const scalarIds = REGISTRY.filter((a) => a.kind === 'scalar').map((a) => a.id);
const vectorIds = REGISTRY.filter((a) => a.kind === 'vector').map((a) => a.id);

describe('core special values', () => {
  it('NaN in gives NaN out for every function and derivative', () => {
    for (const id of scalarIds) {
      assert.ok(Number.isNaN(evaluate(id, [NaN])[0]), `${id}(NaN)`);
      assert.ok(Number.isNaN(derivative(id, [NaN])[0]), `${id}′(NaN)`);
    }
    for (const id of vectorIds) assert.ok(Array.from(evaluate(id, [1, NaN])).every(Number.isNaN), `${id}([1, NaN])`);
  });

  it('keeps −0 where the function is x near 0', () => {
    for (const id of ['relu', 'tanh', 'leaky_relu', 'prelu', 'elu', 'selu', 'celu', 'swish', 'silu', 'mish', 'gelu', 'gelu_tanh', 'hard_swish', 'hard_tanh', 'relu6', 'softsign', 'tanhshrink', 'identity']) {
      assert.ok(isNegZero(evaluate(id, [-0])[0]), `${id}(−0) = ${evaluate(id, [-0])[0]}`);
    }
  });

  it('keeps tiny negative values instead of flushing them to zero', () => {
    assert.strictEqual(evaluate('elu', [-1e-300])[0], -1e-300);
    assert.strictEqual(evaluate('celu', [-1e-300])[0], -1e-300);
    assert.strictEqual(evaluate('tanh', [-5e-324])[0], -5e-324);
    assert.ok(evaluate('gelu', [-37])[0] < -1e-300);
    assert.strictEqual(evaluate('log_sigmoid', [40])[0], -4.248354255291589e-18);
  });

  it('takes exact limits at ±∞', () => {
    const limits: Record<string, [number, number]> = {
      sigmoid: [0, 1], tanh: [-1, 1], relu: [0, Infinity], elu: [-1, Infinity], selu: [-1.0507009873554805 * 1.6732632423543772, Infinity],
      swish: [0, Infinity], silu: [0, Infinity], mish: [0, Infinity], gelu: [0, Infinity], gelu_tanh: [0, Infinity],
      softplus: [0, Infinity], log_sigmoid: [-Infinity, 0], hard_sigmoid: [0, 1], hard_swish: [0, Infinity],
      hard_tanh: [-1, 1], relu6: [0, 6], softsign: [-1, 1], tanhshrink: [-Infinity, Infinity], squareplus: [0, Infinity], step: [0, 1],
    };
    for (const [id, [lo, hi]] of Object.entries(limits)) {
      const [a, b] = evaluate(id, [-Infinity, Infinity]);
      assert.ok(a === lo && b === hi, `${id}(±∞) = ${a}, ${b}; want ${lo}, ${hi}`);
    }
    const dlimits: Record<string, [number, number]> = { sigmoid: [0, 0], tanh: [0, 0], swish: [0, 1], mish: [0, 1], gelu: [0, 1], gelu_tanh: [0, 1], softplus: [0, 1], softsign: [0, 0], squareplus: [0, 1], log_sigmoid: [1, 0] };
    for (const [id, [lo, hi]] of Object.entries(dlimits)) {
      const [a, b] = derivative(id, [-Infinity, Infinity]);
      assert.ok(a === lo && b === hi, `${id}′(±∞) = ${a}, ${b}; want ${lo}, ${hi}`);
    }
  });

  it('follows PyTorch at kinks', () => {
    const at = (id: string, x: number, params?: Record<string, number>): number => derivative(id, [x], params)[0];
    assert.strictEqual(at('relu', 0), 0);
    assert.strictEqual(at('leaky_relu', 0), 0.01);
    assert.strictEqual(at('leaky_relu', 0, { alpha: 0.3 }), 0.3);
    assert.strictEqual(at('prelu', 0), 0.25);
    assert.strictEqual(at('elu', 0, { alpha: 2 }), 2);
    assert.strictEqual(at('relu6', 0), 0);
    assert.strictEqual(at('relu6', 6), 0);
    assert.strictEqual(at('hard_sigmoid', -3), 0);
    assert.strictEqual(at('hard_sigmoid', 3), 0);
    assert.strictEqual(at('hard_swish', -3), 0);
    assert.strictEqual(at('hard_swish', 3), 1);
    assert.strictEqual(at('hard_tanh', 1), 0);
    assert.strictEqual(at('softshrink', 0.5), 0);
    assert.strictEqual(at('hardshrink', -0.5), 0);
    assert.strictEqual(at('step', 0), 0);
    for (const id of ['relu', 'leaky_relu', 'prelu', 'elu', 'relu6', 'hard_sigmoid', 'hard_swish', 'hard_tanh', 'softshrink', 'hardshrink', 'step', 'maxout']) {
      assert.ok(getActivation(id).meta.kinkConvention, `${id} states its kink convention`);
    }
  });

  it('f″: NaN in gives NaN out, exact limits 0 at ±∞, and 0 at every join (PyTorch’s double backward)', () => {
    for (const id of scalarIds) {
      assert.ok(Number.isNaN(derivative2(id, [NaN])[0]), `${id}″(NaN)`);
      const [lo, hi] = derivative2(id, [-Infinity, Infinity]);
      // hard_swish″ and friends are 0 on their outer pieces; every smooth f″ decays to 0.
      assert.ok(lo === 0 && hi === 0, `${id}″(±∞) = ${lo}, ${hi}`);
      const act = getActivation(id);
      if (act.kind !== 'scalar') continue;
      const sets: Record<string, number>[] = [{}, ...(id === 'elu' || id === 'celu' ? [{ alpha: 2 }] : [])];
      for (const given of sets) {
        const info = smoothnessOf(act, given);
        for (const at of info.joins) assert.strictEqual(derivative2(id, [at], given)[0], 0, `${id}″(${at}) at a join`);
        // A function with joins states its f″ convention; a smooth one has nothing to state.
        if (info.joins.length > 0) assert.ok(act.meta.d2.convention, `${id} states its f″ convention`);
      }
      assert.ok(act.meta.d2.tex.length > 5 && act.meta.d2.plain.length > 5, `${id} f″ formula text`);
    }
    assert.strictEqual(derivative2('sigmoid', [0])[0], 0);
    assert.strictEqual(derivative2('gelu', [0])[0], 2 / Math.sqrt(2 * Math.PI));
    assert.strictEqual(derivative2('hard_swish', [1])[0], 1 / 3);
    assert.strictEqual(derivative2('elu', [-0])[0], 0);
  });

  it('leaky_relu with α > 1 is still x for x > 0 (not max(αx, x))', () => {
    assert.deepStrictEqual(Array.from(evaluate('leaky_relu', [2, -2], { alpha: 3 })), [2, -6]);
  });

  it('special functions meet known values', () => {
    assert.strictEqual(erf(0.5), 0.5204998778130465);
    assert.strictEqual(erfc(0), 1);
    assert.strictEqual(erfc(-Infinity), 2);
    assert.strictEqual(erfc(Infinity), 0);
    assert.ok(isNegZero(erf(-0)));
    assert.ok(Math.abs(erfc(5) / 1.5374597944280349e-12 - 1) < 4e-16);
    assert.ok(Math.abs(erfc(26) / 5.663192408856143e-296 - 1) < 1e-14);
    assert.strictEqual(log1pexp(1000), 1000);
    assert.strictEqual(logSigmoid(-1000), -1000);
  });

  it('the derivative of ELU is not ELU itself (the note’s slip)', () => {
    const p = resolveParams(getActivation('elu'));
    assert.strictEqual(p.alpha, 1);
    const [d] = derivative('elu', [-1]);
    assert.ok(Math.abs(d - Math.exp(-1)) < 1e-16, String(d));
    assert.notStrictEqual(d, evaluate('elu', [-1])[0]);
  });
});
