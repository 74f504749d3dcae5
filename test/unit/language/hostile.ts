/**
 * Generators of random and hostile cells for the fuzz tests: garbage text, token soup,
 * deep nesting, huge numbers, giant matrices, odd Unicode and escape attempts.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import type { CellResult } from '../../../src/language/types';

const TOKENS = [
  'sigmoid', 'relu', 'softmax', 'jacobian', 'vjp', 'grad', 'dparam', 'maxout', 'f', 'g', 'x', 'a', 'A',
  "'", "''", '(', ')', '[', ']', '{', '}', ',', ';', '\n', ':', '.', '=', '+', '-', '*', '/', '^', '.*', '?',
  '>', '<', '==', '!', '"', '#', '1', '0', '-0', '2.5', '1e308', '1e-320', 'NaN', 'Infinity', 'pi', 'e', 'i',
  'zeros', 'ones', 'diag', 'range', 'constructor', '__proto__', 'evaluate', 'import', 'typed', 'x -> x',
  'end', 'f(x) = ', 'cm', 'to', 'in', 'and', 'or', 'not', 'true', '5 cm', '\u01C2', 'σ', '𝑥', '\u0000', '\u202e',
];

const GIANT = [
  'zeros(1e5, 1e5)', 'ones(1e6, 1e6)', '1:1e9', 'range(0, 1e12)', 'identity(1e6)', 'diag(1:1e6)',
  'resize([1], [1e5, 1e5])', 'kron(ones(1e4, 1), ones(1, 1e4))', 'random([1e5, 1e5])', 'zeros([1e4, 1e4, 1e4])',
  'ones(1e308, 2)', 'zeros(-1, 5)', 'zeros(NaN)', '1:0.000000001:1e6',
];

const ESCAPES = [
  'cos.constructor("return process")()', 'import({x: 1})', 'evaluate("1")', 'typed.clear()', 'parse("1")',
  '[].map.constructor("return 1")()', 'a = {}; a["__proto__"]["x"] = 1', 'createUnit("zz")', 'f(x) = x; f.call(1)',
  'config({number: "BigNumber"})', 'simplify("x")', 'compile("1").evaluate()',
];

const HUGE_NUMBERS = ['1e308 * 10', '2^1024', 'factorial(200)', 'exp(1000)', 'sigmoid(1e308)', "sigmoid'(-1e308)",
  'softmax([1e308, -1e308])', 'jacobian(softmax, [1e300, 0])', '-1e-320 / 1e10', 'log(0)', 'sqrt(-1)', '0/0'];

/** Cells that used to show a learner mathjs's or JavaScript's internals. */
const LEAKS = [
  'and()', 'or(1)', 'g = map; g([1, 2], cos)', 'h = filter; h([1, 2], sigmoid)', 'k = forEach; k([1], cos)', 'map([1, 2])',
  'string(cos)', 'f(x) = x^2; string(f)', 'format(sigmoid)', 'string([cos, sin])', 'cos.constructor', 'cos(sigmoid)', 'add(1)',
  'a = 1; a(2)', 'isPrototypeOf', 'constructor(1)', 'filter([1, 2], 3)', "f(x) = sum(2:x); f'(3)", "f(x) = cos.constructor; f'(1)",
  "f(x) = map([x], sigmoid'); f'(1)", "f(x) = isPrototypeOf(x); f'(1)", "f(x) = toString(x); f'(1)", 'm = mapSlices; m([1], 1, sum)',
  'matrixFromFunction([2, 2], f(i, j) = i + j)', 'x = [1, 2]; x[2:end]', '2:end', 'format(3.14, 500)', 'zeros(1)(2)', "sigmoid'(1, 2, 3)",
];

/** Arguments of every kind, small enough that no call runs long. */
const ARGUMENTS = ['1', '-2.5', '0', '"a"', '[1, 2]', '[[1, 2], [3, 4]]', 'sigmoid', 'cos', "sigmoid'", 'true', 'unit("1 cm")', '{a: 1}', 'i', 'bignumber(2)', 'NaN', '-0'];

/** Every name a cell can call, with arguments of random kinds. */
export function callSoup(names: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...names), fc.array(fc.constantFrom(...ARGUMENTS), { maxLength: 3 }))
    .map(([name, args]) => `${name}(${args.join(', ')})`);
}

export const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((ts) => ts.join(' '));
export const tightSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((ts) => ts.join(''));
export const garbage = fc.string({ unit: 'binary', maxLength: 60 });
export const nesting = fc
  .tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom(['(', ')'], ['[', ']'], ['sigmoid(', ')'], ['-', '']))
  .map(([n, [open, close]]) => open.repeat(n) + '1' + close.repeat(n));
export const giant = fc.constantFrom(...GIANT);
export const escape = fc.constantFrom(...ESCAPES);
export const hugeNumber = fc.constantFrom(...HUGE_NUMBERS);
export const leak = fc.constantFrom(...LEAKS);
export const arithmetic = fc
  .array(fc.tuple(fc.double(), fc.constantFrom('+', '-', '*', '/', '^', ', ')), { minLength: 1, maxLength: 6 })
  .map((parts) => `[${parts.map(([x, op]) => `(${Object.is(x, -0) ? '-0' : String(x)})${op}`).join('')}1]`);

/** A mix of every kind above. */
export const hostileCell = fc.oneof(tokenSoup, tightSoup, garbage, nesting, giant, escape, hugeNumber, arithmetic, leak);

/**
 * What a learner must never read: the hidden helpers' names (marked with ǂ, or unmarked as
 * `'range(`), JavaScript's own wording, typed-function's type lists, a stack trace, or the
 * source code mathjs generates for a function.
 */
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['a helper name', /\u01C2|'(?:prime|primeCall|field|range|apply)\b/],
  ['"undefined"', /undefined/],
  ["\"reading '\"", /reading '/],
  ['"is not a function"', /is not a function/],
  ["typed-function's wording", /expected: .*(?:actual|index): /],
  ['a stack trace', /\bat .*\.(?:ts|js):\d+|\n\s+at /],
  ['generated source', /theTypedFn|arguments\.length/],
];

/** A cell ends in outputs or one clean error in the kit's words — never a throw. */
export function assertClean(r: CellResult, code: string): void {
  assert.ok(Array.isArray(r.outputs), code);
  if (r.error !== undefined) {
    assert.strictEqual(typeof r.error.name, 'string', code);
    assert.ok(r.error.message.length > 0, `empty message for ${JSON.stringify(code)}`);
    assertReadable(r.error.message, code, 'error');
  }
  for (const output of r.outputs) {
    for (const item of output.items) if (item.mime === 'text/plain' && typeof item.data === 'string') assertReadable(item.data, code, 'text output');
  }
  JSON.stringify(r); // must survive the trip to the host
}

function assertReadable(text: string, code: string, what: string): void {
  for (const [name, pattern] of FORBIDDEN) {
    // Whatever the cell itself typed may be quoted back.
    const m = pattern.exec(text);
    if (m && !code.includes(m[0])) assert.fail(`${what} of ${JSON.stringify(code)} contains ${name}: ${JSON.stringify(text)}`);
  }
}
