/** Pure helpers of the grader: reading values, comparing, precision, formatting, test points. */
import assert from 'node:assert/strict';
import { GRID_INTERVALS, testPoints } from '../../../src/exercises/dense';
import { formatDistinct, formatExact, formatNumber } from '../../../src/exercises/format';
import { compareNumeric, toNumeric } from '../../../src/exercises/numeric';
import { RANDOM_VECTORS, vectorPoints } from '../../../src/exercises/points';
import { agreesAt, halfUnit } from '../../../src/exercises/precision';

describe('exercise numerics', () => {
  it('reads numbers, nested arrays and matrix-like objects', () => {
    assert.deepEqual(toNumeric(2), { ok: true, value: { shape: [], data: [2] } });
    assert.deepEqual(toNumeric([[1, 2], [3, 4]]), { ok: true, value: { shape: [2, 2], data: [1, 2, 3, 4] } });
    const matrix = { toArray: () => [5, 6] };
    assert.deepEqual(toNumeric(matrix), { ok: true, value: { shape: [2], data: [5, 6] } });
    assert.deepEqual(toNumeric({ re: 2, im: 0 }), { ok: true, value: { shape: [], data: [2] } });
  });

  it('refuses complex, ragged and non-numeric values', () => {
    assert.deepEqual(toNumeric({ re: 1, im: 2 }), { ok: false, problem: 'complex' });
    assert.deepEqual(toNumeric([[1], [2, 3]]), { ok: false, problem: 'ragged' });
    assert.deepEqual(toNumeric('abc'), { ok: false, problem: 'not-numeric' });
  });

  it('accepts a value typed at the precision, and nothing visibly off at it', () => {
    const six = { significant: 6 };
    assert.ok(Math.abs(halfUnit(1.8028363, six) - 5e-6) < 1e-20);
    assert.ok(agreesAt(1.80284, 1.8028363, six), 'what the kit displays');
    assert.ok(!agreesAt(1.80283, 1.8028363, six), 'one unit off in the 6th digit');
    assert.ok(!agreesAt(1.8, 1.8028363, six));
    assert.ok(agreesAt(-1.7581, -1.0507009873554805 * 1.6732632423543772, { decimals: 4 }));
    assert.ok(agreesAt(-1.0507 * 1.6733, -1.0507009873554805 * 1.6732632423543772, { decimals: 4 }), 'from the rounded constants');
    assert.ok(!agreesAt(-1.7582, -1.0507009873554805 * 1.6732632423543772, { decimals: 4 }));
    assert.ok(agreesAt(-0.17, -0.16997120747990366, { decimals: 3 }));
    assert.ok(agreesAt(9.53674e-7, 0.25 ** 10, six), 'small numbers keep their significant digits');
    assert.ok(!agreesAt(9.5367e-7, 0.25 ** 10, six));
    assert.ok(agreesAt(178, 178, six) && !agreesAt(177, 178, six));
    assert.ok(agreesAt(0, 0, six) && !agreesAt(1e-3, 0, six));
    assert.ok(agreesAt(NaN, NaN, six) && !agreesAt(NaN, 1, six));
    assert.ok(agreesAt(Infinity, Infinity, six) && !agreesAt(1e308, Infinity, six));
  });

  it('locates the first differing entry with a 1-based index', () => {
    const equal = (g: number, e: number): boolean => g === e;
    const m = compareNumeric({ shape: [2, 2], data: [1, 2, 3, 5] }, { shape: [2, 2], data: [1, 2, 3, 4] }, equal);
    assert.deepEqual(m, { kind: 'entry', index: [2, 2], expected: 4, got: 5 });
    const s = compareNumeric({ shape: [3], data: [1, 2, 3] }, { shape: [2], data: [1, 2] }, equal);
    assert.equal(s?.kind, 'shape');
  });

  it('formats numbers for learners', () => {
    assert.equal(formatNumber(1.02468), '1.0247');
    assert.equal(formatNumber(-15.5612), '−15.561');
    assert.equal(formatNumber(1e-8), '1e−8');
    assert.equal(formatNumber(NaN), 'NaN');
    assert.equal(formatNumber(-Infinity), '−∞');
  });

  it('shows a learner\'s own number with every digit, and two close numbers with enough digits to differ', () => {
    assert.equal(formatExact(1.80283), '1.80283');
    assert.equal(formatExact(-0.0598924), '−0.0598924');
    assert.equal(formatExact(1.2345678901234), '1.2345678901234');
    assert.deepEqual(formatDistinct(1.0000012, 1.0000034), ['1.000001', '1.000003']);
    assert.deepEqual(formatDistinct(0.75, 0.25), ['0.75', '0.25']);
  });

  it('compares functions on a dense grid, with both sides of every branch point', () => {
    const { points, branchPoints } = testPoints([-8, 8], [710], [(x) => x + 0.405, (x) => x]);
    assert.ok(points.length > GRID_INTERVALS);
    assert.ok(points.includes(-8) && points.includes(8) && points.includes(0) && points.includes(710));
    assert.equal(branchPoints.length, 2);
    assert.ok(Math.abs(branchPoints[0] + 0.405) < 1e-12, String(branchPoints[0]));
    assert.ok(points.some((x) => x > -0.405 && x < -0.405 + 1e-6) && points.some((x) => x < -0.405 && x > -0.405 - 1e-6));
  });

  it('adds seeded random vectors of every length used', () => {
    const vectors = vectorPoints('v', [[1, 2, 3]]);
    assert.deepEqual(vectors[0], [1, 2, 3]);
    assert.equal(vectors.length, 1 + RANDOM_VECTORS);
    assert.ok(vectors.every((v) => v.length === 3));
    assert.deepEqual(vectorPoints('v', [[1, 2, 3]]), vectors);
    assert.notDeepEqual(vectorPoints('w', [[1, 2, 3]]), vectors);
    assert.ok(vectors.some((v) => v.some((x) => Math.abs(x) > 5)), 'large logits are tried too');
  });
});
