/**
 * `parseCell`: cell text → rewritten mathjs trees, one per statement, or a `CellError`
 * with a 1-based line and column. Pure (no session, no evaluation), so the editor's
 * language service can call it for diagnostics and hovers.
 */
import type { MathNode } from 'mathjs';
import { lineColumn, LanguageError, toCellError, unmark } from './errors';
import { sandboxedMath } from './mathInstance';
import { rewriteTree } from './prime';
import { markPrimes, PRIME_MARK } from './primeMarks';
import { splitStatements } from './split';
import type { CellError } from './types';

export interface ParsedStatement {
  /** The rewritten tree (prime notation and field access resolved to helpers). */
  readonly node: MathNode;
  /** The statement as typed. */
  readonly source: string;
  /** False when the statement ends in `;`. */
  readonly visible: boolean;
  /** 1-based position of the statement's first non-blank character. */
  readonly line: number;
  readonly column: number;
}

export type ParseResult =
  | { readonly statements: readonly ParsedStatement[]; readonly error?: undefined }
  | { readonly error: CellError; readonly statements?: undefined };

export function parseCell(code: string): ParseResult {
  const reserved = code.indexOf(PRIME_MARK);
  if (reserved >= 0) {
    return { error: { name: 'SyntaxError', message: `The character ${PRIME_MARK} is reserved.`, ...lineColumn(code, reserved) } };
  }
  const math = sandboxedMath();
  // Carriage returns (Windows line ends) and a stray byte-order mark are blanks to mathjs;
  // replacing them one for one keeps offsets.
  const marked = markPrimes(code.replace(/[\r\uFEFF]/g, ' '));
  const statements: ParsedStatement[] = [];
  for (const part of splitStatements(marked)) {
    const lead = part.text.length - part.text.trimStart().length;
    const at = lineColumn(code, part.start + lead);
    let node: MathNode;
    try {
      node = math.parse(part.text);
    } catch (e) {
      return { error: syntaxError(code, part.start, e) };
    }
    try {
      node = rewriteTree(node, math.nodes, (name) => math.has(name) && typeof math.namespace[name] === 'function');
    } catch (e) {
      return { error: toCellError(e, at) };
    }
    statements.push({ node, source: code.slice(part.start, part.start + part.text.length).trim(), visible: part.visible, ...at });
  }
  return { statements };
}

/** mathjs reports `(char N)`, 1-based within the statement; map it into the cell. */
function syntaxError(code: string, offset: number, e: unknown): CellError {
  // Deep nesting exhausts the parser's own stack: report it as such, not as bad syntax.
  if (e instanceof LanguageError || e instanceof RangeError) return toCellError(e, lineColumn(code, offset));
  const err = e as { message?: string; char?: number };
  const char = typeof err.char === 'number' ? err.char : 1;
  const message = unmark(String(err.message ?? e)).replace(/\s*\(char \d+\)$/, '');
  return { name: 'SyntaxError', message: `${message}.`.replace(/\.\.$/, '.'), ...lineColumn(code, offset + Math.max(0, char - 1)) };
}
