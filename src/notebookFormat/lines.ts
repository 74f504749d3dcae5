/**
 * Splitting text into lines without losing a byte: each line keeps its own line ending, so
 * joining `text + eol` of every line gives back the input exactly.
 */

export interface Line {
  /** The line's content, without its line ending. */
  readonly text: string;
  /** `\r\n`, `\n`, `\r`, or `''` for a last line with no ending. */
  readonly eol: string;
  /** 1-based line number. */
  readonly number: number;
}

/** Splits at `\r\n`, `\n` and a lone `\r` (all three end a line in CommonMark). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[1] === '' && match[2] === '') {
      // The empty match at the very end: either the text was empty or it ended with a line ending.
      break;
    }
    lines.push({ text: match[1], eol: match[2], number: lines.length + 1 });
  }
  return lines;
}

/** The most frequent line ending of a text; `\n` for a text with none (or a tie). */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else {
        cr++;
      }
    } else if (c === 10) {
      lf++;
    }
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** True for a line holding nothing but spaces and tabs. */
export function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}
