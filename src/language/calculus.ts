/**
 * Derivatives as cell-language functions: the prime notation's function values (`f'`, `f''`,
 * …), `jacobian`, `jvp`, `vjp`, `grad`, `dparam`, `hessian` and `hvp`. Registry activations
 * use the core's closed forms (f′, f″, Jacobian, J·v, vᵀJ, ∂f/∂param, Hessian, H·v); a learner's
 * functions use automatic differentiation (`autodiff.ts`, nested dual numbers). Never finite
 * differences.
 *
 * Orders: f′ through the `MAX_ORDER`-th derivative (`jets.ts`), for activations and a
 * learner's functions alike; f‴ and up of an activation differentiate its closed-form f″.
 * Second derivatives pass through the softmax family (its Hessians are known); third ones
 * through a vector function are not available.
 *
 * Conventions:
 * - `f'(x, a)` for a function of several arguments differentiates in the first one and
 *   holds the others fixed.
 * - `jacobian(f, v)` for a learner's `f` is the Jacobian of `v ↦ f(v)` exactly as a cell
 *   would compute `f(v)`. mathjs reads `*` between two vectors as a dot product, so
 *   `f(x) = x * sigmoid(x)` on a vector is a number and its Jacobian one row; write
 *   `x .* sigmoid(x)` for the element-wise function, whose Jacobian is diagonal.
 *   Registry activations are element-wise by definition: diag(f′(v)).
 * - Symbolic differentiation (mathjs `derivative`/`simplify`) is not offered: it works on
 *   strings and expression trees, which is exactly what the sandbox keeps out of cells.
 */
import type { MathNode } from 'mathjs';
import { getActivation } from '../core/registry';
import type { Params, ScalarActivation, VectorActivation } from '../core/types';
import { isReduction, positionalParams, type TypedHost } from './activations';
import { type AdScope, applyValue, type DV, evaluateDual } from './autodiff';
import { MAX_ORDER } from './jets';
import { derivativePart, type D, Dual, isDual, primal, seed, UNARY } from './dual';
import { argumentError, LanguageError } from './errors';
import { functionLabel, functionTag, tagFunction } from './functionTags';
import { asArray, isMatrix, mapNested, toNumber, toVector } from './values';

export interface CalculusHost extends TypedHost {
  parse(text: string): MathNode;
  /** Resolves a name in the bare math namespace (for `sin'` and friends). */
  namespaceScope: AdScope;
  /** The `order`-th derivative of a scalar activation, as a function value. */
  derivative(id: string, order: number): unknown;
}

const cache = new WeakMap<object, Map<number, unknown>>();

/** What `g'` means for a function value `g`: the function returning its `order`-th derivative. */
export function derivativeValue(host: CalculusHost, fn: unknown, order: number): unknown {
  if (typeof fn !== 'function') throw new LanguageError('ArgumentError', 'only functions have derivatives.');
  let perFn = cache.get(fn);
  if (perFn === undefined) cache.set(fn, (perFn = new Map()));
  let d = perFn.get(order);
  if (d === undefined) perFn.set(order, (d = makeDerivative(host, fn, order)));
  return d;
}

/** Refuses orders beyond `MAX_ORDER` with the reason. */
function checkOrder(label: string, order: number): void {
  if (order > MAX_ORDER) {
    throw new LanguageError(
      'NotDifferentiable',
      `${label} is not available: derivatives up to order ${MAX_ORDER} are computed (exact automatic differentiation, whose work roughly triples with each order).`,
    );
  }
}

function makeDerivative(host: CalculusHost, fn: unknown, order: number): unknown {
  const tag = functionTag(fn);
  const label = functionLabel(fn) + "'".repeat(order);
  if (tag?.kind === 'activation') {
    const act = getActivation(tag.id);
    if (act.kind === 'vector') {
      throw new LanguageError(
        'NotDifferentiable',
        `${act.id} takes a whole vector, so its derivative is a matrix: use jacobian(${act.id}, z), vjp(${act.id}, z, v) or jvp(${act.id}, z, v)` +
          (isReduction(act) ? `, and hessian(${act.id}, z) or hvp(${act.id}, z, v) for the second derivative.` : '.'),
      );
    }
    checkOrder(`${act.id}${"'".repeat(tag.order + order)}`, tag.order + order);
    return host.derivative(act.id, tag.order + order);
  }
  if (tag?.kind === 'derived') return derivativeValue(host, tag.base, tag.order + order);
  const learner = tag?.kind === 'learner' ? tag : asLearner(host, fn);
  if (learner === undefined) {
    throw new LanguageError('NotDifferentiable', `${label} is not available: ${functionLabel(fn)} has no derivative rule.`);
  }
  checkOrder(label, order);
  const arity = learner.params.length;
  const impl = (...args: unknown[]): unknown => {
    const first = asArray(args[0]);
    if (first !== undefined) {
      const mapped = mapNested(first, (x) => scalarDerivative(learner, order, [x, ...args.slice(1)]), label, 'x');
      return isMatrix(args[0]) ? host.matrix(mapped) : mapped;
    }
    return scalarDerivative(learner, order, args);
  };
  const signature = Array.from({ length: arity }, () => 'any').join(', ');
  const typedFn = host.typed(label, { [signature]: impl as (...args: never[]) => unknown }) as object;
  return tagFunction(typedFn, { kind: 'derived', base: fn, order, label });
}

