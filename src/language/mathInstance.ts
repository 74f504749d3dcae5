/**
 * The one mathjs instance of the cell language, created on first use: the full mathjs
 * function set, minus the escape hatches (`sandbox.ts`), with size guards (`limits.ts`),
 * every registry activation, the calculus builtins, and the hidden helpers the rewritten
 * trees call (`prime.ts`). Session state never lives here — it lives in each session's scope.
 */
import { all, create, type MathJsInstance, type MathNode } from 'mathjs';
import { activationBindings } from './activations';
import type { AdScope } from './autodiff';
import { type CalculusHost, dparam, derivativeValue, grad, hessian, hvp, jacobian, jvp, vjp } from './calculus';
import { LanguageError } from './errors';
import { describeFunction } from './format';
import { checkCount, checkFormat, checkPicks, checkRange, checkShape, dimsOf } from './limits';
import { functionTag, tagFunction } from './functionTags';
import { maxoutFromWeights } from './maxout';
import { APPLY, GET_FIELD, type NodeClasses, PRIME_CALL, PRIME_OF, RANGE } from './prime';
import { DISABLED_FUNCTIONS, HIDDEN_NAMES } from './sandbox';
import { hardenTransforms } from './transforms';
import { asArray, describe } from './values';

export interface SandboxedMath extends CalculusHost {
  /** The namespace cells see (after the sandbox replacements). */
  readonly namespace: Record<string, unknown>;
  readonly nodes: NodeClasses;
  /** Every public name of the namespace, for suggestions and completion. */
  readonly names: readonly string[];
  /** Size-guarded allocators; sessions put them in front of the namespace. */
  readonly guarded: ReadonlyMap<string, unknown>;
  /** Whether a name is part of the language (and not hidden). */
  has(name: string): boolean;
}

let instance: SandboxedMath | undefined;

export function sandboxedMath(): SandboxedMath {
  return (instance ??= build());
}

