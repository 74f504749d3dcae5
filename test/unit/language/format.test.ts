import * as assert from 'assert';
import * as fc from 'fast-check';
import { decodeNumber, decodeValue, encodeValue, type JsonValue } from '../../../src/language/encode';
import { formatNumber } from '../../../src/language/format';
import { Session } from '../../../src/language/session';

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
    assert.strictEqual(formatNumber(1 / 3, NaN), '0.333333', 'a nonsensical precision falls back to 6');
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

  it('encodes matrices as rows and records field by field', () => {
    assert.deepStrictEqual(encodeValue([[1, 2], [3, NaN]]), [[1, 2], [3, 'NaN']]);
    assert.deepStrictEqual(encodeValue({ value: -0, piece: 2 }), { object: { value: '-0', piece: 2 } });
    assert.strictEqual(encodeValue(true), true);
  });

  it("keeps a cell's own text apart from the special numbers", () => {
    for (const special of ['NaN', 'Infinity', '-Infinity', '-0']) {
      assert.deepStrictEqual(encodeValue(special), { string: special });
      assert.notDeepStrictEqual(encodeValue(special), encodeValue(decodeNumber(special)));
    }
    assert.deepStrictEqual(encodeValue(['NaN', NaN]), [{ string: 'NaN' }, 'NaN']);
    // A record whose field is called "string" is still a record.
    assert.deepStrictEqual(encodeValue({ string: NaN }), { object: { string: 'NaN' } });
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.array(fc.oneof(fc.double(), fc.string()))), (x) => {
        const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(x))) as JsonValue);
        assert.deepStrictEqual(back, x);
        if (typeof x === 'number') assert.ok(Object.is(back, x));
      }),
      { seed: 8, numRuns: 1000 },
    );
  });

  it('gives functions, plots, units and over-large values an explicit form, never their display text', () => {
    const s = new Session();
    const json = (code: string): unknown => s.run(code, { precision: 6 }).outputs.at(-1)?.items.find((i) => i.mime === 'application/json')?.data;
    assert.deepStrictEqual(json('sigmoid'), { function: 'sigmoid' });
    assert.deepStrictEqual(json("f(x) = x^2\nf'"), { function: "f'" });
    assert.deepStrictEqual(json('plot(sigmoid, relu, -2, 3)'), { plot: { curves: ['sigmoid', 'relu'], x: [-2, 3] } });
    assert.deepStrictEqual(json('unit("5 cm")'), { unit: { value: 5, unit: 'cm' } });
    assert.deepStrictEqual(json('ones(1001, 1000)'), { tooLarge: { size: [1001, 1000], entries: 1001000 } });
    assert.deepStrictEqual(json('"NaN"'), { string: 'NaN' });
  });
});

describe('language/format of large values', () => {
  it('elides long vectors and big matrices but keeps JSON complete', () => {
    const s = new Session();
    const v = s.run('1:1000', { precision: 4 });
    const text = String(v.outputs[0].items.find((i) => i.mime === 'text/plain')?.data);
    assert.match(text, /^\[1, 2, .*…, .*1000\] \(1000 entries\)$/);
    assert.strictEqual((v.outputs[0].items.find((i) => i.mime === 'application/json')?.data as number[]).length, 1000);
    const m = s.run('ones(100, 50)', { precision: 4 });
    const mt = String(m.outputs[0].items.find((i) => i.mime === 'text/plain')?.data);
    assert.strictEqual(mt.split('\n').length, 31, '30 rows shown, then the size');
    assert.match(mt, /\(100×50 matrix\)$/);
    const md = String(m.outputs[0].items.find((i) => i.mime === 'text/markdown')?.data);
    assert.strictEqual(md.split('\n').length, 2 + 30);
    assert.match(md, /\| ⋮ \|/);
  });

  it('shows the beginning and the length of a long text', () => {
    const r = new Session().run('format(ones(1000, 1100))', { precision: 4 });
    const text = String(r.outputs[0].items.find((i) => i.mime === 'text/plain')?.data);
    assert.match(text, /^"\[\[1, 1, .*…" \(3302000 characters\)\n/);
    assert.ok(text.length < 10_200, `${text.length} characters`);
    assert.deepStrictEqual(Object.keys(r.outputs[0].items.find((i) => i.mime === 'application/json')?.data as object), ['tooLarge']);
  });

  it('sends back only the mime types asked for, without building the others', () => {
    const r = new Session().run('a = random([1000, 1000]); a\nplot(sigmoid)', { precision: 4, mimes: ['text/plain'] });
    assert.deepStrictEqual(r.outputs.map((o) => o.items.map((i) => i.mime)), [['text/plain'], ['text/plain']]);
  });

  it('sends the size, not the entries, of values too big to send, and says so', () => {
    const r = new Session().run('ones(1001, 1000)', { precision: 4 });
    assert.deepStrictEqual(r.outputs[0].items.find((i) => i.mime === 'application/json')?.data, { tooLarge: { size: [1001, 1000], entries: 1001000 } });
    assert.match(String(r.outputs[0].items.find((i) => i.mime === 'text/plain')?.data), /1001000 entries: too many to send/);
  });
});