type LearnerLike = { name: string; params: readonly string[]; expr: MathNode; scope: AdScope };

/** A builtin elementary function (`sin`, `exp`) seen as `g(x) = sin(x)`. */
function asLearner(host: CalculusHost, fn: unknown): LearnerLike | undefined {
  const name = functionLabel(fn);
  if (!(name in UNARY) || host.namespaceScope.lookup(name) !== fn) return undefined;
  return { name, params: ['x'], expr: host.parse(`${name}(x)`), scope: host.namespaceScope };
}

/** The `order`-th derivative of a learner function in its first argument at a number. */
function scalarDerivative(fn: LearnerLike, order: number, args: readonly unknown[]): number {
  if (args.length !== fn.params.length) {
    throw new LanguageError('ArgumentError', `${fn.name}${"'".repeat(order)} takes ${fn.params.length} argument(s), got ${args.length}.`);
  }
  const env = new Map<string, DV>();
  fn.params.forEach((p, i) => env.set(p, i === 0 ? seed(toNumber(args[0], fn.name, p), order) : constant(args[i], fn.name, p)));
  const y = evaluateDual(fn.expr, env, fn.scope);
  if (Array.isArray(y)) {
    throw new LanguageError('ArgumentError', `${fn.name} returns a vector; use jacobian(${fn.name}, z) for the derivative of a vector function.`);
  }
  if (typeof y === 'boolean') throw new LanguageError('ArgumentError', `${fn.name} returns a boolean, which has no derivative.`);
  return derivativePart(y, order);
}

function constant(value: unknown, fn: string, arg: string): DV {
  const arr = asArray(value);
  if (arr !== undefined) return mapNested(arr, (x) => x, fn, arg) as DV;
  return toNumber(value, fn, arg);
}

/** Evaluates a function value on dual inputs, for the learner (or elementary) case. */
function dualApply(host: CalculusHost, fn: unknown, z: DV, rest: readonly unknown[], fnName: string): DV {
  const tag = functionTag(fn);
  const learner = tag?.kind === 'learner' ? tag : asLearner(host, fn);
  if (learner === undefined) {
    if (tag?.kind === 'derived') {
      throw new LanguageError('NotDifferentiable', `${fnName}: the Jacobian of a derivative (${tag.label}) is not available.`);
    }
    throw argumentError(fnName, 'f', `must be an activation or a function you defined, got ${functionLabel(fn)}`);
  }
  return applyValue(fn, learner.name, [z, ...rest.map((r, i) => constant(r, fnName, `argument ${i + 3}`))], learner.scope);
}

function scalarActivationOf(fn: unknown): ScalarActivation | undefined {
  const tag = functionTag(fn);
  if (tag?.kind !== 'activation' || tag.order !== 0) return undefined;
  const act = getActivation(tag.id);
  return act.kind === 'scalar' ? act : undefined;
}

function requireFunction(fn: unknown, fnName: string): void {
  if (typeof fn !== 'function') throw argumentError(fnName, 'f', 'must be a function such as softmax, sigmoid or one you defined');
}

/** jacobian(f, z, params…): ∂fᵢ/∂zⱼ as rows. */
export function jacobian(host: CalculusHost, fn: unknown, zValue: unknown, ...params: unknown[]): number[][] {
  requireFunction(fn, 'jacobian');
  const z = toVector(zValue, 'jacobian', 'z');
  const tag = functionTag(fn);
  if (tag?.kind === 'activation' && tag.order === 0) {
    const act = getActivation(tag.id);
    const p = positionalParams(act, `jacobian(${act.id})`, params);
    if (act.kind === 'scalar') {
      return Array.from(z, (zi, i) => Array.from(z, (_, j) => (i === j ? act.df(zi, p) : 0)));
    }
    const flat = act.jacobian(z, p);
    const rows = flat.length / z.length;
    return Array.from({ length: rows }, (_, i) => Array.from(flat.subarray(i * z.length, (i + 1) * z.length)));
  }
  const columns: number[][] = [];
  for (let j = 0; j < z.length; j++) {
    const seeded = Array.from(z, (zi, k) => new Dual(zi, k === j ? 1 : 0));
    const y = dualApply(host, fn, seeded, params, 'jacobian');
    columns.push(tangentOf(y, 'jacobian'));
  }
  return columns[0] === undefined ? [] : columns[0].map((_, i) => columns.map((col) => col[i]));
}

