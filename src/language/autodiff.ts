/**
 * Exact derivatives of a learner's functions: the parsed expression of `f(x) = …` is
 * evaluated on dual numbers (`dual.ts`) instead of plain ones; nesting them gives higher
 * orders. Supported: + − × ÷ ^, unary minus, the elementary functions of `dual.ts`, max/min,
 * sum/dot, vectors and matrices (constants, literals, indexing), comparisons and
 * `cond ? a : b`, every registry activation (through the core's closed-form f′ and f″ and
 * beyond them automatic differentiation of f″, `jets.ts`; its ∂f/∂param; and for vector
 * functions the Jacobian-vector product and, for second order, their Hessians), calls to
 * other learner functions and to their derivatives (`g'(u)`). Anything else is a clear
 * `NotDifferentiable` error — never a finite difference.
 */
import type { MathNode } from 'mathjs';
import { resolveParams } from '../core/params';
import { getActivation } from '../core/registry';
import type { ScalarActivation, VectorActivation } from '../core/types';
import * as dual from './dual';
import { type D, Dual, isDual, primal } from './dual';
import { LanguageError, unmark } from './errors';
import { functionTag } from './functionTags';
import { activationJet, nthDerivativeAt } from './jets';
import { APPLY, PRIME_CALL, printNode } from './prime';
import { asArray, toNumber } from './values';

/** A value during differentiation: a (dual) number, a boolean, or nested arrays of them. */
export type DV = D | boolean | DV[];

/** How free names resolve: the session's variables and the math namespace. */
export interface AdScope {
  lookup(name: string): unknown;
  /** Calls a function value on plain numbers (for derivatives used inside expressions). */
  call(fn: unknown, args: readonly unknown[]): unknown;
}

function notDifferentiable(what: string): LanguageError {
  return new LanguageError('NotDifferentiable', `cannot differentiate through ${unmark(what)}: it has no derivative rule here.`);
}

/** Converts a session value into something the dual evaluator understands. */
function fromValue(value: unknown, name: string): DV | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const arr = asArray(value);
  if (arr !== undefined) return arr.map((x) => (Array.isArray(x) ? (fromValue(x, name) as DV) : toNumber(x, name, 'element')));
  if (typeof value === 'object' && value !== null && ((value as { isBigNumber?: boolean }).isBigNumber || (value as { isFraction?: boolean }).isFraction)) {
    return toNumber(value, name, 'value');
  }
  return undefined;
}

function isPlain(x: DV): boolean {
  if (Array.isArray(x)) return x.every(isPlain);
  return !isDual(x);
}

function toPlainValue(x: DV): unknown {
  if (Array.isArray(x)) return x.map(toPlainValue);
  return typeof x === 'boolean' ? x : primal(x);
}

function num(x: DV, what: string): D {
  if (typeof x === 'number' || isDual(x)) return x;
  throw new LanguageError('ArgumentError', `${what} must be a number here, got ${Array.isArray(x) ? 'a vector or matrix' : 'a boolean'}.`);
}

/** Applies `f` element-wise, broadcasting a number against an array. */
function zip(a: DV, b: DV, f: (x: D, y: D) => D, what: string): DV {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) throw new LanguageError('MathError', `${what}: sizes differ (${a.length} and ${b.length}).`);
    return a.map((x, i) => zip(x, b[i], f, what));
  }
  if (Array.isArray(a)) return a.map((x) => zip(x, b, f, what));
  if (Array.isArray(b)) return b.map((y) => zip(a, y, f, what));
  return f(num(a, what), num(b, what));
}

function each(a: DV, f: (x: D) => D, what: string): DV {
  return Array.isArray(a) ? a.map((x) => each(x, f, what)) : f(num(a, what));
}

function sumAll(a: DV): D {
  if (!Array.isArray(a)) return num(a, 'sum');
  return a.reduce<D>((acc, x) => dual.add(acc, sumAll(x)), 0);
}

