import * as assert from 'node:assert/strict';
import { NotebookParseError, parseNotebook, printNotebook } from '../../../src/notebookFormat/markdown';

/** Parse, then print without edits. */
function roundTrip(text: string): string {
  const parsed = parseNotebook(text);
  return printNotebook(parsed.cells, parsed.layout);
}

function cells(text: string): { kind: string; source: string; metadata: Record<string, string> }[] {
  return parseNotebook(text).cells.map(({ kind, source, metadata }) => ({ kind, source, metadata }));
}

describe('notebook format: parsing', () => {
  it('splits at actlab fences only, never at blank lines', () => {
    const text = '# Sigmoid\n\nFirst paragraph.\n\nSecond paragraph.\n\n```actlab\nsigmoid(0)\n```\n\nAfter.\n';
    assert.deepEqual(cells(text), [
      { kind: 'markup', source: '# Sigmoid\n\nFirst paragraph.\n\nSecond paragraph.', metadata: {} },
      { kind: 'code', source: 'sigmoid(0)', metadata: {} },
      { kind: 'markup', source: 'After.', metadata: {} },
    ]);
  });

  it('reads key=value metadata from the info string, bare or double-quoted', () => {
    const text = '```actlab exercise=sigmoid-derivative note="two words" esc="a \\"q\\" b"\nx\n```\n';
    assert.deepEqual(cells(text)[0].metadata, { exercise: 'sigmoid-derivative', note: 'two words', esc: 'a "q" b' });
  });

  it('keeps a fenced python block inside Markdown as Markdown', () => {
    const text = 'Text\n```python\nimport torch\n```\nmore\n```actlab\n1\n```\n';
    assert.deepEqual(cells(text).map((c) => c.kind), ['markup', 'code']);
    assert.equal(cells(text)[0].source, 'Text\n```python\nimport torch\n```\nmore');
  });

  it('does not open a cell at an actlab fence inside a longer Markdown fence', () => {
    const text = '````markdown\n```actlab\nsigmoid(1)\n```\n````\n';
    assert.deepEqual(cells(text).map((c) => c.kind), ['markup']);
  });

  it('does not close a code cell at a shorter fence', () => {
    const text = '````actlab\na = 1\n```\nb = 2\n````\n';
    assert.deepEqual(cells(text), [{ kind: 'code', source: 'a = 1\n```\nb = 2', metadata: {} }]);
  });

  it('accepts ~~~ fences, closed only by tildes', () => {
    const text = '~~~actlab\nx = 1\n```\n~~~\n';
    assert.deepEqual(cells(text), [{ kind: 'code', source: 'x = 1\n```', metadata: {} }]);
  });

  it('needs actlab as the whole first word', () => {
    assert.deepEqual(cells('```actlabx\n1\n```\n').map((c) => c.kind), ['markup']);
    assert.deepEqual(cells('``` actlab\n1\n```\n').map((c) => c.kind), ['code']);
  });

  it('strips the fence indent from content lines', () => {
    assert.equal(cells('  ```actlab\n  a = 1\n    b = 2\n  ```\n')[0].source, 'a = 1\n  b = 2');
  });

  it('reads CRLF, a BOM and Chinese text', () => {
    const parsed = parseNotebook('\uFEFF# 激活函数\r\n\r\n```actlab\r\ntanh(0)\r\n```\r\n');
    assert.equal(parsed.layout.bom, true);
    assert.equal(parsed.layout.eol, '\r\n');
    assert.deepEqual(parsed.cells.map((c) => c.source), ['# 激活函数', 'tanh(0)']);
  });

  it('gives empty and blank-only files no cells', () => {
    assert.deepEqual(cells(''), []);
    assert.deepEqual(cells('\n\n  \n'), []);
  });

  it('records the 1-based line where each cell starts', () => {
    assert.deepEqual(parseNotebook('a\n\n```actlab\n1\n```\nb\n').cells.map((c) => c.line), [1, 3, 6]);
  });
});

describe('notebook format: files that cannot be opened', () => {
  function failsAt(text: string, line: number, pattern: RegExp): void {
    assert.throws(
      () => parseNotebook(text),
      (e: unknown) => e instanceof NotebookParseError && e.line === line && pattern.test(e.message) && e.message.startsWith(`line ${line}:`),
    );
  }

  it('refuses an actlab fence that is never closed', () => {
    failsAt('# T\n\n```actlab\nsigmoid(0)\n', 3, /never closed/);
  });

  it('refuses a key with no value', () => {
    failsAt('x\n```actlab exercise=\n1\n```\n', 2, /"exercise=" has no value/);
  });

  it('refuses unknown quoting', () => {
    failsAt("```actlab exercise='a'\n1\n```\n", 1, /unknown quoting/);
    failsAt('```actlab note="open\n1\n```\n', 1, /never closed/);
  });

  it('keeps a key named __proto__ as plain data', () => {
    const metadata = cells('```actlab __proto__=x\n1\n```\n')[0].metadata;
    assert.deepEqual(Object.entries(metadata), [['__proto__', 'x']]);
  });

  it('refuses a word that is not key=value, and a repeated key', () => {
    failsAt('```actlab hidden\n1\n```\n', 1, /expected key=value/);
    failsAt('```actlab a=1 a=2\n1\n```\n', 1, /given twice/);
  });

  it('refuses a NUL character, naming its line', () => {
    failsAt('ok\nstill ok\nbad \u0000 byte\n', 3, /NUL/);
  });
});

describe('notebook format: unedited round trip is byte-exact', () => {
  const samples: Record<string, string> = {
    'LF with final newline': '# A\n\n```actlab\n1\n```\n',
    'CRLF': '# A\r\n\r\n```actlab\r\n1\r\n```\r\n\r\nEnd\r\n',
    'BOM': '\uFEFF```actlab\nx\n```\n',
    'no final newline after code': 'a\n```actlab\n1\n```',
    'no final newline after Markdown': '```actlab\n1\n```\ntext',
    'tilde and long fences': '~~~~actlab  exercise=e  \n1\n~~~~~   \n\n`````actlab\n````\n`````\n',
    'nested fences in Markdown': '```python\n```actlab\n```\n\n```actlab\n2\n```\n',
    'Chinese': '# 饱和\n\n```actlab\nsigmoid(10) # 梯度消失\n```\n',
    'several blank lines and whitespace': '\n\n  \n# T\n\n\n\n```actlab\n\n\n```\n \n\t\n',
    'mixed line endings': 'a\r\nb\n```actlab\r\n1\n```\rend',
    'only text': 'just prose\n',
    'empty': '',
    'indented fence': '   ```actlab\n   a\n   ```\n',
  };
  for (const [name, text] of Object.entries(samples)) {
    it(name, () => assert.equal(roundTrip(text), text));
  }
});