/** The tangent part of a first-order dual result, as a flat list of outputs. */
function tangentOf(y: DV, fnName: string): number[] {
  const items = Array.isArray(y) ? y : [y];
  return items.map((x) => {
    if (Array.isArray(x) || typeof x === 'boolean') throw argumentError(fnName, 'f', 'must return a number or a vector');
    return isDual(x) ? primal(x.d as D) : 0;
  });
}

/** jvp(f, z, v, params…) = J(z)·v. */
export function jvp(host: CalculusHost, fn: unknown, zValue: unknown, vValue: unknown, ...params: unknown[]): number[] {
  requireFunction(fn, 'jvp');
  const z = toVector(zValue, 'jvp', 'z');
  const v = toVector(vValue, 'jvp', 'v');
  if (v.length !== z.length) throw argumentError('jvp', 'v', `must have the length of z (${z.length}), got ${v.length}`);
  const tag = functionTag(fn);
  if (tag?.kind === 'activation' && tag.order === 0) {
    const act = getActivation(tag.id);
    const p = positionalParams(act, `jvp(${act.id})`, params);
    if (act.kind === 'scalar') return Array.from(z, (zi, i) => act.df(zi, p) * v[i]);
    return Array.from(act.jvp(z, v, p));
  }
  const seeded = Array.from(z, (zi, k) => new Dual(zi, v[k]));
  return tangentOf(dualApply(host, fn, seeded, params, 'jvp'), 'jvp');
}

/** vjp(f, z, v, params…) = vᵀ·J(z). */
export function vjp(host: CalculusHost, fn: unknown, zValue: unknown, vValue: unknown, ...params: unknown[]): number[] {
  requireFunction(fn, 'vjp');
  const z = toVector(zValue, 'vjp', 'z');
  const v = toVector(vValue, 'vjp', 'v');
  const tag = functionTag(fn);
  if (tag?.kind === 'activation' && tag.order === 0) {
    const act = getActivation(tag.id);
    const p = positionalParams(act, `vjp(${act.id})`, params);
    if (act.kind === 'scalar') {
      if (v.length !== z.length) throw argumentError('vjp', 'v', `must have the length of z (${z.length}), got ${v.length}`);
      return Array.from(z, (zi, i) => act.df(zi, p) * v[i]);
    }
    return Array.from(act.vjp(z, v, p));
  }
  const J = jacobian(host, fn, zValue, ...params);
  if (v.length !== J.length) throw argumentError('vjp', 'v', `must have one entry per output of f (${J.length}), got ${v.length}`);
  return Array.from(z, (_, j) => J.reduce((acc, row, i) => acc + v[i] * row[j], 0));
}

/** grad(f, x): f′(x) for a number, the gradient vector for a scalar function of a vector. */
export function grad(host: CalculusHost, fn: unknown, x: unknown, ...params: unknown[]): unknown {
  requireFunction(fn, 'grad');
  if (asArray(x) === undefined) {
    const d = derivativeValue(host, fn, 1) as (...a: unknown[]) => unknown;
    return d(x, ...params);
  }
  const J = jacobian(host, fn, x, ...params);
  if (J.length !== 1) {
    throw argumentError('grad', 'f', `must return one number for a gradient; it returned ${J.length} values (use jacobian)`);
  }
  return J[0];
}

/**
 * dparam(f, 'name', x, params…): ∂f/∂name at x, element-wise, e.g.
 * `dparam(prelu, 'alpha', -2, 0.25)` = −2 (PReLU's ∂f/∂α = x for x < 0).
 */
export function dparam(host: TypedHost, fn: unknown, name: unknown, x: unknown, ...params: unknown[]): unknown {
  const act = scalarActivationOf(fn);
  if (act === undefined) throw argumentError('dparam', 'f', `must be an activation with parameters, such as prelu or swish, got ${functionLabel(fn)}`);
  if (typeof name !== 'string') throw argumentError('dparam', 'name', `must be a parameter name in quotes, e.g. '${act.params[0]?.name ?? 'alpha'}'`);
  const rule = act.dparam !== undefined && Object.prototype.hasOwnProperty.call(act.dparam, name) ? act.dparam[name] : undefined;
  if (rule === undefined) {
    const known = Object.keys(act.dparam ?? {});
    throw argumentError('dparam', 'name', `${act.id} has no derivative with respect to "${name}"` + (known.length ? `; it has: ${known.join(', ')}` : ''));
  }
  const p = positionalParams(act, `dparam(${act.id})`, params);
  const arr = asArray(x);
  if (arr === undefined) return rule(toNumber(x, 'dparam', 'x'), p);
  const mapped = mapNested(arr, (v) => rule(v, p), 'dparam', 'x');
  return isMatrix(x) ? host.matrix(mapped) : mapped;
}

