/**
 * Writing a notebook back to `*.actlab.md` text. A cell that was not edited is written
 * exactly as it was read, together with the blank lines before it, so an unedited notebook
 * gives identical bytes. New cells use one stable style: ``` fences (longer when the code
 * itself contains backticks), the file's line ending, a blank line between cells.
 */
import { closesFence, longestRun, matchFenceOpen } from './fences';
import { printInfoString } from './infoString';
import type { CellOrigin, NotebookLayout } from './markdown';

export interface PrintableCell {
  readonly kind: 'markup' | 'code';
  readonly source: string;
  /** Info-string metadata (code cells). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Where the cell came from, when it was read from the file. */
  readonly origin?: CellOrigin;
}

const DEFAULT_LAYOUT: NotebookLayout = { bom: false, eol: '\n', trailing: '' };

/** Prints cells (and the file's layout, when known) as notebook text. */
export function printNotebook(cells: readonly PrintableCell[], layout: NotebookLayout = DEFAULT_LAYOUT): string {
  const eol = layout.eol;
  let out = '';
  let previous = -1; // origin index of the cell written last; -2 after a new cell
  for (const cell of cells) {
    const source = normalizeEol(cell.source);
    const metadata = cell.kind === 'code' ? cell.metadata : {};
    if (cell.kind === 'markup' && /^[ \t\n]*$/.test(source)) continue; // nothing to keep
    const origin = cell.origin && (cell.origin.fence !== undefined) === (cell.kind === 'code') ? cell.origin : undefined;
    const unedited = origin !== undefined && origin.source === source && sameMetadata(origin.metadata, metadata);

    if (origin && previous === origin.index - 1) {
      out += origin.before; // still right after its old neighbour: keep the gap as it was
    } else if (out !== '') {
      out = endLine(out, eol) + (origin && origin.before !== '' ? origin.before : eol);
    }
    const end = origin && !/[\r\n]$/.test(origin.raw) ? '' : eol; // a file without a final newline keeps it that way
    if (unedited) {
      out += origin.raw;
    } else if (cell.kind === 'code') {
      out += printCode(source, metadata, origin, eol, end);
    } else {
      out += source.split('\n').join(eol) + end;
    }
    previous = origin ? origin.index : -2;
  }
  if (layout.trailing !== '') out = (out === '' ? '' : endLine(out, eol)) + layout.trailing;
  return (layout.bom ? '\uFEFF' : '') + out;
}

/** A code cell: its old fence lines when they still fit, else a fresh fence long enough for the code. */
function printCode(
  source: string,
  metadata: Readonly<Record<string, string>>,
  origin: CellOrigin | undefined,
  eol: string,
  end: string,
): string {
  const lines = source === '' ? [] : source.split('\n');
  const fence = origin?.fence;
  if (fence && sameMetadata(origin.metadata, metadata)) {
    const open = matchFenceOpen(fence.open);
    const pad = ' '.repeat(fence.indent);
    if (open && !lines.some((l) => closesFence(pad + l, open))) {
      return fence.open + eol + lines.map((l) => pad + l + eol).join('') + fence.close + end;
    }
  }
  const info = printInfoString(metadata);
  // A backtick fence cannot carry a backtick in its info string; tildes can.
  const char = info.includes('`') ? '~' : '`';
  const marker = char.repeat(Math.max(3, longestRun(source, char) + 1));
  return marker + info + eol + lines.map((l) => l + eol).join('') + marker + end;
}

function endLine(text: string, eol: string): string {
  return /[\r\n]$/.test(text) ? text : text + eol;
}

function normalizeEol(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function sameMetadata(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}