/** mathjs's `*`: scaling, dot product, matrix-vector and matrix-matrix products. */
function multiply(a: DV, b: DV): DV {
  if (!Array.isArray(a) || !Array.isArray(b)) return zip(a, b, dual.mul, 'multiply');
  const a2 = Array.isArray(a[0]);
  const b2 = Array.isArray(b[0]);
  const dot = (x: DV[], y: DV[]): D => {
    if (x.length !== y.length) throw new LanguageError('MathError', `multiply: sizes differ (${x.length} and ${y.length}).`);
    return x.reduce<D>((acc, xi, i) => dual.add(acc, dual.mul(num(xi, 'multiply'), num(y[i], 'multiply'))), 0);
  };
  const columns = (m: DV[][]): DV[][] => (m[0] ?? []).map((_, j) => m.map((row) => row[j]));
  if (!a2 && !b2) return dot(a, b);
  if (a2 && !b2) return (a as DV[][]).map((row) => dot(row, b));
  if (!a2 && b2) return columns(b as DV[][]).map((col) => dot(a, col));
  const cols = columns(b as DV[][]);
  return (a as DV[][]).map((row) => cols.map((col) => dot(row, col)));
}

function compare(name: string, a: DV, b: DV): boolean {
  const x = primal(num(a, name));
  const y = primal(num(b, name));
  switch (name) {
    case 'larger': return x > y;
    case 'smaller': return x < y;
    case 'largerEq': return x >= y;
    case 'smallerEq': return x <= y;
    case 'equal': return x === y;
    default: return x !== y;
  }
}

const COMPARISONS = new Set(['larger', 'smaller', 'largerEq', 'smallerEq', 'equal', 'unequal']);

/** Evaluates `node` with `env` (parameter bindings) on duals. */
export function evaluateDual(node: MathNode, env: ReadonlyMap<string, DV>, scope: AdScope): DV {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const v = fromValue(n.value, 'constant');
      if (v === undefined) throw notDifferentiable(`the constant ${String(n.value)}`);
      return v;
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (env.has(name)) return env.get(name) as DV;
      const v = fromValue(scope.lookup(name), name);
      if (v === undefined) throw notDifferentiable(`\`${name}\` (not a number)`);
      return v;
    }
    case 'ParenthesisNode':
      return evaluateDual(n.content as MathNode, env, scope);
    case 'ArrayNode':
      return (n.items as MathNode[]).map((item) => evaluateDual(item, env, scope));
    case 'ConditionalNode': {
      const c = evaluateDual(n.condition as MathNode, env, scope);
      const truthy = typeof c === 'boolean' ? c : primal(num(c, 'condition')) !== 0;
      return evaluateDual((truthy ? n.trueExpr : n.falseExpr) as MathNode, env, scope);
    }
    case 'OperatorNode':
      return operator(n.fn as string, (n.args as MathNode[]).map((a) => evaluateDual(a, env, scope)), node);
    case 'AccessorNode':
      return access(evaluateDual(n.object as MathNode, env, scope), n.index as MathNode, env, scope);
    case 'FunctionNode':
      return callNode(n.fn as MathNode, n.args as MathNode[], env, scope);
    default:
      throw notDifferentiable(`\`${printNode(node)}\``);
  }
}

function operator(fn: string, args: DV[], node: MathNode): DV {
  const [a, b] = args;
  switch (fn) {
    case 'add': return zip(a, b, dual.add, '+');
    case 'subtract': return zip(a, b, dual.sub, '-');
    case 'multiply': return multiply(a, b);
    case 'dotMultiply': return zip(a, b, dual.mul, '.*');
    case 'divide':
      if (Array.isArray(b)) throw notDifferentiable('division by a matrix');
      return zip(a, b, dual.div, '/');
    case 'dotDivide': return zip(a, b, dual.div, './');
    case 'pow':
      if (Array.isArray(a)) throw notDifferentiable('a matrix power');
      return zip(a, b, dual.pow, '^');
    case 'dotPow': return zip(a, b, dual.pow, '.^');
    case 'unaryMinus': return each(a, dual.neg, '-');
    case 'unaryPlus': return a;
    case 'not': return !truth(a);
    case 'and': return truth(a) && truth(b);
    case 'or': return truth(a) || truth(b);
    default:
      if (COMPARISONS.has(fn)) return compare(fn, a, b);
      throw notDifferentiable(`the operator in \`${printNode(node)}\``);
  }
}

