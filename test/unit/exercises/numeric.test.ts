/** Pure helpers of the grader: reading values, comparing, formatting, test points. */
import assert from 'node:assert/strict';
import { formatNumber } from '../../../src/exercises/format';
import { close, compareNumeric, toNumeric } from '../../../src/exercises/numeric';
import { EDGE_POINTS, randomPoints, scalarPoints, seedOf, vectorPoints } from '../../../src/exercises/points';

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

  it('compares with a relative and an absolute tolerance', () => {
    assert.ok(close(1 + 1e-7, 1, 1e-6, 1e-9));
    assert.ok(!close(1 + 1e-5, 1, 1e-6, 1e-9));
    assert.ok(close(1e-12, 0, 1e-6, 1e-9));
    assert.ok(!close(1e-8, 0, 1e-6, 1e-9));
    assert.ok(close(NaN, NaN, 1e-6, 1e-9));
    assert.ok(!close(NaN, 1, 1e-6, 1e-9));
    assert.ok(close(Infinity, Infinity, 1e-6, 1e-9));
    assert.ok(!close(-Infinity, Infinity, 1e-6, 1e-9));
    assert.ok(!close(Infinity, 1e308, 1e-6, 1e-9));
  });

  it('locates the first differing entry with a 1-based index', () => {
    const m = compareNumeric({ shape: [2, 2], data: [1, 2, 3, 5] }, { shape: [2, 2], data: [1, 2, 3, 4] }, 1e-6, 1e-9);
    assert.deepEqual(m, { kind: 'entry', index: [2, 2], expected: 4, got: 5 });
    const s = compareNumeric({ shape: [3], data: [1, 2, 3] }, { shape: [2], data: [1, 2] }, 1e-6, 1e-9);
    assert.equal(s?.kind, 'shape');
  });

  it('formats numbers for learners', () => {
    assert.equal(formatNumber(1.02468), '1.0247');
    assert.equal(formatNumber(-15.5612), '−15.561');
    assert.equal(formatNumber(1e-8), '1e−8');
    assert.equal(formatNumber(NaN), 'NaN');
    assert.equal(formatNumber(-Infinity), '−∞');
  });

  it('tests at the edge points and at seeded random points', () => {
    const points = scalarPoints('some-exercise');
    for (const p of [0, 1e-8, -1e-8, 1, -1, 5, -5, 30, -30, 700, -700]) assert.ok(points.includes(p), `missing ${p}`);
    assert.ok(points.length > EDGE_POINTS.length + 10);
    assert.deepEqual(randomPoints(seedOf('a')), randomPoints(seedOf('a')));
    assert.notDeepEqual(randomPoints(seedOf('a')), randomPoints(seedOf('b')));
    assert.deepEqual(scalarPoints('x', [710]).slice(0, 1), [710]);
    const vectors = vectorPoints('v', [[1, 2, 3]]);
    assert.deepEqual(vectors[0], [1, 2, 3]);
    assert.ok(vectors.length >= 3 && vectors.every((v) => v.length === 3));
  });
});
