import * as assert from 'assert';
import fc from 'fast-check';
import { argmax, maxValue } from '../../../src/core/vector/softmax';

/** Same value and the same sign of zero as the reference `z[argmax(z)]`. */
function sameAsArgmax(z: Float64Array): void {
  const k = argmax(z);
  const expected = k < 0 ? NaN : z[k];
  assert.ok(Object.is(maxValue(z), expected), `max of [${[...z].map((v) => (Object.is(v, -0) ? '-0' : v))}]: ${maxValue(z)} vs ${expected}`);
}

describe('maxValue', () => {
  it('agrees with z[argmax(z)] on special values and ties', () => {
    for (const z of [
      [1],
      [-0, 0],
      [0, -0],
      [-0, -0, -1],
      [-Infinity, -Infinity],
      [Infinity, 1],
      [1, 2, NaN, 3, 4],
      [1, 2, 3, 4, 5, 6, NaN],
      [3, 3, 3, 3, 3],
      [-5, -4, -3, -2, -1, -0.5, -0.25],
    ]) {
      sameAsArgmax(Float64Array.from(z));
    }
  });

  it('agrees with z[argmax(z)] on arbitrary vectors', () => {
    const entry = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1, -1),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), (xs) => sameAsArgmax(Float64Array.from(xs))),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});
