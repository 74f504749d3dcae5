/**
 * Recognising fenced code blocks the way CommonMark does: an opening line of three or more
 * backticks or tildes indented by at most three spaces, closed by a line of the same
 * character, at least as long, with nothing but whitespace after it.
 */

export interface FenceOpen {
  /** Spaces before the fence (0–3); the same number is removed from each content line. */
  readonly indent: number;
  readonly char: '`' | '~';
  readonly length: number;
  /** The info string, trimmed. */
  readonly info: string;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The fence a line opens, if it opens one. */
export function matchFenceOpen(text: string): FenceOpen | undefined {
  const m = OPEN.exec(text);
  if (!m) return undefined;
  const char = m[2][0] as '`' | '~';
  // A backtick fence's info string may not contain a backtick (it would be inline code).
  if (char === '`' && m[3].includes('`')) return undefined;
  return { indent: m[1].length, char, length: m[2].length, info: m[3].trim() };
}

/** True when `text` closes the block opened by `open`. */
export function closesFence(text: string, open: FenceOpen): boolean {
  const m = CLOSE.exec(text);
  return m !== null && m[1][0] === open.char && m[1].length >= open.length;
}

/** The first word of an info string (`actlab` in `actlab exercise=x`). */
export function infoWord(info: string): string {
  const m = /^\S*/.exec(info);
  return m ? m[0] : '';
}

/** Removes up to `indent` leading spaces, as CommonMark does for content of an indented fence. */
export function dedent(text: string, indent: number): string {
  let i = 0;
  while (i < indent && text[i] === ' ') i++;
  return text.slice(i);
}

/** Length of the longest run of `char` in `text` (0 when absent). */
export function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
