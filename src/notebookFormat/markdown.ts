/**
 * The `*.actlab.md` notebook format, parsed without any editor dependency (the CLI uses it
 * too). Fenced blocks whose info string's first word is `actlab` are code cells; the text
 * between them is Markdown, one cell per stretch (never split at blank lines). Every cell
 * remembers the exact text it came from, so an unedited notebook prints back byte for byte.
 */
import { closesFence, dedent, infoWord, matchFenceOpen, type FenceOpen } from './fences';
import { InfoStringError, parseInfoAttributes } from './infoString';
import { dominantEol, isBlank, splitLines, type Line } from './lines';

import { NotebookParseError } from './parseError';

export { NotebookParseError };

/** The exact text a cell came from, to write it back unchanged when it is not edited. */
export interface CellOrigin {
  /** Position among the file's cells; tells whether a cell still follows its old neighbour. */
  readonly index: number;
  /** Blank lines (with their line endings) between the previous cell and this one. */
  readonly before: string;
  /** The cell's own text: for code, opening fence through closing fence and its line ending. */
  readonly raw: string;
  /** The source and metadata as parsed; the cell counts as unedited while both match. */
  readonly source: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** Code cells: the fence lines (without line endings) and the fence's indent, reused after an edit. */
  readonly fence?: { readonly open: string; readonly close: string; readonly indent: number };
}

export interface ParsedCell {
  readonly kind: 'markup' | 'code';
  /** The cell's text, lines joined with `\n`. */
  readonly source: string;
  /** `key=value` pairs from the info string (code cells; empty for Markdown). */
  readonly metadata: Record<string, string>;
  /** 1-based line where the cell starts in the file. */
  readonly line: number;
  readonly origin: CellOrigin;
}

/** What the whole file needs besides its cells to be written back byte for byte. */
export interface NotebookLayout {
  /** The file started with a UTF-8 byte order mark. */
  readonly bom: boolean;
  /** Line ending for newly written text: the file's most frequent one. */
  readonly eol: string;
  /** Blank lines after the last cell (or the whole file when it has no cells). */
  readonly trailing: string;
}

export interface ParsedNotebook {
  readonly cells: ParsedCell[];
  readonly layout: NotebookLayout;
}

const BOM = '\uFEFF';

/** Parses a notebook's text; throws `NotebookParseError` when it cannot be opened safely. */
export function parseNotebook(text: string): ParsedNotebook {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  rejectUnsafeCharacters(body);
  const lines = splitLines(body);
  const cells: ParsedCell[] = [];
  let pending: Line[] = []; // Markdown lines since the last code cell

  const flushMarkdown = (): string => {
    // Leading blank lines become the next cell's `before`; trailing ones go on to what follows.
    let first = 0;
    while (first < pending.length && isBlank(pending[first].text)) first++;
    let last = pending.length - 1;
    while (last >= first && isBlank(pending[last].text)) last--;
    const gap = joinRaw(pending.slice(0, first));
    if (first > last) {
      pending = [];
      return gap;
    }
    const content = pending.slice(first, last + 1);
    const source = content.map((l) => l.text).join('\n');
    cells.push({
      kind: 'markup',
      source,
      metadata: {},
      line: content[0].number,
      origin: { index: cells.length, before: gap, raw: joinRaw(content), source, metadata: {} },
    });
    const rest = joinRaw(pending.slice(last + 1));
    pending = [];
    return rest;
  };

  let i = 0;
  let outer: FenceOpen | undefined; // a non-actlab fence inside Markdown
  while (i < lines.length) {
    const line = lines[i];
    if (outer) {
      if (closesFence(line.text, outer)) outer = undefined;
      pending.push(line);
      i++;
      continue;
    }
    const open = matchFenceOpen(line.text);
    if (!open) {
      pending.push(line);
      i++;
      continue;
    }
    if (infoWord(open.info) !== 'actlab') {
      outer = open; // e.g. a ```python example inside the prose stays Markdown
      pending.push(line);
      i++;
      continue;
    }
    const before = flushMarkdown();
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end].text, open)) end++;
    if (end >= lines.length) {
      throw new NotebookParseError(
        `the actlab code block opened here is never closed; add a line with ${open.char.repeat(open.length)} after its code`,
        line.number,
      );
    }
    const metadata = parseAttributes(open.info, line.number);
    const content = lines.slice(i + 1, end);
    const source = content.map((l) => dedent(l.text, open.indent)).join('\n');
    cells.push({
      kind: 'code',
      source,
      metadata,
      line: line.number,
      origin: {
        index: cells.length,
        before,
        raw: joinRaw(lines.slice(i, end + 1)),
        source,
        metadata: { ...metadata },
        fence: { open: line.text, close: lines[end].text, indent: open.indent },
      },
    });
    i = end + 1;
  }
  const trailing = flushMarkdown();
  return { cells, layout: { bom, eol: dominantEol(body), trailing } };
}

function parseAttributes(info: string, line: number): Record<string, string> {
  try {
    return parseInfoAttributes(info.slice('actlab'.length));
  } catch (e) {
    if (e instanceof InfoStringError) throw new NotebookParseError(e.message, line);
    throw e;
  }
}

function joinRaw(lines: readonly Line[]): string {
  return lines.map((l) => l.text + l.eol).join('');
}

/**
 * A NUL or an unpaired surrogate means the file is binary or was mis-decoded; saving it back
 * would corrupt it, so it is refused.
 */
function rejectUnsafeCharacters(text: string): void {
  const nul = text.indexOf(String.fromCharCode(0));
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  const at = nul >= 0 ? nul : lone ? lone.index : -1;
  if (at >= 0) {
    const line = splitLines(text.slice(0, at + 1)).length || 1;
    const what = nul >= 0 ? 'a NUL character' : 'an invalid character';
    throw new NotebookParseError(`the file contains ${what}; it does not look like a text notebook`, line);
  }
}

export { printNotebook, type PrintableCell } from './printer';
export { decodeNotebook, encodeNotebook } from './encoding';
