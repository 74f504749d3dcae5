import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import type { CellResult } from '../../../src/language/types';

const OPTS = { precision: 6 };

/**
 * What a learner reads when a cell fails is in the kit's words, with line and column: not the
 * hidden helpers' names, not typed-function's type lists, not a JavaScript error, not the
 * source mathjs generates for a function. Each cell here showed one of those before.
 */
describe('language/errors in the kit\'s words', () => {
  const run = (code: string): CellResult => new Session().run(code, OPTS);
  const error = (code: string): { name: string; message: string; line?: number; column?: number } => {
    const r = run(code);
    assert.ok(r.error, `${code}: no error`);
    return r.error;
  };
  const text = (code: string): string => {
    const r = run(code);
    assert.strictEqual(r.error, undefined, `${code}: ${JSON.stringify(r.error)}`);
    return r.outputs.at(-1)!.items.find((i) => i.mime === 'text/plain')!.data as string;
  };

  it('checks the arguments of and/or and map-like functions instead of failing inside mathjs', () => {
    assert.deepStrictEqual(error('and()'), { name: 'ArgumentError', message: '`and` needs two values; got no arguments.', line: 1, column: 1 });
    assert.strictEqual(error('x = 1\nor(x)').message, '`or` needs two values; got 1 argument.');
    assert.strictEqual(error('x = 1\nor(x)').line, 2);
    assert.strictEqual(error('map([1, 2])').message, '`map` needs a vector or matrix and a function; got 1 argument.');
  });

  it('lets map, filter and forEach be used as values', () => {
    assert.strictEqual(text('g = map; g([0, 0], cos)'), '[1, 1]');
    assert.strictEqual(text('h = filter; h([-1, 2, 3], f(x) = x > 0)'), '[2, 3]');
  });

  it("rewrites typed-function's reports of wrong arguments", () => {
    assert.strictEqual(
      error('cos(sigmoid)').message,
      '`cos` can\'t take a function as argument 1; it takes a number, a complex number, a quantity with a unit, text or a boolean there.',
    );
    assert.strictEqual(error('add(1)').message, '`add` needs more arguments: argument 2 is missing.');
    assert.strictEqual(error("f(x) = x\nf'(1, 2)").message, "`f'` takes at most 1 argument, got 2.");
    assert.strictEqual(error('map([1, 2], 3)').message, 'the callback `3` has no variable: pass a function, or an expression in one variable such as `x > 0`.');
  });

  it('says what a name holds when it is called but is not a function', () => {
    assert.strictEqual(error('a = "hi"; a(2)').message, '`a` holds the text "hi", which can\'t be called like a function.');
    // A number before parentheses is a product, as on paper; with two arguments it cannot be.
    assert.strictEqual(text('a = 3; a(2)'), '6');
    assert.match(error('a = 1; a(2, 3)').message, /^`a` holds the number 1, not a function, so `a\(…\)` reads as a product, which takes one factor/);
    assert.deepStrictEqual(error('isPrototypeOf'), { name: 'UnknownName', message: 'Unknown name `isPrototypeOf`.', line: 1, column: 1 });
  });

  it('names the notation, not the hidden helper, when a derivative cannot go through it', () => {
    assert.strictEqual(error("f(x) = sum(2:x)\nf'(3)").message, 'cannot differentiate through `a:b`: it has no derivative rule here.');
    assert.doesNotMatch(error("f(x) = max(x, sigmoid'(x))\ng(x) = map([x], f)\ng'(1)").message, /\u01C2|'(prime|field|range)/);
  });

  it('writes a function as the cell shows it, not as mathjs generated it', () => {
    assert.strictEqual(text('string(cos)'), '"function cos"');
    assert.strictEqual(text('f(x) = x^2\nstring(f)'), '"f(x)"');
    assert.strictEqual(text('format(sigmoid)'), '"function sigmoid"');
    assert.strictEqual(text('string([cos, 1])'), '["function cos", "1"]');
  });

  it('turns JavaScript failures inside the library into a plain sentence', () => {
    const e = error('numeric(sigmoid)');
    assert.strictEqual(e.name, 'MathError');
    assert.match(e.message, /^This could not be computed: a function got an argument it cannot work with\./);
  });
});
