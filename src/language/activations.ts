/**
 * Every registry activation as a cell-language function: scalar ones element-wise over
 * numbers, vectors and matrices with their parameters positionally in registry order
 * (`leaky_relu(x, 0.2)`), vector ones over a whole vector (`softmax(z, T)`). Also the
 * derivative function values (`sigmoid'`, `sigmoid''`, …) the prime notation resolves to:
 * closed forms for f′ and f″, automatic differentiation of f″ beyond (`jets.ts`).
 */
import { resolveParams } from '../core/params';
import { REGISTRY } from '../core/registry';
import type { Activation, Params, ScalarActivation, VectorActivation } from '../core/types';
import { argumentError, LanguageError } from './errors';
import { tagFunction } from './functionTags';
import { activationJet } from './jets';
import { isMatrix, mapNested, toNumber, toVector } from './values';

/** The slice of a mathjs instance the bindings need. */
export interface TypedHost {
  typed(name: string, signatures: Record<string, (...args: never[]) => unknown>): unknown;
  matrix(data: unknown[]): unknown;
}

/** Parameter values given positionally after the input, checked by the core. */
export function positionalParams(act: Activation, label: string, values: readonly unknown[]): Params {
  if (values.length > act.params.length) {
    const names = act.params.map((p) => p.name).join(', ');
    throw new LanguageError(
      'ArgumentError',
      `${label} takes ${act.params.length === 0 ? 'no parameters' : `at most ${act.params.length} parameter(s) (${names})`} after its input, got ${values.length}.`,
    );
  }
  const given: Record<string, number> = {};
  values.forEach((v, i) => (given[act.params[i].name] = toNumber(v, label, act.params[i].name)));
  return resolveParams(act, given);
}

/**
 * Two typed signatures per function — the input alone, and the input followed by numeric
 * parameters — with the count checked by the core. Few signatures keep start-up fast,
 * and the numeric rest parameter lets `map(v, sigmoid)` see a one-argument callback.
 */
function signatures(
  onNumber: (x: number, ps: number[]) => unknown,
  onArray: (x: unknown, ps: number[]) => unknown,
): Record<string, (...args: never[]) => unknown> {
  const dispatch = (x: unknown, ps: number[]): unknown => (typeof x === 'number' ? onNumber(x, ps) : onArray(x, ps));
  return {
    'number | Array | Matrix': ((x: unknown) => dispatch(x, [])) as (...args: never[]) => unknown,
    'number | Array | Matrix, ...number': ((x: unknown, ps: number[]) => dispatch(x, ps)) as (...args: never[]) => unknown,
  };
}

/** The `order`-th derivative of a scalar activation as a function of a number and its parameters. */
function derivativeOfOrder(act: ScalarActivation, order: number): (x: number, p: Params) => number {
  if (order === 0) return act.f;
  if (order === 1) return act.df;
  if (order === 2) return act.d2f;
  return (x, p) => activationJet(act, p, order)(x) as number;
}

/** f (order 0), f′ (order 1), f″ (order 2) or a higher derivative of a scalar activation, element-wise. */
export function scalarFunction(host: TypedHost, act: ScalarActivation, order: number): unknown {
  const label = `${act.id}${"'".repeat(order)}`;
  const g = derivativeOfOrder(act, order);
  const onNumber = (x: number, ps: number[]): number => g(x, positionalParams(act, label, ps));
  const onArray = (x: unknown, ps: number[]): unknown => {
    const p = positionalParams(act, label, ps);
    const arr = isMatrix(x) ? x.toArray() : (x as unknown[]);
    const mapped = mapNested(arr, (v) => g(v, p), label, 'x');
    return isMatrix(x) ? host.matrix(mapped) : mapped;
  };
  const fn = host.typed(label, signatures(onNumber, onArray)) as object;
  return tagFunction(fn, { kind: 'activation', id: act.id, order, label });
}

/** A vector activation: vector in, vector out (a number for `logsumexp`-like ones). */
export function vectorFunction(host: TypedHost, act: VectorActivation): unknown {
  const apply = (z: unknown, ps: number[]): unknown => {
    const p = positionalParams(act, act.id, ps);
    const out = Array.from(act.f(toVector(z, act.id, 'z'), p));
    if (out.length === 1 && isReduction(act)) return out[0];
    return isMatrix(z) ? host.matrix(out) : out;
  };
  const onNumber = (): never => {
    throw argumentError(act.id, 'z', `must be a vector such as [1, 2, 3, 4]; ${act.id} works on a whole vector at once`);
  };
  const fn = host.typed(act.id, signatures(onNumber, apply)) as object;
  return tagFunction(fn, { kind: 'activation', id: act.id, order: 0, label: act.id });
}

/** Vector functions whose value is one number (the Jacobian is a single row). */
export function isReduction(act: VectorActivation): boolean {
  // Four entries, not two: a gated unit halves its input, and must not pass for a reduction.
  const probe = act.f(new Float64Array(4), resolveParams(act));
  return probe.length === 1;
}

/**
 * All registry activations by id, and each scalar one's derivative function values, which
 * are built on first use (`sigmoid'`, `sigmoid''`): most cells never need most derivatives,
 * and building typed functions is a noticeable share of the engine's start-up.
 */
export function activationBindings(host: TypedHost): {
  functions: Record<string, unknown>;
  derivative: (id: string, order: number) => unknown;
} {
  const functions: Record<string, unknown> = {};
  const scalars = new Map<string, ScalarActivation>();
  for (const act of REGISTRY) {
    if (act.kind === 'scalar') {
      functions[act.id] = scalarFunction(host, act, 0);
      scalars.set(act.id, act);
    } else {
      functions[act.id] = vectorFunction(host, act);
    }
  }
  const derivatives = new Map<string, unknown>();
  const derivative = (id: string, order: number): unknown => {
    const key = `${id}/${order}`;
    let d = derivatives.get(key);
    const act = scalars.get(id);
    if (d === undefined && act !== undefined) derivatives.set(key, (d = scalarFunction(host, act, order)));
    return d;
  };
  return { functions, derivative };
}