function truth(x: DV): boolean {
  return typeof x === 'boolean' ? x : primal(num(x, 'condition')) !== 0;
}

function access(object: DV, index: MathNode, env: ReadonlyMap<string, DV>, scope: AdScope): DV {
  const dims = ((index as unknown as { dimensions: MathNode[] }).dimensions ?? []).map((d) => evaluateDual(d, env, scope));
  let cur: DV = object;
  for (const d of dims) {
    if (Array.isArray(d) || typeof d === 'boolean') throw notDifferentiable('indexing with a range or vector');
    const i = primal(d);
    if (!Array.isArray(cur) || !Number.isInteger(i) || i < 1 || i > cur.length) {
      throw new LanguageError('MathError', `index ${i} is out of range.`);
    }
    cur = cur[i - 1];
  }
  return cur;
}

function callNode(fnNode: MathNode, argNodes: MathNode[], env: ReadonlyMap<string, DV>, scope: AdScope): DV {
  if (fnNode.type !== 'SymbolNode') throw notDifferentiable(`\`${printNode(fnNode)}(…)\``);
  const name = (fnNode as unknown as { name: string }).name;
  if (name === PRIME_CALL) return primeCall(argNodes, env, scope);
  if (name === APPLY) return applyNode(argNodes, env, scope);
  const args = argNodes.map((a) => evaluateDual(a, env, scope));
  return applyValue(scope.lookup(name), name, args, scope);
}

/** `name(args)` for a name that is not a builtin function: a call, or a product when `name` holds a number. */
function applyNode(argNodes: MathNode[], env: ReadonlyMap<string, DV>, scope: AdScope): DV {
  const [nameNode, , ...rest] = argNodes;
  const name = String((nameNode as unknown as { value: unknown }).value);
  const args = rest.map((a) => evaluateDual(a, env, scope));
  const value: unknown = env.has(name) ? env.get(name) : scope.lookup(name);
  if (typeof value === 'function') return applyValue(value, name, args, scope);
  const factor = env.has(name) ? (value as DV) : fromValue(value, name);
  if (factor === undefined || args.length !== 1) throw notDifferentiable(`\`${name}(…)\``);
  return multiply(factor, args[0]);
}

/**
 * `g'(u)` inside an expression being differentiated. For an activation, its jet of that order;
 * for a learner's function, the derivative of g in its first argument at a (dual) u, by one
 * more level of dual numbers per prime; on plain numbers, whatever `g'` computes.
 */
function primeCall(argNodes: MathNode[], env: ReadonlyMap<string, DV>, scope: AdScope): DV {
  const [baseNode, orderNode, ...rest] = argNodes;
  const base = (baseNode as unknown as { name: string }).name;
  const order = Number((orderNode as unknown as { value: unknown }).value);
  const args = rest.map((a) => evaluateDual(a, env, scope));
  const fnValue = scope.lookup(base);
  const tag = functionTag(fnValue);
  if (tag?.kind === 'activation') {
    const act = getActivation(tag.id);
    if (act.kind === 'scalar') return scalarActivation(act, tag.order + order, args);
  }
  if (args.every(isPlain)) {
    return fromValue(scope.call(scope.lookup(base + "'".repeat(order)), args.map(toPlainValue)), base) ?? 0;
  }
  if (tag?.kind === 'learner' && !Array.isArray(args[0]) && typeof args[0] !== 'boolean') {
    const [u, ...others] = args;
    return nthDerivativeAt((v) => num(applyValue(fnValue, base, [v, ...others], scope), base), u, order);
  }
  throw notDifferentiable(`\`${base}${"'".repeat(order)}\` inside a function that is itself being differentiated`);
}

