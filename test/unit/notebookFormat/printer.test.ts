import * as assert from 'node:assert/strict';
import { parseNotebook, printNotebook, type PrintableCell } from '../../../src/notebookFormat/markdown';

function edit(text: string, change: (cells: PrintableCell[]) => PrintableCell[]): string {
  const parsed = parseNotebook(text);
  return printNotebook(change(parsed.cells), parsed.layout);
}

describe('notebook format: printing', () => {
  it('writes new cells in one style: ``` fences, a blank line between cells, LF', () => {
    const out = printNotebook([
      { kind: 'markup', source: '# Title', metadata: {} },
      { kind: 'code', source: 'sigmoid(0)', metadata: { exercise: 'sigmoid-zero' } },
      { kind: 'code', source: '', metadata: {} },
    ]);
    assert.equal(out, '# Title\n\n```actlab exercise=sigmoid-zero\nsigmoid(0)\n```\n\n```actlab\n```\n');
  });

  it('uses a longer fence when the code contains ```', () => {
    const out = printNotebook([{ kind: 'code', source: 'a = 1\n```\n````', metadata: {} }]);
    assert.equal(out, '`````actlab\na = 1\n```\n````\n`````\n');
    assert.equal(parseNotebook(out).cells[0].source, 'a = 1\n```\n````');
  });

  it('quotes metadata values that need it', () => {
    const out = printNotebook([{ kind: 'code', source: '1', metadata: { note: 'two words', q: 'say "hi"' } }]);
    assert.equal(out.split('\n')[0], '```actlab note="two words" q="say \\"hi\\""');
    assert.deepEqual(parseNotebook(out).cells[0].metadata, { note: 'two words', q: 'say "hi"' });
  });

  it('keeps the text around an edited cell, and its fence style', () => {
    const text = '# T\r\n\r\n\r\n~~~~actlab exercise=e\r\nold\r\n~~~~\r\n\r\nafter 中文\r\n';
    const out = edit(text, (cells) => cells.map((c) => (c.kind === 'code' ? { ...c, source: 'new\nlines' } : c)));
    assert.equal(out, '# T\r\n\r\n\r\n~~~~actlab exercise=e\r\nnew\r\nlines\r\n~~~~\r\n\r\nafter 中文\r\n');
  });

  it('writes a fresh fence when the edited code would close the old one', () => {
    const text = '```actlab\nold\n```\n';
    const out = edit(text, (cells) => [{ ...cells[0], source: 'a\n```' }]);
    assert.equal(out, '````actlab\na\n```\n````\n');
  });

  it('writes changed metadata into the info string', () => {
    const out = edit('```actlab\n1\n```\n', (cells) => [{ ...cells[0], metadata: { exercise: 'x' } }]);
    assert.equal(out, '```actlab exercise=x\n1\n```\n');
  });

  it('inserts new cells with the file line ending and a blank line, keeping neighbours', () => {
    const text = 'intro\r\n\r\n```actlab\r\n1\r\n```\r\n';
    const out = edit(text, (cells) => [...cells, { kind: 'code', source: '2', metadata: {} }]);
    assert.equal(out, 'intro\r\n\r\n```actlab\r\n1\r\n```\r\n\r\n```actlab\r\n2\r\n```\r\n');
  });

  it('adds a line break before a new cell after a file that had no final newline', () => {
    const out = edit('```actlab\n1\n```', (cells) => [...cells, { kind: 'markup', source: 'end', metadata: {} }]);
    assert.equal(out, '```actlab\n1\n```\n\nend\n');
  });

  it('deleting a cell keeps the other cells and the gaps they carry', () => {
    const text = 'A\n\n```actlab\n1\n```\n\nB\n\n```actlab\n2\n```\n';
    const out = edit(text, (cells) => cells.filter((c) => c.source !== '1'));
    // Markdown cells that end up side by side read back as one (the format has no other marker).
    assert.deepEqual(parseNotebook(out).cells.map((c) => c.source), ['A\n\nB', '2']);
    assert.ok(out.endsWith('B\n\n```actlab\n2\n```\n'));
  });

  it('separates cells that are no longer neighbours with a blank line', () => {
    const text = 'A\n```actlab\n1\n```\n';
    const out = edit(text, (cells) => [cells[1], cells[0]]);
    assert.equal(out, '```actlab\n1\n```\n\nA\n');
  });

  it('writes a cell whose kind changed afresh, never as its old text', () => {
    const text = 'sigmoid(0)\n\n```actlab exercise=e\nx\n```\n';
    const out = edit(text, (cells) => [
      { ...cells[0], kind: 'code' }, // Markdown turned into code keeps its old metadata in VS Code
      { ...cells[1], kind: 'markup' },
    ]);
    assert.deepEqual(
      parseNotebook(out).cells.map((c) => [c.kind, c.source, c.metadata]),
      [
        ['code', 'sigmoid(0)', {}],
        ['markup', 'x', {}],
      ],
    );
  });

  it('drops empty Markdown cells rather than writing blank lines', () => {
    const out = printNotebook([
      { kind: 'markup', source: '  \n', metadata: {} },
      { kind: 'code', source: '1', metadata: {} },
    ]);
    assert.equal(out, '```actlab\n1\n```\n');
  });
});
