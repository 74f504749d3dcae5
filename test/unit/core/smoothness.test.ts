/**
 * Smoothness classes computed from each activation's pieces (never typed by hand): the
 * classes the study note's comparison needs, the jump that decides each, and that every
 * piece agrees with the activation's own f, f′ and f″ on its interval, so the pieces describe
 * the function that is actually computed.
 */
import * as assert from 'node:assert';
import { REGISTRY, getActivation, missingDerivatives, resolveParams, smoothnessOf, smoothnessOfPieces, type Params } from '../../../src/core';
import { line } from '../../../src/core/pieces';

const cls = (id: string, params?: Params): string => smoothnessOf(getActivation(id), params).class;

describe('core smoothness classes', () => {
  it('matches the classes the study of activations relies on', () => {
    assert.strictEqual(cls('elu'), 'C1');
    assert.strictEqual(cls('elu', { alpha: 0.5 }), 'C0');
    assert.strictEqual(cls('elu', { alpha: 2 }), 'C0');
    assert.strictEqual(cls('selu'), 'C0');
    assert.strictEqual(cls('celu'), 'C1');
    assert.strictEqual(cls('celu', { alpha: 3 }), 'C1');
    assert.strictEqual(cls('relu'), 'C0');
    for (const id of ['gelu', 'gelu_tanh', 'swish', 'silu', 'mish', 'softplus', 'sigmoid', 'tanh', 'log_sigmoid', 'tanhshrink', 'squareplus', 'identity']) {
      assert.strictEqual(cls(id), 'Cinf', id);
    }
    for (const id of ['leaky_relu', 'prelu', 'relu6', 'hard_sigmoid', 'hard_swish', 'hard_tanh', 'softshrink']) assert.strictEqual(cls(id), 'C0', id);
    assert.strictEqual(cls('softsign'), 'C1');
    assert.strictEqual(cls('step'), 'discontinuous');
    assert.strictEqual(cls('hardshrink'), 'discontinuous');
    assert.strictEqual(cls('maxout'), 'C0');
    for (const id of ['softmax', 'log_softmax', 'softmin', 'logsumexp', 'glu', 'geglu', 'swiglu']) assert.strictEqual(cls(id), 'Cinf', id);
  });

  it('follows the parameters: joins appear and vanish with them', () => {
    assert.strictEqual(cls('leaky_relu', { alpha: 1 }), 'Cinf');
    assert.strictEqual(cls('squareplus', { b: 0 }), 'C0');
    assert.strictEqual(cls('softshrink', { lambda: 0 }), 'Cinf');
    assert.strictEqual(cls('hardshrink', { lambda: 0 }), 'Cinf');
    // PyTorch's threshold: above it f = x, which meets log(1 + e^{βx})/β with a small jump.
    assert.strictEqual(cls('softplus', { threshold: 20 }), 'discontinuous');
  });

  it('names the jump that decides the class, with its one-sided limits', () => {
    const elu = smoothnessOf(getActivation('elu'));
    assert.deepStrictEqual(elu.decisive, { order: 2, at: 0, left: 1, right: 0 });
    const elu2 = smoothnessOf(getActivation('elu'), { alpha: 2 });
    assert.deepStrictEqual(elu2.decisive, { order: 1, at: 0, left: 2, right: 1 });
    const celu = smoothnessOf(getActivation('celu'), { alpha: 4 });
    assert.deepStrictEqual(celu.decisive, { order: 2, at: 0, left: 0.25, right: 0 });
    assert.deepStrictEqual(smoothnessOf(getActivation('softsign')).decisive, { order: 2, at: 0, left: 2, right: -2 });
    assert.deepStrictEqual(smoothnessOf(getActivation('step')).decisive, { order: 0, at: 0, left: 0, right: 1 });
    const hs = smoothnessOf(getActivation('hard_swish'));
    assert.deepStrictEqual(hs.joins, [-3, 3]);
    assert.deepStrictEqual(hs.decisive, { order: 1, at: -3, left: 0, right: -0.5 });
    assert.strictEqual(smoothnessOf(getActivation('gelu')).decisive, undefined);
  });

  it('calls joins where f, f′ and f″ all agree C² (derivatives beyond f″ are not compared)', () => {
    // x³ for x < 0 and 0 after: f, f′, f″ all vanish at 0; only f‴ jumps.
    const cubic = { to: 0, f: (x: number) => x * x * x, df: (x: number) => 3 * x * x, d2f: (x: number) => 6 * x };
    const info = smoothnessOfPieces([cubic, line(Infinity, 0)]);
    assert.strictEqual(info.class, 'C2');
    assert.deepStrictEqual(info.joins, [0]);
    assert.deepStrictEqual(info.jumps, []);
  });

  it('lists where f′ and f″ do not exist, for plots', () => {
    const relu = getActivation('relu');
    assert.deepStrictEqual(missingDerivatives(relu, 1), [{ at: 0, jumpOrder: 1, left: 0, right: 1 }]);
    assert.deepStrictEqual(missingDerivatives(relu, 2), [{ at: 0, jumpOrder: 1, left: 0, right: 0 }]);
    const elu = getActivation('elu');
    assert.deepStrictEqual(missingDerivatives(elu, 1), []);
    assert.deepStrictEqual(missingDerivatives(elu, 2), [{ at: 0, jumpOrder: 2, left: 1, right: 0 }]);
    assert.deepStrictEqual(missingDerivatives(getActivation('gelu'), 2), []);
  });

  it('every piece agrees with the activation’s own f, f′ and f″ inside its interval', () => {
    const paramSets: Record<string, Params[]> = { elu: [{}, { alpha: 0.5 }], celu: [{}, { alpha: 2 }], softplus: [{ threshold: 20 }], squareplus: [{ b: 0 }], leaky_relu: [{}, { alpha: 0.2 }] };
    for (const act of REGISTRY) {
      if (act.kind !== 'scalar') continue;
      for (const given of paramSets[act.id] ?? [{}]) {
        const p = resolveParams(act, given);
        const pieces = act.pieces?.(p) ?? [];
        let from = -Infinity;
        for (const piece of pieces) {
          const lo = Number.isFinite(from) ? from : piece.to - 20;
          const hi = Number.isFinite(piece.to) ? piece.to : from + 20;
          for (let k = 1; k < 8; k++) {
            const x = lo + ((hi - lo) * k) / 8;
            const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-13 * Math.max(1, Math.abs(a), Math.abs(b));
            assert.ok(same(piece.f(x), act.f(x, p)), `${act.id} ${JSON.stringify(given)} f at ${x}`);
            assert.ok(same(piece.df(x), act.df(x, p)), `${act.id} ${JSON.stringify(given)} f′ at ${x}`);
            assert.ok(same(piece.d2f(x), act.d2f(x, p)), `${act.id} ${JSON.stringify(given)} f″ at ${x}`);
          }
          from = piece.to;
        }
      }
    }
  });
});
