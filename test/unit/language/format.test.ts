import * as assert from 'assert';
import * as fc from 'fast-check';
import { decodeNumber, encodeValue } from '../../../src/language/encode';
import { formatNumber } from '../../../src/language/format';

describe('language/format and encode', () => {
  it('formats numbers to significant digits without trailing zeros', () => {
    assert.strictEqual(formatNumber(0.7310585786300049, 4), '0.7311');
    assert.strictEqual(formatNumber(0.5, 4), '0.5');
    assert.strictEqual(formatNumber(100, 4), '100');
    assert.strictEqual(formatNumber(1e21, 4), '1e+21');
    assert.strictEqual(formatNumber(1.23456e-7, 3), '1.23e-7');
    assert.strictEqual(formatNumber(-0, 4), '-0');
    assert.strictEqual(formatNumber(NaN, 4), 'NaN');
    assert.strictEqual(formatNumber(-Infinity, 4), '-Infinity');
  });

  it('encodes special values as strings and round-trips every double', () => {
    assert.deepStrictEqual(encodeValue([NaN, Infinity, -Infinity, -0, 0]), ['NaN', 'Infinity', '-Infinity', '-0', 0]);
    fc.assert(
      fc.property(fc.double(), (x) => {
        const back = decodeNumber(JSON.parse(JSON.stringify(encodeValue(x))) as number | string);
        return Object.is(back, x);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('encodes matrices as rows and objects field by field', () => {
    assert.deepStrictEqual(encodeValue([[1, 2], [3, NaN]]), [[1, 2], [3, 'NaN']]);
    assert.deepStrictEqual(encodeValue({ value: -0, piece: 2 }), { value: '-0', piece: 2 });
    assert.strictEqual(encodeValue(true), true);
    assert.strictEqual(encodeValue('abc'), 'abc');
  });
});
