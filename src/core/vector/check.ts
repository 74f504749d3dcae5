import { ActivationError } from '../types';

/** A plain number array or a Float64Array, as the library entry accepts. */
export type Vector = Float64Array | readonly number[];

/** Copies (or passes through) a vector, rejecting the empty vector and non-numbers by name. */
export function toVector(fn: string, arg: string, xs: Vector): Float64Array {
  if (!(xs instanceof Float64Array) && !Array.isArray(xs)) {
    throw new ActivationError(fn, arg, 'expected a Float64Array or an array of numbers');
  }
  if (xs.length === 0) throw new ActivationError(fn, arg, 'empty vector');
  if (xs instanceof Float64Array) return xs;
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (typeof v !== 'number') throw new ActivationError(fn, arg, `element ${i} is not a number`);
    out[i] = v;
  }
  return out;
}

/** Throws unless `v` has the length `n` of the vector it pairs with. */
export function checkSameLength(fn: string, arg: string, v: Float64Array, n: number): void {
  if (v.length !== n) throw new ActivationError(fn, arg, `length ${v.length} does not match the input's length ${n}`);
}

/** The temperature T of the softmax family must be positive and finite. */
export function checkTemperature(fn: string, T: number): void {
  if (typeof T !== 'number' || !Number.isFinite(T) || !(T > 0)) {
    throw new ActivationError(fn, 'T', `temperature must be a positive finite number, got ${String(T)}`);
  }
}
