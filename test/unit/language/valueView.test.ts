import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import { MIME, type OutputItem, type RunOptions, type ValueView } from '../../../src/language/types';
import { valueView } from '../../../src/language/valueView';

const OPTS: RunOptions = { precision: 4 };

/** The items of a cell's last output. */
function lastItems(code: string, options: RunOptions = OPTS): readonly OutputItem[] {
  const r = new Session().run(code, options);
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  return r.outputs[r.outputs.length - 1].items;
}

function viewOf(code: string, options: RunOptions = OPTS): ValueView {
  const items = lastItems(code, options);
  assert.strictEqual(items[0].mime, MIME.value, `first item: ${items[0].mime}`);
  return items[0].data as ValueView;
}

describe('language/valueView', () => {
  it('puts the value view first and keeps text/plain and the JSON encoding', () => {
    const items = lastItems('sigmoid(1)');
    assert.deepStrictEqual(items.map((i) => i.mime), [MIME.value, MIME.text, MIME.json]);
    assert.strictEqual(items[1].data, '0.7311');
    assert.strictEqual(items[2].data, 0.7310585786300049);
  });

  it('shows a scalar at the run precision with its full-precision form', () => {
    assert.deepStrictEqual(viewOf('sigmoid(1)'), { kind: 'scalar', text: '0.7311', full: '0.7310585786300049' });
    assert.deepStrictEqual(viewOf('sigmoid(1)', { precision: 2 }), { kind: 'scalar', text: '0.73', full: '0.7310585786300049' });
  });

  it('keeps NaN, -0 and infinities readable in both forms', () => {
    assert.deepStrictEqual(viewOf('0/0'), { kind: 'scalar', text: 'NaN', full: 'NaN' });
    assert.deepStrictEqual(viewOf('-0'), { kind: 'scalar', text: '-0', full: '-0' });
    assert.deepStrictEqual(viewOf('-1/0'), { kind: 'scalar', text: '-Infinity', full: '-Infinity' });
    const v = viewOf('[NaN, -0, 1/3]');
    assert.ok(v.kind === 'vector');
    assert.deepStrictEqual(v.items, ['NaN', '-0', '0.3333']);
    assert.deepStrictEqual(v.full, ['NaN', '-0', String(1 / 3)]);
  });

  it('lists a vector entry by entry', () => {
    const items = lastItems('softmax([1, 2, 3])');
    const v = items[0].data as ValueView;
    assert.ok(v.kind === 'vector', v.kind);
    assert.strictEqual(v.length, 3);
    assert.deepStrictEqual(v.items, ['0.09003', '0.2447', '0.6652']);
    // The full forms read back to exactly the doubles of the JSON encoding.
    const json = items.find((i) => i.mime === MIME.json)?.data as number[];
    assert.deepStrictEqual(v.full.map(Number), json);
    assert.ok(v.full.every((f) => f.length > 10), v.full.join(', '));
    assert.strictEqual(v.text, '[0.09003, 0.2447, 0.6652]');
  });

  it('elides a long vector like the text does, with the gap marked', () => {
    const v = viewOf('1:1000');
    assert.ok(v.kind === 'vector');
    assert.strictEqual(v.length, 1000);
    assert.strictEqual(v.items.length, 60);
    assert.strictEqual(v.items[0], '1');
    assert.strictEqual(v.items[v.items.length - 1], '1000');
    const gap = v.items.indexOf('…');
    assert.ok(gap > 0, 'no gap');
    assert.strictEqual(v.full[gap], '');
  });

  it('lays a matrix out cell by cell with 1-based labels and its size', () => {
    const v = viewOf('W = [[2, 5], [4, 2]] * 0.5');
    assert.ok(v.kind === 'matrix', v.kind);
    assert.deepStrictEqual(v.rows, [['1', '2.5'], ['2', '1']]);
    assert.deepStrictEqual(v.full, [['1', '2.5'], ['2', '1']]);
    assert.deepStrictEqual(v.rowLabels, ['1', '2']);
    assert.deepStrictEqual(v.columnLabels, ['1', '2']);
    assert.deepStrictEqual(v.size, [2, 2]);
    const precise = viewOf('[sigmoid(1), -0; 0/0, 1e-9]');
    assert.ok(precise.kind === 'matrix');
    assert.deepStrictEqual(precise.rows, [['0.7311', '-0'], ['NaN', '1e-9']]);
    assert.deepStrictEqual(precise.full, [['0.7310585786300049', '-0'], ['NaN', '1e-9']]);
  });

  it('elides a big matrix to its corners', () => {
    const v = viewOf('ones(100, 50)');
    assert.ok(v.kind === 'matrix');
    assert.deepStrictEqual(v.size, [100, 50]);
    assert.strictEqual(v.rows.length, 30);
    assert.strictEqual(v.columnLabels.length, 12);
    assert.strictEqual(v.columnLabels[v.columnLabels.length - 1], '50');
    assert.strictEqual(v.rowLabels[v.rowLabels.length - 1], '100');
    const gapRow = v.rowLabels.indexOf('⋮');
    assert.ok(gapRow > 0);
    assert.ok(v.rows[gapRow].every((c) => c === '⋮'));
    assert.ok(v.full[gapRow].every((c) => c === ''));
  });

  it('falls back to text for functions, strings, booleans and deeper nesting', () => {
    assert.deepStrictEqual(viewOf('sigmoid'), { kind: 'text', text: 'function sigmoid' });
    assert.deepStrictEqual(viewOf('1 < 2'), { kind: 'text', text: 'true' });
    assert.strictEqual(valueView('abc', OPTS).kind, 'text');
    assert.deepStrictEqual(valueView([[[1]], [[2]]], OPTS), { kind: 'text', text: '[[[1]], [[2]]]' });
  });

  it('carries the display language for the renderer', () => {
    assert.strictEqual(valueView(1, { precision: 4, locale: 'zh-cn' }).locale, 'zh-cn');
  });

  it('is sent for huge values too, while their JSON gives only their size', () => {
    const items = lastItems('ones(1001, 1000)');
    assert.strictEqual(items[0].mime, MIME.value);
    assert.deepStrictEqual(items.find((i) => i.mime === MIME.json)?.data, { tooLarge: { size: [1001, 1000], entries: 1001000 } });
    const v = items[0].data as ValueView;
    assert.ok(v.kind === 'matrix');
    assert.deepStrictEqual(v.size, [1001, 1000]);
    assert.ok(JSON.stringify(v).length < 20_000, 'the view stays small');
  });
});
