/**
 * mathjs's raw-argument transforms — `map`, `filter`, `forEach`, `and`, `or`, … — get the
 * unevaluated argument expressions when a cell calls them by name, so that `map(v, x^2)` can
 * read `x^2` as a function. They break in two ways a learner can reach:
 * - called with too few arguments they read past the end of the list
 *   (`and()` → "Cannot read properties of undefined (reading 'compile')");
 * - stored in a variable (`g = map`) they are later called with values instead of
 *   expressions (`g([1, 2], cos)` → "args.slice is not a function").
 * Each is replaced by a wrapper that checks the number of arguments first, and hands a call
 * with values to the plain function of the same name.
 */
import { LanguageError } from './errors';

interface RawArgsFunction {
  (args: unknown[], math: unknown, scope: unknown): unknown;
  rawArgs?: boolean;
}

/** Each transform with the fewest arguments it needs and what they are. */
const ARITY: Readonly<Record<string, { readonly min: number; readonly what: string }>> = {
  map: { min: 2, what: 'a vector or matrix and a function' },
  filter: { min: 2, what: 'a vector and a test, such as x > 0' },
  forEach: { min: 2, what: 'a vector or matrix and a function' },
  and: { min: 2, what: 'two values' },
  or: { min: 2, what: 'two values' },
  bitAnd: { min: 2, what: 'two values' },
  bitOr: { min: 2, what: 'two values' },
  nullish: { min: 2, what: 'two values' },
};

function isExpressionList(args: unknown): args is unknown[] {
  return Array.isArray(args) && args.every((a) => typeof a === 'object' && a !== null && (a as { isNode?: unknown }).isNode === true);
}

/**
 * Wraps the transforms in `withTransform` (mathjs's `expression.mathWithTransform`, which
 * compiled cells read) without resolving them: each is built on first use, as mathjs does.
 */
export function hardenTransforms(withTransform: Record<string, unknown>, plain: (name: string) => unknown): void {
  for (const [name, { min, what }] of Object.entries(ARITY)) {
    const descriptor = Object.getOwnPropertyDescriptor(withTransform, name);
    if (descriptor === undefined) continue;
    const original = (): RawArgsFunction => (descriptor.get ? descriptor.get.call(withTransform) : descriptor.value) as RawArgsFunction;
    let wrapped: RawArgsFunction | undefined;
    const build = (): RawArgsFunction => {
      const transform = original();
      const fn: RawArgsFunction = function (this: unknown, ...callArgs: unknown[]): unknown {
        const [args, math, scope] = callArgs;
        if (callArgs.length === 3 && isExpressionList(args)) {
          if (args.length < min) {
            throw new LanguageError('ArgumentError', `\`${name}\` needs ${what}; got ${args.length === 0 ? 'no arguments' : `${args.length} argument${args.length === 1 ? '' : 's'}`}.`);
          }
          return transform(args, math, scope);
        }
        return (plain(name) as (...a: unknown[]) => unknown)(...callArgs);
      };
      fn.rawArgs = true;
      return fn;
    };
    Object.defineProperty(withTransform, name, {
      get: () => (wrapped ??= build()),
      configurable: true,
      enumerable: true,
    });
  }
}
