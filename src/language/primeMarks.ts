/**
 * The prime notation (`sigmoid'(0)`, `f''(3)`) clashes with mathjs, which reads `'` after a
 * name as matrix transpose (and `'…'` as a string). Before parsing, a `'` glued to a name is
 * replaced by this one-character letter, which mathjs accepts inside identifiers; the parsed
 * tree is then rewritten (`prime.ts`). One UTF-16 unit, so character offsets stay valid.
 */
export const PRIME_MARK = '\u01C2';

const IDENT_START = /[A-Za-z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;
const IDENT_PART = /[A-Za-z0-9_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;

/** True when the word that ends just before `index` is a name (not a number like `2`). */
function followsName(code: string, index: number): boolean {
  let i = index - 1;
  if (i < 0) return false;
  if (code[i] === PRIME_MARK) return true;
  if (!IDENT_PART.test(code[i])) return false;
  while (i > 0 && IDENT_PART.test(code[i - 1])) i--;
  // A number such as `1e5` also matches IDENT_PART; it starts with a digit.
  return IDENT_START.test(code[i]);
}

/**
 * Replaces each prime glued to a name by `PRIME_MARK`, leaving strings and `#` comments
 * untouched. Decisions look at the text already rewritten (same offsets), so in `f''` the
 * second prime follows a mark and is marked too. `A'` becomes `Aǂ` too; the evaluator turns that back into a transpose when
 * `A` is not a function.
 */
export function markPrimes(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '#') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (c === '"' || (c === "'" && !followsName(out, i) && !isTransposeContext(out, i))) {
      const stop = stringEnd(code, i);
      out += code.slice(i, stop);
      i = stop;
    } else if (c === "'" && followsName(out, i)) {
      out += PRIME_MARK;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** `)'`, `]'`, `2'` and `''` are transposes in mathjs, not string openings. */
function isTransposeContext(code: string, i: number): boolean {
  const prev = code[i - 1];
  return prev !== undefined && /[)\]}0-9.'\u01C2]/.test(prev);
}

/** Index just past the string that opens at `start` (or the end of the code). */
export function stringEnd(code: string, start: number): number {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, code.length);
}
