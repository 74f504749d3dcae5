import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NotebookParseError, parseNotebook, printNotebook, type PrintableCell } from '../../../src/notebookFormat/markdown';

/** A line of prose: letters, Chinese, math, and characters that look like markup. */
const proseLine = fc.stringMatching(/^[a-zA-Z0-9 #*_>\-=+'"`~()[\]{}.,:;!?\\/|\u4e00-\u9fa5αβσ′]{0,24}$/);
/** A line of code: anything printable, fences and backticks included. */
const codeLine = fc.oneof(
  fc.stringMatching(/^[ -~\u4e00-\u9fa5σ]{0,20}$/),
  fc.constantFrom('```', '````', '~~~', '   ```', '```actlab', '```python'),
);

/** Markdown with content at both ends and no fence lines (a stray fence would swallow later cells). */
const markdownSource = fc
  .array(proseLine, { minLength: 1, maxLength: 5 })
  .map((lines) => lines.filter((l) => !/^ {0,3}(```|~~~)/.test(l)))
  .filter((lines) => lines.length > 0 && /\S/.test(lines[0]) && /\S/.test(lines[lines.length - 1]))
  .map((lines) => lines.join('\n'));

const codeSource = fc.array(codeLine, { maxLength: 5 }).map((lines) => lines.join('\n'));

const metadata = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z0-9_.-]{0,8}$/),
  fc.stringMatching(/^[ -~\u4e00-\u9fa5]{0,10}$/),
  { maxKeys: 3 },
).map((m) => ({ ...m }));

/** Notebooks whose cells the format can express: no two Markdown cells side by side. */
const notebook = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant<'markup'>('markup'), source: markdownSource, metadata: fc.constant({}) }),
      fc.record({ kind: fc.constant<'code'>('code'), source: codeSource, metadata }),
    ),
    { maxLength: 8 },
  )
  .map((cells) => cells.filter((c, i) => !(c.kind === 'markup' && cells[i - 1]?.kind === 'markup')));

const eol = fc.constantFrom('\n', '\r\n');

describe('notebook format: properties', () => {
  it('cells → print → parse gives the same cells', () => {
    fc.assert(
      fc.property(notebook, eol, fc.boolean(), (cells: PrintableCell[], lineEnd, bom) => {
        const text = printNotebook(cells, { bom, eol: lineEnd, trailing: '' });
        const parsed = parseNotebook(text);
        assert.deepEqual(
          parsed.cells.map(({ kind, source, metadata }) => ({ kind, source, metadata })),
          cells.map(({ kind, source, metadata }) => ({ kind, source, metadata })),
        );
        assert.equal(parsed.layout.bom, bom);
      }),
      { numRuns: 400 },
    );
  });

  it('any text that parses prints back unedited as the same bytes', () => {
    const piece = fc.oneof(
      proseLine,
      codeLine,
      fc.constantFrom('```actlab', '~~~actlab', '````actlab exercise=e', '```actlab a="b c"', '', '  ', '\t', '中文', '\uFEFF'),
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 14 })
      .map((parts) => parts.map(([line, end]) => line + end).join(''));
    let parsedCount = 0;
    fc.assert(
      fc.property(fc.boolean(), text, (bom, body) => {
        const input = (bom ? '\uFEFF' : '') + body;
        let parsed;
        try {
          parsed = parseNotebook(input);
        } catch (e) {
          if (e instanceof NotebookParseError) return; // not a notebook: nothing to round-trip
          throw e;
        }
        parsedCount++;
        assert.equal(printNotebook(parsed.cells, parsed.layout), input);
      }),
      { numRuns: 1000 },
    );
    // The generator must mostly produce notebooks, or the property says little.
    assert.ok(parsedCount > 300, `only ${parsedCount} of 1000 inputs parsed`);
  });

  it('an edited code cell keeps every other cell and reads back with its new source', () => {
    fc.assert(
      fc.property(notebook, codeSource, fc.nat(), (cells: PrintableCell[], newSource, pick) => {
        const original = parseNotebook(printNotebook(cells));
        const codeIndexes = original.cells.flatMap((c, i) => (c.kind === 'code' ? [i] : []));
        if (codeIndexes.length === 0) return;
        const target = codeIndexes[pick % codeIndexes.length];
        const edited = original.cells.map((c, i) => (i === target ? { ...c, source: newSource } : c));
        const reread = parseNotebook(printNotebook(edited, original.layout));
        assert.deepEqual(
          reread.cells.map((c) => [c.kind, c.source, c.metadata]),
          edited.map((c) => [c.kind, c.source, c.metadata]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