/** Calls a function value on dual arguments. */
export function applyValue(fnValue: unknown, name: string, args: DV[], scope: AdScope): DV {
  const tag = functionTag(fnValue);
  if (tag?.kind === 'learner') {
    if (args.length !== tag.params.length) {
      throw new LanguageError('ArgumentError', `${tag.name} takes ${tag.params.length} argument(s), got ${args.length}.`);
    }
    const inner = new Map<string, DV>(tag.params.map((p, i) => [p, args[i]]));
    return evaluateDual(tag.expr, inner, scope);
  }
  if (tag?.kind === 'activation') {
    const act = getActivation(tag.id);
    if (act.kind === 'scalar') return scalarActivation(act, tag.order, args);
    return vectorActivation(act, args);
  }
  if (tag === undefined && typeof fnValue === 'function') {
    const rule = builtinRule(name, args);
    if (rule !== undefined) return rule;
  }
  if (typeof fnValue === 'function' && args.every(isPlain)) {
    const v = fromValue(scope.call(fnValue, args.map(toPlainValue)), name);
    if (v !== undefined) return v;
  }
  throw notDifferentiable(`\`${name}\``);
}

function builtinRule(name: string, args: DV[]): DV | undefined {
  const unary = dual.UNARY[name];
  if (unary !== undefined && args.length === 1) return each(args[0], unary, name);
  switch (name) {
    case 'pow':
      return args.length === 2 ? zip(args[0], args[1], dual.pow, 'pow') : undefined;
    case 'max':
    case 'min': {
      const pick = name === 'max' ? dual.max : dual.min;
      const items = args.length === 1 && Array.isArray(args[0]) ? (args[0] as DV[]).flat(Infinity as 1) : args;
      if (args.length === 2 && (Array.isArray(args[0]) || Array.isArray(args[1]))) return zip(args[0], args[1], pick, name);
      return items.map((x) => num(x as DV, name)).reduce(pick);
    }
    case 'sum':
      return args.reduce<D>((acc, x) => dual.add(acc, sumAll(x)), 0);
    case 'dot':
      return args.length === 2 ? multiply((args[0] as DV[]).flat(Infinity as 1) as DV[], (args[1] as DV[]).flat(Infinity as 1) as DV[]) : undefined;
    case 'multiply':
      return args.length === 2 ? multiply(args[0], args[1]) : undefined;
    case 'add':
      return args.length === 2 ? zip(args[0], args[1], dual.add, 'add') : undefined;
    case 'subtract':
      return args.length === 2 ? zip(args[0], args[1], dual.sub, 'subtract') : undefined;
    case 'divide':
      return args.length === 2 ? zip(args[0], args[1], dual.div, 'divide') : undefined;
    case 'transpose':
      return args.length === 1 && Array.isArray(args[0]) && Array.isArray((args[0] as DV[])[0])
        ? ((args[0] as DV[][])[0].map((_, j) => (args[0] as DV[][]).map((row) => row[j])))
        : args[0];
    default:
      return undefined;
  }
}

/**
 * The `order`-th derivative of a scalar activation on duals (order 0 is f); a parameter that
 * varies uses ∂f/∂param (first order only).
 */
function scalarActivation(act: ScalarActivation, order: number, args: DV[]): DV {
  const [x, ...ps] = args;
  if (ps.length > act.params.length) {
    throw new LanguageError('ArgumentError', `${act.id} takes at most ${act.params.length} parameter(s), got ${ps.length}.`);
  }
  const given: Record<string, number> = {};
  ps.forEach((p, i) => (given[act.params[i].name] = primal(num(p, act.params[i].name))));
  const params = resolveParams(act, given);
  const label = `${act.id}${"'".repeat(order)}`;
  const inner = activationJet(act, params, order);
  return each(x, (xi) => {
    let y = inner(xi);
    // d/dt f(x, p(t)) adds ∂f/∂p · p′(t) for every parameter that varies.
    ps.forEach((p, i) => {
      if (!isDual(p)) return;
      const pname = act.params[i].name;
      const dp = order === 0 ? act.dparam?.[pname] : undefined;
      if (dp === undefined || isDual(p.d) || isDual(xi) && isDual((xi as Dual).v)) {
        throw notDifferentiable(`\`${label}\` with respect to its parameter ${pname}`);
      }
      const term = dp(primal(xi), params) * (p.d as number);
      y = isDual(y) ? new Dual(y.v, dual.add(y.d, term)) : new Dual(y, term);
    });
    return y;
  }, act.id);
}

