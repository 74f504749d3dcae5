/**
 * Splits a cell into statements the way mathjs's parser does: a newline or `;` ends a
 * statement unless it is inside brackets (where `;` separates matrix rows), a string or
 * a `#` comment. Keeping each statement's offset lets errors point at the right line.
 */
import { stringEnd } from './primeMarks';

export interface StatementText {
  /** Offset of the statement's first character in the cell. */
  readonly start: number;
  readonly text: string;
  /** False when the statement ends in `;` (mathjs's way to hide a result). */
  readonly visible: boolean;
}

/** Whether a `'` at `i` opens a string (rather than being a transpose). */
function opensString(code: string, i: number): boolean {
  const prev = code.slice(0, i).trimEnd().slice(-1);
  return prev === '' || !/[A-Za-z0-9_$)\]}'.\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/.test(prev);
}

export function splitStatements(code: string): StatementText[] {
  const out: StatementText[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, visible: boolean): void => {
    const text = code.slice(start, end);
    if (text.replace(/#.*$/gm, '').trim() !== '') out.push({ start, text, visible });
  };
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '#') {
      const nl = code.indexOf('\n', i);
      i = nl < 0 ? code.length : nl;
      continue;
    }
    if (c === '"' || (c === "'" && opensString(code, i))) {
      i = stringEnd(code, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '\n' || c === ';')) {
      push(i, c === '\n');
      start = i + 1;
    }
    i++;
  }
  push(code.length, true);
  return out;
}