/** The ε₁ε₂ coefficient of a second-order dual result that must be one number. */
function secondPart(y: DV, fnName: string): number {
  if (Array.isArray(y)) {
    if (y.length === 1 && !Array.isArray(y[0])) return secondPart(y[0], fnName);
    throw argumentError(fnName, 'f', `must return one number (a scalar function of a vector); it returned ${y.length} values`);
  }
  if (typeof y === 'boolean') throw argumentError(fnName, 'f', 'must return a number, not a boolean');
  return derivativePart(y, 2);
}

/**
 * A registry vector function with one output at z (logsumexp, maxout, a gated unit on two
 * entries) and its parameters, or a clear error for the element-wise and the vector-valued ones.
 */
function reductionOf(fn: unknown, z: Float64Array, params: readonly unknown[], fnName: string): { act: VectorActivation; p: Params } | undefined {
  const tag = functionTag(fn);
  if (tag?.kind !== 'activation' || tag.order !== 0) return undefined;
  const act = getActivation(tag.id);
  if (act.kind === 'scalar') {
    throw argumentError(
      fnName,
      'f',
      `must return one number; ${act.id} works element by element, so its second derivative is ${act.id}''(x) (element-wise, e.g. ${act.id}''(z))`,
    );
  }
  const p = positionalParams(act, `${fnName}(${act.id})`, params);
  if (act.f(z, p).length !== 1) {
    throw argumentError(
      fnName,
      'f',
      `must return one number; ${act.id} returns a vector, with one Hessian per output: define e.g. p1(z) = ${act.id}(z)[1] and use ${fnName}(p1, z)`,
    );
  }
  return { act, p };
}

/** Seeds z + ε₁·a + ε₂·b (ε₁ inside, ε₂ outside) and returns the ε₁ε₂ coefficient of f there. */
function secondDirectional(host: CalculusHost, fn: unknown, z: Float64Array, a: ArrayLike<number>, b: ArrayLike<number>, params: readonly unknown[], fnName: string): number {
  const seeded = Array.from(z, (zk, k) => new Dual(new Dual(zk, a[k]), b[k]));
  return secondPart(dualApply(host, fn, seeded, params, fnName), fnName);
}

/**
 * hessian(f, z, params…): the matrix of second partials ∂²f/∂zᵢ∂zⱼ of a scalar function of a
 * vector: the closed form for logsumexp (its Hessian is the softmax Jacobian) and maxout (0),
 * forward-over-forward automatic differentiation for a learner's function (n(n + 1)/2
 * evaluations, filled in symmetrically).
 */
export function hessian(host: CalculusHost, fn: unknown, zValue: unknown, ...params: unknown[]): number[][] {
  requireFunction(fn, 'hessian');
  const z = toVector(zValue, 'hessian', 'z');
  const n = z.length;
  const builtin = reductionOf(fn, z, params, 'hessian');
  if (builtin !== undefined) {
    const H = builtin.act.hessian(z, builtin.p, 0);
    return Array.from({ length: n }, (_, i) => Array.from(H.subarray(i * n, (i + 1) * n)));
  }
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const unit = (i: number): Float64Array => {
    const e = new Float64Array(n);
    e[i] = 1;
    return e;
  };
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const h = secondDirectional(host, fn, z, unit(i), unit(j), params, 'hessian');
      H[i][j] = h;
      H[j][i] = h;
    }
  }
  return H;
}

/**
 * hvp(f, z, v, params…) = H(z)·v without forming H: O(n) for logsumexp; n forward-over-forward
 * evaluations (one per entry) for a learner's function.
 */
export function hvp(host: CalculusHost, fn: unknown, zValue: unknown, vValue: unknown, ...params: unknown[]): number[] {
  requireFunction(fn, 'hvp');
  const z = toVector(zValue, 'hvp', 'z');
  const v = toVector(vValue, 'hvp', 'v');
  if (v.length !== z.length) throw argumentError('hvp', 'v', `must have the length of z (${z.length}), got ${v.length}`);
  const builtin = reductionOf(fn, z, params, 'hvp');
  if (builtin !== undefined) {
    return Array.from(builtin.act.hvp(z, v, builtin.p, 0));
  }
  return Array.from(z, (_, i) => {
    const e = new Float64Array(z.length);
    e[i] = 1;
    return secondDirectional(host, fn, z, e, v, params, 'hvp');
  });
}
