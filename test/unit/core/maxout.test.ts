/** Maxout: value, winning piece, gradients (against difference quotients away from ties) and ties. */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { derivative, evaluate, maxout } from '../../../src/core';

describe('core maxout', () => {
  it('picks the largest piece and reports its gradients', () => {
    const r = maxout([[1, 0], [0, 1], [-1, -1]], [0, 0, 0.5], [2, 3]);
    assert.strictEqual(r.value, 3);
    assert.strictEqual(r.winner, 1);
    assert.deepStrictEqual(Array.from(r.z), [2, 3, -4.5]);
    assert.deepStrictEqual(Array.from(r.dx), [0, 1]);
    assert.deepStrictEqual(r.dW.map((row) => Array.from(row)), [[0, 0], [2, 3], [0, 0]]);
    assert.deepStrictEqual(Array.from(r.db), [0, 1, 0]);
    assert.deepStrictEqual(r.tied, [1]);
  });

  it('breaks ties towards the lowest index and says so', () => {
    const r = maxout([[1, 0], [0, 1]], [0, 0], [2, 2]);
    assert.strictEqual(r.winner, 0);
    assert.deepStrictEqual(r.tied, [0, 1]);
    assert.deepStrictEqual(Array.from(r.dx), [1, 0]);
    assert.deepStrictEqual(Array.from(evaluate('maxout', [5, 5, 1])), [5]);
    assert.deepStrictEqual(Array.from(derivative('maxout', [5, 5, 1])), [1, 0, 0]);
  });

  it('|x| is Maxout with pieces x and −x', () => {
    for (const x of [-3, -0.5, 0.25, 7]) assert.strictEqual(maxout([[1], [-1]], [0, 0], [x]).value, Math.abs(x));
  });

  it('propagates NaN', () => {
    const r = maxout([[1], [NaN]], [0, 0], [1]);
    assert.ok(Number.isNaN(r.value) && r.winner === -1 && Number.isNaN(r.dx[0]) && Number.isNaN(r.db[0]));
  });

  it('gradients match central difference quotients away from ties', () => {
    const num = fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.array(num, { minLength: 40, maxLength: 40 }), (k, d, pool) => {
        const W = Array.from({ length: k }, (_, j) => Array.from({ length: d }, (_, i) => pool[(j * d + i) % 40]));
        const b = Array.from({ length: k }, (_, j) => pool[(20 + j) % 40]);
        const x = Array.from({ length: d }, (_, i) => pool[(30 + i) % 40]);
        const r = maxout(W, b, x);
        const sorted = Array.from(r.z).sort((p, q) => q - p);
        if (sorted[0] - sorted[1] < 1e-3) return true; // a tie or near-tie: no derivative to compare
        const h = 1e-6;
        const value = (W2: number[][], b2: number[], x2: number[]): number => maxout(W2, b2, x2).value;
        for (let i = 0; i < d; i++) {
          const xp = x.slice();
          const xm = x.slice();
          xp[i] += h;
          xm[i] -= h;
          const dq = (value(W, b, xp) - value(W, b, xm)) / (2 * h);
          if (Math.abs(dq - r.dx[i]) > 1e-6) return false;
        }
        for (let j = 0; j < k; j++) {
          const bp = b.slice();
          const bm = b.slice();
          bp[j] += h;
          bm[j] -= h;
          if (Math.abs((value(W, bp, x) - value(W, bm, x)) / (2 * h) - r.db[j]) > 1e-6) return false;
          for (let i = 0; i < d; i++) {
            const Wp = W.map((row) => row.slice());
            const Wm = W.map((row) => row.slice());
            Wp[j][i] += h;
            Wm[j][i] -= h;
            if (Math.abs((value(Wp, b, x) - value(Wm, b, x)) / (2 * h) - r.dW[j][i]) > 1e-6) return false;
          }
        }
        return true;
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
