/**
 * Building blocks for the pieces of piecewise activations (`ScalarActivation.pieces`):
 * most pieces are straight lines, and a few are exponentials. Each piece is a formula that
 * is analytic on a neighbourhood of its interval, so `smoothness.ts` can evaluate it at a
 * join to get the one-sided limit there.
 */
import type { Piece } from './types';

/** The line f(x) = slope·x + intercept on the piece ending at `to`. */
export function line(to: number, slope: number, intercept = 0): Piece {
  return { to, f: (x) => slope * x + intercept, df: () => slope, d2f: () => 0 };
}

/** The constant f(x) = c on the piece ending at `to`. */
export function constant(to: number, c: number): Piece {
  return line(to, 0, c);
}

/**
 * f(x) = scale·(e^(x/s) − 1) on the piece ending at `to`: ELU, SELU and CELU's negative side
 * (s = 1 for ELU and SELU, s = α for CELU).
 */
export function expPiece(to: number, scale: number, s = 1): Piece {
  return {
    to,
    f: (x) => scale * Math.expm1(x / s),
    df: (x) => (scale / s) * Math.exp(x / s),
    d2f: (x) => (scale / (s * s)) * Math.exp(x / s),
  };
}

/** f″ of a function whose pieces are all lines: 0, and NaN for NaN. */
export function zeroSecond(x: number): number {
  return x === x ? 0 : NaN;
}

/** The same over an array. */
export function zeroSecondKernel(xs: Float64Array, out: Float64Array): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[i] = x === x ? 0 : NaN;
  }
}
