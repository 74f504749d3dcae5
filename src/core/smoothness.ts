/**
 * How smooth an activation is — C⁻¹ (it jumps), C⁰, C¹, C² or C∞ — computed from its pieces
 * (`ScalarActivation.pieces`), never written by hand. At each join of two neighbouring pieces
 * the one-sided limits of f, f′ and f″ are the two pieces' formulas evaluated at the join
 * (each piece is analytic around its interval). The first derivative order whose limits
 * differ there decides that join: a jump in f makes the function discontinuous, one in f′
 * makes it C⁰, one in f″ makes it C¹. A function with no joins is one analytic formula and so
 * C∞. Joins where f, f′ and f″ all agree are reported as C² — at least C², since derivatives
 * beyond f″ are not compared (no registry function has such a join).
 * Example: ELU with α = 1 is C¹ (f″ jumps from 1 to 0 at x = 0); with α = 2, C⁰.
 */
import { resolveParams } from './params';
import type { Activation, Params, Piece } from './types';

export type SmoothnessClass = 'discontinuous' | 'C0' | 'C1' | 'C2' | 'Cinf';

/** A jump of f (order 0), f′ (1) or f″ (2) at a join: its one-sided limits there. */
export interface Jump {
  readonly order: 0 | 1 | 2;
  readonly at: number;
  readonly left: number;
  readonly right: number;
}

export interface Smoothness {
  readonly class: SmoothnessClass;
  /** Every join, in order along x. */
  readonly joins: readonly number[];
  /** The lowest-order jump at each join that has one (a join missing here is C² or better). */
  readonly jumps: readonly Jump[];
  /** The jump that decides the class (the lowest order, then the leftmost); absent for C² and C∞. */
  readonly decisive?: Jump;
}

const CLASS_BY_ORDER: readonly SmoothnessClass[] = ['discontinuous', 'C0', 'C1'];

/**
 * Whether two one-sided limits are the same number: equal, or within a few rounding errors
 * of each other (the pieces are separate formulas evaluated in double precision).
 */
function same(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 8 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** The pieces of an activation for parameters `p`, with empty pieces (e.g. λ = 0) dropped. */
function nonEmpty(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let from = -Infinity;
  for (const piece of pieces) {
    if (piece.to > from) out.push(piece);
    from = Math.max(from, piece.to);
  }
  return out;
}

/** The smoothness class of a piecewise function given by its pieces. */
export function smoothnessOfPieces(pieces: readonly Piece[]): Smoothness {
  const ps = nonEmpty(pieces);
  const joins: number[] = [];
  const jumps: Jump[] = [];
  for (let i = 0; i + 1 < ps.length; i++) {
    const b = ps[i].to;
    joins.push(b);
    const orders: [(x: number) => number, (x: number) => number][] = [
      [ps[i].f, ps[i + 1].f],
      [ps[i].df, ps[i + 1].df],
      [ps[i].d2f, ps[i + 1].d2f],
    ];
    for (let k = 0; k < orders.length; k++) {
      const left = orders[k][0](b);
      const right = orders[k][1](b);
      if (!same(left, right)) {
        jumps.push({ order: k as 0 | 1 | 2, at: b, left, right });
        break;
      }
    }
  }
  let decisive: Jump | undefined;
  for (const j of jumps) if (decisive === undefined || j.order < decisive.order) decisive = j;
  const cls: SmoothnessClass = decisive !== undefined ? CLASS_BY_ORDER[decisive.order] : joins.length > 0 ? 'C2' : 'Cinf';
  return { class: cls, joins, jumps, ...(decisive ? { decisive } : {}) };
}

/**
 * The smoothness class of a registry activation with the given parameters (defaults filled
 * in). For vector functions it is that of the restriction t ↦ f((t, 0)).
 */
export function smoothnessOf(act: Activation, params?: Params): Smoothness {
  const p = resolveParams(act, params);
  return smoothnessOfPieces(act.pieces?.(p) ?? []);
}

/** Display form of a class: C⁻¹ for a function that jumps, then C⁰, C¹, C², C∞. */
export function smoothnessLabel(cls: SmoothnessClass): string {
  return { discontinuous: 'C⁻¹', C0: 'C⁰', C1: 'C¹', C2: 'C²', Cinf: 'C∞' }[cls];
}

/** A join where the derivative of some order does not exist, with its one-sided limits there. */
export interface MissingDerivative {
  readonly at: number;
  /** The derivative order of the lowest jump at this join (0: f itself jumps). */
  readonly jumpOrder: 0 | 1 | 2;
  readonly left: number;
  readonly right: number;
}

/**
 * The joins where f⁽ᵏ⁾ (k = 1 or 2) does not exist: where f or one of its derivatives up to
 * order k jumps. `left` and `right` are the one-sided limits of f⁽ᵏ⁾ itself there (equal when a
 * lower derivative jumps and f⁽ᵏ⁾ does not, e.g. relu″ at 0: both 0).
 * Example: for ELU with α = 1, order 2 gives x = 0 with limits 1 and 0; order 1 gives nothing.
 */
export function missingDerivatives(act: Activation, order: 1 | 2, params?: Params): MissingDerivative[] {
  const p = resolveParams(act, params);
  const ps = nonEmpty(act.pieces?.(p) ?? []);
  const info = smoothnessOfPieces(ps);
  const out: MissingDerivative[] = [];
  for (let i = 0; i + 1 < ps.length; i++) {
    const at = ps[i].to;
    const jump = info.jumps.find((j) => j.at === at);
    if (jump === undefined || jump.order > order) continue;
    const g = (piece: Piece): number => (order === 1 ? piece.df(at) : piece.d2f(at));
    out.push({ at, jumpOrder: jump.order, left: g(ps[i]), right: g(ps[i + 1]) });
  }
  return out;
}
