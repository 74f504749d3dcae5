import * as assert from 'node:assert/strict';
import { describeCellError, losesState } from '../../../src/notebook/cellErrors';
import { localeOf } from '../../../src/notebook/locale';

describe('notebook: cell error messages', () => {
  it('puts line and column first', () => {
    const message = describeCellError({ name: 'SyntaxError', message: 'Unexpected end of expression.', line: 2, column: 5 }, 'en');
    assert.equal(message, 'line 2, column 5: Unexpected end of expression.');
  });

  it('adds "Did you mean" once, whether or not the engine already said it', () => {
    const bare = describeCellError({ name: 'UnknownName', message: 'Unknown name `sigmod`.', line: 1, column: 1, suggestion: 'sigmoid' }, 'en');
    assert.equal(bare, 'line 1, column 1: Unknown name `sigmod`. Did you mean `sigmoid`?');
    const already = describeCellError(
      { name: 'UnknownName', message: 'Unknown name `sigmod`. Did you mean `sigmoid`?', suggestion: 'sigmoid' },
      'en',
    );
    assert.equal(already.match(/sigmoid`/g)?.length, 1);
  });

  it('tells the learner what was lost when the engine had to stop', () => {
    for (const name of ['Timeout', 'OutOfMemory', 'EngineCrashed', 'Interrupted']) {
      assert.ok(losesState({ name, message: 'x' }));
      assert.match(describeCellError({ name, message: 'Stopped.' }, 'en'), /variables and functions defined by earlier cells are gone/);
      assert.match(describeCellError({ name, message: 'Stopped.' }, 'zh-cn'), /变量和函数都已丢失/);
    }
    const already = 'The cell was interrupted. Variables and functions from earlier cells are gone; run those cells again.';
    assert.equal(describeCellError({ name: 'Interrupted', message: already }, 'en'), already);
    assert.match(describeCellError({ name: 'Interrupted', message: already }, 'zh-cn'), /变量和函数都已丢失/);
    assert.equal(losesState({ name: 'ArgumentError', message: 'x' }), false);
    assert.equal(describeCellError({ name: 'ArgumentError', message: 'bad' }, 'en'), 'bad');
  });

  it('speaks Chinese when asked', () => {
    assert.equal(describeCellError({ name: 'SyntaxError', message: '缺少右括号。', line: 3, column: 7 }, 'zh-cn'), '第 3 行，第 7 列：缺少右括号。');
  });
});

describe('notebook: display language', () => {
  it('maps Simplified Chinese tags to zh-cn and everything else to en', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh-hans', 'zh-Hans-CN', 'zh', 'zh-sg']) assert.equal(localeOf(tag), 'zh-cn', tag);
    for (const tag of ['en', 'en-us', 'de', 'zh-tw', 'zh-hant', 'ja']) assert.equal(localeOf(tag), 'en', tag);
  });
});
