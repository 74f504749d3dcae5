/**
 * Errors the kit did not write — mathjs's, typed-function's, the JavaScript engine's — in
 * the kit's words. typed-function reports wrong arguments with its own type names
 * ("expected: number or Complex or BigNumber, actual: function, index: 0"), mathjs quotes
 * JavaScript property names, and a slip inside a library ends as "Cannot read properties of
 * undefined (reading 'compile')". None of that helps a learner: each is rewritten, and
 * whatever still reads like internals is replaced by a plain sentence.
 */
import { PRIME_MARK } from './primeMarks';

export interface Translated {
  readonly name: string;
  readonly message: string;
}

/** typed-function's description of a wrong call (`err.data`). */
interface TypedErrorData {
  readonly category: 'wrongType' | 'tooFewArgs' | 'tooManyArgs' | 'mismatch';
  readonly fn?: string;
  readonly index?: number;
  readonly actual?: readonly string[];
  readonly expected?: readonly string[];
  readonly expectedLength?: number;
}

const KIND: Readonly<Record<string, string>> = {
  number: 'a number',
  bigint: 'a number',
  BigNumber: 'a number',
  Fraction: 'a number',
  boolean: 'a boolean',
  Complex: 'a complex number',
  Unit: 'a quantity with a unit',
  string: 'text',
  Array: 'a vector or matrix',
  Matrix: 'a vector or matrix',
  DenseMatrix: 'a vector or matrix',
  SparseMatrix: 'a vector or matrix',
  Range: 'a range',
  Index: 'an index',
  function: 'a function',
  Object: 'an object',
  Map: 'an object',
  null: 'null',
  undefined: 'nothing',
  Date: 'a date',
  RegExp: 'a pattern',
};

/** typed-function type names (`number | Array`, `ArrayNode`) as one phrase each, deduplicated. */
function kinds(types: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const group of types ?? []) {
    for (const t of group.split(/\s*\|\s*/)) {
      // `any` says nothing; `identifier` is mathjs's sub-kind of text that some values also pass.
      if (t === 'any' || t === 'identifier') continue;
      const word = Object.prototype.hasOwnProperty.call(KIND, t) ? KIND[t] : /Node$/.test(t) ? 'an expression' : 'another kind of value';
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}

function either(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** A function name as the learner knows it: `sigmoidǂ` is `sigmoid'`, hidden helpers have plain names. */
export function learnerName(name: string): string {
  if (name.startsWith(PRIME_MARK)) {
    const helper = name.slice(PRIME_MARK.length);
    return helper === 'range' ? 'range' : helper === 'field' ? 'a field' : helper === 'apply' ? 'a function call' : 'a derivative';
  }
  return name.split(PRIME_MARK).join("'");
}

function translateTyped(data: TypedErrorData, message: string): Translated {
  const fn = `\`${learnerName(data.fn ?? /function (\S+?)\.?$/.exec(message)?.[1] ?? 'this function')}\``;
  const position = (data.index ?? 0) + 1;
  switch (data.category) {
    case 'wrongType': {
      const got = either(kinds(data.actual)) || 'this value';
      const wanted = either(kinds(data.expected));
      return { name: 'ArgumentError', message: `${fn} can't take ${got} as argument ${position}${wanted ? `; it takes ${wanted} there` : ''}.` };
    }
    case 'tooFewArgs':
      return { name: 'ArgumentError', message: `${fn} needs more arguments: argument ${data.index! + 1} is missing.` };
    case 'tooManyArgs': {
      const most = data.expectedLength ?? 0;
      return { name: 'ArgumentError', message: `${fn} takes at most ${most} argument${most === 1 ? '' : 's'}, got ${data.index}.` };
    }
    default:
      return { name: 'ArgumentError', message: `${fn} can't take arguments of these kinds (${either(kinds(data.actual)) || 'as given'}).` };
  }
}

/** Rewrites of mathjs messages that quote its internals; `undefined` when none applies. */
const REWRITES: readonly [RegExp, (m: RegExpExecArray) => Translated][] = [
  [/^No access to (?:property|method) "(.+)"$/, (m) => ({ name: 'UnknownName', message: `Unknown name \`${m[1]}\`.` })],
  [
    /^'(.+)' is not a function; its value is:\s*([\s\S]*)$/,
    (m) => ({ name: 'MathError', message: `\`${learnerName(m[1])}\` holds ${shorten(m[2].trim())}, which can't be called like a function.` }),
  ],
  [
    /^No undefined variable found in inline expression "(.*)"$/,
    (m) => ({ name: 'ArgumentError', message: `the callback \`${m[1]}\` has no variable: pass a function, or an expression in one variable such as \`x > 0\`.` }),
  ],
  [
    /^Wrong number of arguments in function (\S+) \((\d+) provided, ([\d-]+) expected\)$/,
    (m) => ({ name: 'ArgumentError', message: `\`${learnerName(m[1])}\` takes ${m[3].replace('-', ' to ')} arguments, got ${m[2]}.` }),
  ],
  [/^(?:toPrecision|toFixed|toExponential)\(\) (?:argument|digits)[^\d]*(\d+) and (\d+)$/, (m) => ({ name: 'ArgumentError', message: `the number of digits must be from ${m[1]} to ${m[2]} here.` })],
];

/** What no learner-facing message may contain: internal names, JavaScript's own wording, source code. */
const INTERNAL = [
  /\u01C2/,
  /'(?:prime|primeCall|field|range|apply)\(/,
  /\bundefined\b/,
  /reading '/,
  /is not a function/,
  /is not iterable/,
  /is not a constructor/,
  /Cannot (?:read|set) propert/,
  /Cannot convert undefined or null/,
  /Cannot destructure/,
  /\bat .*\.(?:ts|js):\d+/,
  /theTypedFn|arguments\.length/,
  /\bexpected: .*(?:actual|index): /,
];

/** Whether a message reads like the kit's internals rather than like the kit. */
export function soundsInternal(message: string): boolean {
  return INTERNAL.some((pattern) => pattern.test(message));
}

/** A plain sentence for a failure whose own message would only confuse. */
export const GENERIC_FAILURE: Translated = {
  name: 'MathError',
  message: 'This could not be computed: a function got an argument it cannot work with. Check what each argument is (a number, a vector, a function, …) and how many there are.',
};

const SIZE = /^(?:Invalid array length|Invalid string length|Invalid typed array length|Array buffer allocation failed)/;

/**
 * The kit's version of an error thrown by mathjs, typed-function or JavaScript (already
 * stripped of prime marks). Undefined names are handled by the caller.
 */
export function translateForeign(e: Error, message: string): Translated {
  const data = (e as Error & { data?: TypedErrorData }).data;
  if (data !== undefined && typeof data === 'object' && typeof data.category === 'string') return translateTyped(data, message);
  if (SIZE.test(message)) {
    return { name: 'TooLarge', message: 'The result would be larger than the engine can hold. Try a smaller size.' };
  }
  for (const [pattern, rewrite] of REWRITES) {
    const m = pattern.exec(message);
    if (m) return rewrite(m);
  }
  const name = e.name === 'ActivationError' ? 'ArgumentError' : 'MathError';
  return soundsInternal(message) ? GENERIC_FAILURE : { name, message };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
