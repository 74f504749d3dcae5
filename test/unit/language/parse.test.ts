import * as assert from 'assert';
import { parseCell } from '../../../src/language/parse';
import { markPrimes, PRIME_MARK } from '../../../src/language/primeMarks';
import { printNode } from '../../../src/language/prime';
import { splitStatements } from '../../../src/language/split';

describe('language/parseCell', () => {
  it('returns one rewritten tree per statement with its position', () => {
    const r = parseCell('a = 1\n\n  b = [1, 2;\n 3, 4]; c = 2');
    assert.ok(r.statements);
    assert.deepStrictEqual(
      r.statements.map((s) => [s.source, s.line, s.column, s.visible]),
      [
        ['a = 1', 1, 1, true],
        ['b = [1, 2;\n 3, 4]', 3, 3, false],
        ['c = 2', 4, 9, true],
      ],
    );
  });

  it('converts mathjs char offsets to line and column', () => {
    const r = parseCell('x = 1\ny = 2 +* 3');
    assert.strictEqual(r.error?.name, 'SyntaxError');
    assert.strictEqual(r.error?.line, 2);
    assert.strictEqual(r.error?.column, 8);
  });

  it("rewrites f'(x) into a derivative call and prints it back as typed", () => {
    const r = parseCell("sigmoid'(0) + f''(2) + relu'");
    assert.ok(r.statements);
    const text = printNode(r.statements[0].node);
    assert.strictEqual(text, "sigmoid'(0) + f''(2) + relu'");
    assert.ok(!JSON.stringify(r.statements[0].node).includes('ctranspose'));
  });

  it('keeps transposes of brackets and strings with quotes', () => {
    assert.strictEqual(markPrimes("[1, 2]'"), "[1, 2]'");
    assert.strictEqual(markPrimes("x = 'abc'"), "x = 'abc'");
    assert.strictEqual(markPrimes("f'(x) # it's"), `f${PRIME_MARK}(x) # it's`);
    assert.strictEqual(markPrimes("\"it's\" + g'"), `"it's" + g${PRIME_MARK}`);
    assert.strictEqual(markPrimes("2'"), "2'");
  });

  it('refuses method calls and field assignment', () => {
    assert.strictEqual(parseCell('typed.clear()').error?.name, 'NotAllowed');
    assert.strictEqual(parseCell('a.b = 1').error?.name, 'NotAllowed');
    assert.strictEqual(parseCell("f'(x) = 1").error?.name, 'NotAllowed');
  });

  it('refuses the reserved mark character', () => {
    assert.strictEqual(parseCell(`a${PRIME_MARK} = 1`).error?.name, 'SyntaxError');
  });

  it('splits statements only outside brackets, strings and comments', () => {
    const parts = splitStatements('a = "x;y"\nb = (1 +\n2) # c; d\n[1; 2]');
    assert.deepStrictEqual(parts.map((p) => p.text.trim()), ['a = "x;y"', 'b = (1 +\n2) # c; d', '[1; 2]']);
  });

  it('accepts Windows line ends and keeps positions', () => {
    const r = parseCell('a = 1\r\nb = (2 +');
    assert.strictEqual(r.error?.name, 'SyntaxError');
    assert.strictEqual(r.error?.line, 2);
    assert.deepStrictEqual(parseCell('a = 1\r\nb = 2').statements?.map((s) => s.line), [1, 2]);
  });

  it('returns no statements for blank and comment-only cells', () => {
    assert.deepStrictEqual(parseCell('  \n# only a comment\n').statements, []);
  });
});
