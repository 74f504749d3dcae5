/**
 * Reading a cell's text around the cursor without parsing it: the name under the cursor
 * (with its prime marks), the call the cursor is inside, and names defined by assignments.
 */

export interface Word {
  /** The identifier, without primes. */
  readonly name: string;
  /** Number of prime marks after it (`sigmoid'` → 1). */
  readonly primes: number;
  /** Offsets of the whole word including primes, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_]/;
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*'*/g;

/**
 * The identifier (plus trailing `'` marks) under `offset`, or ending at it. A run of
 * letters right after a digit (`1e5`, `2x`'s `x` is fine but `e5` is not) belongs to a number.
 */
export function wordAt(text: string, offset: number): Word | undefined {
  let touching: Word | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > offset) break;
    if (end < offset) continue;
    const before = text[start - 1] ?? '';
    if (/[0-9.]/.test(before) && /^[eE][0-9]/.test(m[0])) continue;
    const name = m[0].replace(/'+$/, '');
    const word = { name, primes: m[0].length - name.length, start, end };
    if (offset < end) return word;
    touching = word;
  }
  return touching;
}

export interface EnclosingCall {
  /** The called name, without primes. */
  readonly name: string;
  readonly primes: number;
  /** Index of the argument the cursor is in (0-based). */
  readonly argument: number;
  /** Offset just after the opening parenthesis. */
  readonly open: number;
}

/** The innermost unclosed call `name(` before `offset`, and which argument the cursor is in. */
export function enclosingCall(text: string, offset: number): EnclosingCall | undefined {
  let depth = 0;
  let argument = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return undefined;
      depth--;
    } else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      let j = i;
      let primes = 0;
      while (j > 0 && text[j - 1] === "'") {
        j--;
        primes++;
      }
      let s = j;
      while (s > 0 && IDENT.test(text[s - 1])) s--;
      if (s === j || !IDENT_START.test(text[s])) return undefined;
      return { name: text.slice(s, j), primes, argument, open: i + 1 };
    } else if (c === ',' && depth === 0) argument++;
    else if (c === ';' && depth === 0) return undefined;
  }
  return undefined;
}

export interface Definition {
  readonly name: string;
  /** Parameter names when it defines a function (`f(x) = …`). */
  readonly params?: readonly string[];
  /** The statement's text, for completion details. */
  readonly text: string;
}

const ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^()]*)\))?\s*=(?!=)/;

/** Names assigned at the top level of a cell (`a = 3`, `f(x) = x^2`), in order. */
export function definitionsIn(text: string): Definition[] {
  const out: Definition[] = [];
  for (const statement of text.split(/[\n;]/)) {
    const m = ASSIGNMENT.exec(statement);
    if (!m) continue;
    const params = m[2] !== undefined ? m[2].split(',').map((p) => p.trim()).filter((p) => p.length > 0) : undefined;
    out.push({ name: m[1], ...(params ? { params } : {}), text: statement.trim() });
  }
  return out;
}