/**
 * A vector activation on a vector of duals. First order: value f(z), tangent J·ż. Second order
 * (z + ε₁a + ε₂(b + ε₁c), the form forward-over-forward seeds produce): value f(z), ε₁ part J·a,
 * ε₂ part J·b + ε₁(J·c + D²f[a, b]), from the core's second directional derivative. Third order
 * would need third derivatives of the softmax family, which the core does not have.
 */
function vectorActivation(act: VectorActivation, args: DV[]): DV {
  const [z, ...ps] = args;
  if (!Array.isArray(z)) throw new LanguageError('ArgumentError', `${act.id}: z must be a vector.`);
  const given: Record<string, number> = {};
  ps.forEach((p, i) => {
    if (isDual(p)) throw notDifferentiable(`\`${act.id}\` with respect to its parameter ${act.params[i]?.name ?? i}`);
    given[act.params[i]?.name ?? String(i)] = primal(num(p, 'parameter'));
  });
  const params = resolveParams(act, given);
  const items = (z as DV[]).map((x) => num(x, act.id));
  const reduce = (out: DV[]): DV => (out.length === 1 && isReductionOf(act, params) ? out[0] : out);
  // Every item as a + ε₁b + ε₂(c + ε₁e); an item that is a plain number is constant in both.
  const parts = items.map(secondOrderParts);
  if (parts.some((q) => q === undefined)) {
    throw notDifferentiable(`\`${act.id}\` three or more times (its derivatives are known to second order)`);
  }
  const [a, b, c, e] = [0, 1, 2, 3].map((k) => Float64Array.from(parts, (q) => (q as number[])[k]));
  const value = Array.from(act.f(a, params));
  const nested = items.some((x) => isDual(x) && (isDual(x.v) || isDual(x.d)));
  if (!items.some(isDual)) return reduce(value);
  if (!nested) {
    // First order: the outer ε carries c (b and e are 0).
    const dy = Array.from(act.jvp(a, c, params));
    return reduce(value.map((yi, i) => new Dual(yi, dy[i])));
  }
  const jb = act.jvp(a, b, params);
  const jc = act.jvp(a, c, params);
  const je = act.jvp(a, e, params);
  const d2 = act.d2dir(a, b, c, params);
  return reduce(value.map((yi, i) => new Dual(new Dual(yi, jb[i]), new Dual(jc[i], je[i] + d2[i]))));
}

/** [a, b, c, e] with x = a + ε₁b + ε₂(c + ε₁e), or undefined when x carries a third perturbation. */
function secondOrderParts(x: D): number[] | undefined {
  if (!isDual(x)) return [x, 0, 0, 0];
  const inner = firstOrderParts(x.v);
  const outer = firstOrderParts(x.d);
  return inner === undefined || outer === undefined ? undefined : [...inner, ...outer];
}

/** [v, d] of a first-order dual, [x, 0] for a number, undefined for a deeper nesting. */
function firstOrderParts(x: D): [number, number] | undefined {
  if (!isDual(x)) return [x, 0];
  if (isDual(x.v) || isDual(x.d)) return undefined;
  return [x.v as number, x.d as number];
}

function isReductionOf(act: VectorActivation, params: Readonly<Record<string, number>>): boolean {
  // Four entries, not two: a gated unit halves its input, and must not pass for a reduction.
  return act.f(new Float64Array(4), params).length === 1;
}
