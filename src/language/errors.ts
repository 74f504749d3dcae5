/**
 * Errors the cell language raises on purpose, and the translation of everything else
 * (mathjs errors, core errors, a blown stack) into a `CellError` a learner can act on.
 */
import { GENERIC_FAILURE, translateForeign } from './foreignErrors';
import type { CellError } from './types';
import { PRIME_MARK } from './primeMarks';

/** An error with a learner-facing name (`ArgumentError`, `MathError`, …). */
export class LanguageError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'LanguageError';
  }
}

export function argumentError(fn: string, arg: string, message: string): LanguageError {
  return new LanguageError('ArgumentError', `${fn}: ${arg} ${message}`);
}

/** What the hidden helpers of `prime.ts` stand for, in the learner's notation. */
const HELPERS: Readonly<Record<string, string>> = { range: 'a:b', field: 'a.b', prime: "f'", primeCall: "f'(…)", apply: 'f(…)' };

/**
 * Turns internal marks back into what the learner typed (`sigmoidǂ` → `sigmoid'`), and the
 * hidden helpers' names into the notation they implement (`ǂrange` → `a:b`).
 */
export function unmark(text: string): string {
  return text
    .replace(new RegExp(`${PRIME_MARK}(primeCall|prime|field|range|apply)\\b`, 'g'), (_m, helper: string) => HELPERS[helper])
    .split(PRIME_MARK)
    .join("'");
}

/** 1-based line and column of a 0-based character offset. */
export function lineColumn(code: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < code.length; i++) {
    if (code[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const UNDEFINED = /^Undefined (?:symbol|function) (\S+)$/;

/**
 * Classifies any thrown value. `suggest` proposes a known name for an unknown one.
 * Positions are the statement's, since mathjs nodes carry none of their own. Errors the kit
 * raised itself keep their words; everything else is translated (`foreignErrors.ts`).
 */
export function toCellError(
  e: unknown,
  position?: { line: number; column: number },
  suggest?: (name: string) => string | undefined,
): CellError {
  const at = position ? { line: position.line, column: position.column } : {};
  if (e instanceof LanguageError) {
    return { name: e.errorName, message: unmark(e.message), ...at, ...(e.suggestion ? { suggestion: e.suggestion } : {}) };
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return {
      name: 'StackOverflow',
      message: 'The computation nested too deeply (for example, a function that calls itself without end). Variables and functions are kept.',
      ...at,
    };
  }
  // Something thrown that is not an Error at all says nothing a learner could use.
  if (!(e instanceof Error)) return { ...GENERIC_FAILURE, ...at };
  const message = unmark(e.message);
  const undefinedName = UNDEFINED.exec(message);
  if (undefinedName) {
    const name = undefinedName[1];
    const suggestion = suggest?.(name);
    return {
      name: 'UnknownName',
      message: `Unknown name \`${name}\`.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
      ...at,
      ...(suggestion ? { suggestion } : {}),
    };
  }
  return { ...translateForeign(e, message), ...at };
}
