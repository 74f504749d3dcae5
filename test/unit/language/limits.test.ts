import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import type { CellError } from '../../../src/language/types';

const OPTS = { precision: 6 };

/**
 * Every builtin that allocates from a few numbers checks them first, however they are
 * written: non-finite bounds, numeric text, BigNumbers, units. Each of these ran unchecked
 * before (and some aborted the whole engine).
 */
describe('language/size guards', () => {
  const session = new Session();
  const errorOf = (code: string): CellError => {
    const t0 = Date.now();
    const r = session.run(code, OPTS);
    assert.ok(Date.now() - t0 < 2000, `${code} took ${Date.now() - t0} ms`);
    assert.ok(r.error, `${code} gave no error: ${JSON.stringify(r.outputs.map((o) => o.items.map((i) => i.mime)))}`);
    return r.error;
  };

  it('refuses ranges with a non-finite bound, a zero step or too many entries, in every spelling', () => {
    for (const code of ['0:1/0', 'range(0, 1/0)', '-Infinity:0', '0:NaN', 'range(0, 1, NaN)']) {
      const e = errorOf(code);
      assert.strictEqual(e.name, 'ArgumentError', code);
      assert.match(e.message, /^range: (start|end|step) must be a finite number, got (-?Infinity|NaN)$/, code);
    }
    for (const code of ['0:0:5', 'range(0, 5, 0)']) assert.strictEqual(errorOf(code).message, 'range: step must not be zero', code);
    for (const code of ['1:1e308', 'range("1:1e9")', 'range("1:1e-9:2")', 'range(1, "1e9")', 'range(bignumber(0), bignumber(1e9))', '1:1e-300:2', 'range(unit("1 cm"), unit("1e9 cm"), unit("1 cm"))', 'range(0, 1e9, true)']) {
      const e = errorOf(code);
      assert.strictEqual(e.name, 'TooLarge', code);
      assert.match(e.message, /^range: that would create \d\.\d\de\+\d+ elements; the limit is 2e\+7/, code);
    }
  });

  it('still builds the ranges it should', () => {
    const json = (code: string): unknown => {
      const r = session.run(code, OPTS);
      assert.strictEqual(r.error, undefined, `${code}: ${JSON.stringify(r.error)}`);
      return r.outputs[0].items.find((i) => i.mime === 'application/json')?.data;
    };
    assert.deepStrictEqual(json('1:4'), [1, 2, 3, 4]);
    assert.deepStrictEqual(json('range(1, 4, false)'), [1, 2, 3]);
    assert.deepStrictEqual(json('range("1:2:7")'), [1, 3, 5, 7]);
    assert.deepStrictEqual(json('range(bignumber(1), bignumber(3))'), [1, 2, 3]);
    assert.strictEqual((json('range(unit("1 cm"), unit("3 cm"), unit("1 cm"))') as unknown[]).length, 3);
  });

  it('refuses shapes that are not finite numbers or are too large, however they are written', () => {
    for (const [code, message] of [
      ['zeros(Infinity)', 'zeros: each size must be a finite number, got Infinity'],
      ['ones(2, NaN)', 'ones: each size must be a finite number, got NaN'],
      ['zeros(unit("1 cm"))', 'zeros: each size must be a number, got a Unit'],
    ]) {
      const e = errorOf(code);
      assert.strictEqual(e.name, 'ArgumentError', code);
      assert.strictEqual(e.message, message);
    }
    for (const code of ['zeros("1e5", "1e5")', 'zeros(bignumber(1e5), 1e5)', 'ones([1e5, "1e5"])', 'random([1e5, 1e5])', 'pickRandom([1, 2], 1e9)', 'pickRandom([1, 2], {number: 1e9})', 'setPowerset(1:40)', 'setCartesian(1:5000, 1:5000)', 'freqz([1], [1], 1e9)']) {
      assert.strictEqual(errorOf(code).name, 'TooLarge', code);
    }
    assert.strictEqual(session.run('zeros(2, 2, "sparse")', OPTS).error, undefined);
  });

  it('bounds the digits format may write', () => {
    for (const code of ['format(3, {notation: "fixed", precision: 1e9})', 'format(3, 1e9)', 'format(bignumber(3), {notation: "fixed", precision: 1e6})']) {
      const e = errorOf(code);
      assert.strictEqual(e.name, 'ArgumentError', code);
      assert.match(e.message, /^format: precision must be at most 1000 digits/);
    }
    const r = session.run('format(3.14159, 3)', OPTS);
    assert.strictEqual(r.error, undefined);
  });
});