function build(): SandboxedMath {
  const math = create(all) as MathJsInstance & Record<string, unknown>;
  const parse = math.parse.bind(math) as (text: string) => MathNode;
  const typed = math.typed as unknown as CalculusHost['typed'];
  const matrix = (data: unknown[]): unknown => math.matrix(data as number[]);
  const nodes = {
    SymbolNode: math.SymbolNode,
    ConstantNode: math.ConstantNode,
    FunctionNode: math.FunctionNode,
  } as unknown as NodeClasses;
  const { functions, derivative } = activationBindings({ typed, matrix });

  // Escape hatches are hidden rather than re-imported: every name a cell uses resolves
  // through the session scope first, where these resolve to functions that throw. Replacing
  // them inside mathjs would rebuild every function that depends on them (slow start-up).
  // A bare unknown name must be an unknown name: mathjs would otherwise read `W`, `b` or
  // `m` as a unit (watt, bit, metre) and fail later with a baffling unit error. Units stay
  // available explicitly through `unit("5 cm")`.
  (math.Unit as unknown as { isValuelessUnit(name: string): boolean }).isValuelessUnit = () => false;
  const hidden = new Set([...HIDDEN_NAMES, ...DISABLED_FUNCTIONS]);
  // What compiled cells can reach is mathjs's `mathWithTransform`, and only its own
  // properties: not `isPrototypeOf`, `constructor` and the rest of Object.prototype, nor the
  // instance's event methods (`emit`), inside a derivative or anywhere else.
  const reachable = (math.expression as unknown as { mathWithTransform: object }).mathWithTransform;
  const has = (name: string): boolean =>
    !hidden.has(name) && Object.prototype.hasOwnProperty.call(reachable, name) && !name.includes('Node') && !/^[A-Z]/.test(name);
  const namespaceScope: AdScope = {
    lookup(name) {
      if (has(name)) return math[name];
      throw new Error(`Undefined symbol ${name}`);
    },
    call: (fn, args) => (fn as (...a: unknown[]) => unknown)(...args),
  };
  const host: CalculusHost = { typed, matrix, parse, namespaceScope, derivative };

  const guard = (name: string, check: (args: unknown[]) => void, original = (): unknown => math[name]) => {
    return (...args: unknown[]): unknown => {
      check(args);
      return (original() as (...a: unknown[]) => unknown)(...args);
    };
  };
  const sizeOf = (x: unknown): number[] => {
    const size = (math.size as (v: unknown) => unknown)(x);
    return (Array.isArray(size) ? size : (size as { toArray(): number[] }).toArray()) as number[];
  };
  const shapeGuard = (name: string) => guard(name, (args) => checkShape(name, dimsOf(args)));

  const transposeN = (value: unknown, order: number): unknown => {
    let v = value;
    for (let k = 0; k < order; k++) v = (math.ctranspose as (x: unknown) => unknown)(v);
    return v;
  };
  const primeOf = (value: unknown, order: number): unknown =>
    typeof value === 'function' ? derivativeValue(host, value, order) : transposeN(value, order);
  const primeCall = (value: unknown, order: number, ...args: unknown[]): unknown => {
    if (typeof value === 'function') return (derivativeValue(host, value, order) as (...a: unknown[]) => unknown)(...args);
    const numeric = typeof value === 'number' || (typeof value === 'object' && value !== null);
    if (numeric && args.length === 1) return (math.multiply as (a: unknown, b: unknown) => unknown)(transposeN(value, order), args[0]);
    throw new LanguageError('ArgumentError', `only functions have derivatives; this is ${describe(value)}.`);
  };
  // `name(args)` where `name` is not a builtin function: a call of a function value, and a
  // product otherwise, as `0.5 x (1 + erf(x / sqrt(2)))` means on paper.
  const apply = (name: string, value: unknown, ...args: unknown[]): unknown => {
    if (typeof value === 'function') return (value as (...a: unknown[]) => unknown)(...args);
    const numeric = typeof value === 'number' || (typeof value === 'object' && value !== null);
    if (numeric && args.length === 1) return (math.multiply as (a: unknown, b: unknown) => unknown)(value, args[0]);
    if (!numeric) throw new LanguageError('ArgumentError', `\`${name}\` holds ${describe(value)}, which can't be called like a function.`);
    throw new LanguageError(
      'ArgumentError',
      `\`${name}\` holds ${describe(value)}, not a function, so \`${name}(…)\` reads as a product, which takes one factor in the parentheses; write \`${name} * (…)\` for a product, or define \`${name}\` as a function.`,
    );
  };
  const field = (object: unknown, key: string): unknown => {
    const isPlain = typeof object === 'object' && object !== null && Object.getPrototypeOf(object) === Object.prototype;
    if (isPlain && Object.prototype.hasOwnProperty.call(object, key)) return (object as Record<string, unknown>)[key];
    throw new LanguageError('ArgumentError', `${describe(object)} has no field \`${key}\`.`);
  };

  math.import(
    {
      ...functions,
      jacobian: (f: unknown, z: unknown, ...p: unknown[]) => jacobian(host, f, z, ...p),
      jvp: (f: unknown, z: unknown, v: unknown, ...p: unknown[]) => jvp(host, f, z, v, ...p),
      vjp: (f: unknown, z: unknown, v: unknown, ...p: unknown[]) => vjp(host, f, z, v, ...p),
      grad: (f: unknown, x: unknown, ...p: unknown[]) => grad(host, f, x, ...p),
      dparam: (f: unknown, name: unknown, x: unknown, ...p: unknown[]) => dparam(host, f, name, x, ...p),
      hessian: (f: unknown, z: unknown, ...p: unknown[]) => hessian(host, f, z, ...p),
      hvp: (f: unknown, z: unknown, v: unknown, ...p: unknown[]) => hvp(host, f, z, v, ...p),
      // maxout(z) is the registry's max over piece values; maxout(W, b, x) starts from weights.
      maxout: tagFunction(
        typed('maxout', {
          'Array | Matrix': ((z: unknown) => (functions.maxout as (z: unknown) => unknown)(z)) as (...a: never[]) => unknown,
          'Array | Matrix, Array | Matrix, Array | Matrix': maxoutFromWeights as (...a: never[]) => unknown,
        }) as object,
        { kind: 'activation', id: 'maxout', order: 0, label: 'maxout' },
      ),
      [PRIME_OF]: primeOf,
      [PRIME_CALL]: primeCall,
      [GET_FIELD]: field,
      [APPLY]: apply,
    },
    { override: true },
  );
  // Importing over a mathjs function of the same name (`tanh`) rebuilds the typed function,
  // which drops the tag saying it is the registry activation; put the tags back.
  for (const [name, fn] of Object.entries(functions)) {
    const tag = functionTag(fn);
    if (tag !== undefined && functionTag(math[name]) === undefined) tagFunction(math[name] as object, tag);
  }

  // Cells use mathjs's `range` transform (1-based, end included). It is looked up on first
  // use: resolving it pulls in much of mathjs and would slow every engine start.
  const rangeTransform = (): unknown =>
    (math.expression as unknown as { transform: Record<string, unknown> }).transform.range;
  math.import({ [RANGE]: guard('range', checkRange, rangeTransform) }, { override: true });
  const countOf = (x: unknown): number => sizeOf(x).reduce((a, b) => a * b, 1);
  const guarded = new Map<string, unknown>([
    ['range', guard('range', checkRange, rangeTransform)],
    ['zeros', shapeGuard('zeros')],
    ['ones', shapeGuard('ones')],
    ['identity', shapeGuard('identity')],
    // random(size, min, max): only an array or matrix first argument is a size.
    ['random', guard('random', (args) => typeof args[0] === 'object' && checkShape('random', dimsOf([args[0]])))],
    ['randomInt', guard('randomInt', (args) => typeof args[0] === 'object' && checkShape('randomInt', dimsOf([args[0]])))],
    // diag(v) is |v|×|v|; kron multiplies the shapes; resize and matrixFromFunction take a size.
    [
      'diag',
      guard('diag', (args) => {
        const v = dimsOf([args[0]]);
        if (v.length > 0 && sizeOf(args[0]).length === 1) checkShape('diag', [v.length, v.length]);
      }),
    ],
    ['kron', guard('kron', (args) => checkShape('kron', [...sizeOf(args[0]), ...sizeOf(args[1])]))],
    ['resize', guard('resize', (args) => checkShape('resize', dimsOf([args[1]])))],
    ['matrixFromFunction', guard('matrixFromFunction', (args) => checkShape('matrixFromFunction', dimsOf([args[0]])))],
    ['pickRandom', guard('pickRandom', checkPicks)],
    // setCartesian pairs every element of one set with every element of the other;
    // setPowerset lists all 2ⁿ subsets.
    ['setCartesian', guard('setCartesian', (args) => checkCount('setCartesian', countOf(args[0]) * countOf(args[1])))],
    ['setPowerset', guard('setPowerset', (args) => checkCount('setPowerset', Math.pow(2, countOf(args[0]))))],
    // freqz(b, a, w): a number w asks for that many frequencies (a list gives them itself).
    ['freqz', guard('freqz', (args) => asArray(args[2]) === undefined && args[2] !== undefined && checkShape('freqz', [args[2]]))],
    // `format` writes as many digits as asked (`format(3, {notation: "fixed", precision: 1e9})`).
    // Both write a function as the cell shows it, not as the source mathjs generated for it.
    ['format', guard('format', checkFormat, () => functionsAsText(math.format))],
    ['string', guard('string', () => undefined, () => functionsAsText(math.string))],
  ]);
  // A registry activation wins over a mathjs function of the same name (`identity` is the
  // activation f(x) = x here, not mathjs's identity matrix).
  for (const name of Object.keys(functions)) guarded.delete(name);

  hardenTransforms((math.expression as unknown as { mathWithTransform: Record<string, unknown> }).mathWithTransform, (name) => math[name]);

  const names = Object.keys(math).filter((n) => has(n) && !n.startsWith('_') && !n.includes('\u01C2'));
  return { ...host, namespace: math, nodes, names, has, guarded };
}

/** Functions in a value (itself, or entries of a vector or matrix) as the text a cell shows for them. */
function withFunctionsAsText(value: unknown): unknown {
  if (typeof value === 'function') return describeFunction(value);
  const arr = asArray(value);
  return arr !== undefined && containsFunction(arr) ? arr.map(withFunctionsAsText) : value;
}

function containsFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  const arr = asArray(value);
  return arr !== undefined && arr.some(containsFunction);
}

/** `format` or `string` that write functions as a cell shows them. */
function functionsAsText(fn: unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    if (typeof args[0] === 'function') return describeFunction(args[0]);
    return (fn as (...a: unknown[]) => unknown)(...args.map((a, i) => (i === 0 ? withFunctionsAsText(a) : a)));
  };
}
