/**
 * Shared types of the numeric core. Every activation is one module that exports an
 * `ActivationSpec`; `registry.ts` is the single list of them. Hover cards, completion,
 * the CLI and the docs all read the registry, so nothing else lists the functions again.
 */

/** Parameter values by name, e.g. `{ alpha: 0.2 }` or `{ beta: 1.7 }`. */
export type Params = Readonly<Record<string, number>>;

export interface ParamSpec {
  /** Identifier used in the cell language and in `params`, e.g. `alpha`. */
  readonly name: string;
  /** TeX symbol for the parameter, e.g. `\\alpha`. */
  readonly tex: string;
  readonly default: number;
  /**
   * Returns an error message (English, names the constraint) when the value is not
   * allowed, e.g. celu's α = 0. Non-finite values are rejected for every parameter
   * before this is called.
   */
  readonly check?: (value: number) => string | undefined;
  /** Whether the parameter is usually learned (PReLU's α, Swish's β). */
  readonly learnable?: boolean;
}

/** Where the function's derivative becomes small (|f′| < 0.01). */
export type Saturation = 'none' | 'negative' | 'positive' | 'both';
export type DeadUnitRisk = 'none' | 'low' | 'high';
/**
 * Relative cost class: `trivial` (comparisons and multiplies), `exp` (one exp or log),
 * `multi-exp` (several transcendental calls), `erf` (needs an error function).
 * Measured costs relative to ReLU come from `npm run bench` into `generated/cost.json`.
 */
export type CostClass = 'trivial' | 'exp' | 'multi-exp' | 'erf';

export interface ActivationMeta {
  /** Display name, e.g. "Leaky ReLU". */
  readonly name: string;
  /** Output range in TeX, e.g. `(0, 1)` or `[0, \\infty)`. */
  readonly rangeTex: string;
  /** Numeric range bounds (may be ±Infinity). */
  readonly range: readonly [number, number];
  readonly zeroCentred: boolean;
  readonly monotonic: boolean;
  readonly saturates: Saturation;
  readonly deadUnitRisk: DeadUnitRisk;
  readonly cost: CostClass;
  /** Formula and derivative in TeX (KaTeX/MathJax compatible). */
  readonly tex: { readonly f: string; readonly df: string };
  /** Plain-text formula and derivative, used as alt text and in plain hovers. */
  readonly plain: { readonly f: string; readonly df: string };
  /** Convention at kinks, in English, e.g. "relu′(0) = 0, as in PyTorch". */
  readonly kinkConvention?: string;
  /** Where the function comes from: the study note, or which frameworks. */
  readonly origin: 'note' | 'frameworks';
  /** Names of related registry ids. */
  readonly related: readonly string[];
  /**
   * The second derivative: f″ in TeX and plain text, and for piecewise functions the value
   * returned where f″ does not exist (always 0 at the joins, as PyTorch's double backward
   * gives). For vector functions, the Hessian.
   */
  readonly d2: SecondDerivativeMeta;
}

export interface SecondDerivativeMeta {
  readonly tex: string;
  readonly plain: string;
  /** Convention at the joins of a piecewise function, in English. */
  readonly convention?: string;
}

/**
 * One piece of a piecewise definition: the formulas that hold on the open interval up to
 * `to` (from the previous piece's `to`, or −∞). Every piece is analytic on a neighbourhood
 * of its interval, so evaluating it at a join gives the one-sided limit there; the smoothness
 * class (`smoothness.ts`) is computed by comparing neighbouring pieces at their join.
 */
export interface Piece {
  /** Upper end of the piece; the last piece ends at +Infinity. */
  readonly to: number;
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
  readonly d2f: (x: number) => number;
}

/** A scalar activation applied element-wise. */
export interface ScalarActivation {
  readonly kind: 'scalar';
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly meta: ActivationMeta;
  /** f(x). Must be correctly handled for ±0, subnormals, ±Infinity and NaN. */
  readonly f: (x: number, p: Params) => number;
  /** f′(x), exact closed form (PyTorch conventions at kinks). */
  readonly df: (x: number, p: Params) => number;
  /**
   * f″(x), exact closed form, stable at the extremes. On linear pieces it is 0; at a join of
   * a piecewise function, where f″ does not exist, it is 0 (PyTorch's double backward).
   */
  readonly d2f: (x: number, p: Params) => number;
  /** ∂f/∂param for learnable or tunable parameters (PReLU's α, Swish's β, …). */
  readonly dparam?: Readonly<Record<string, (x: number, p: Params) => number>>;
  /**
   * The mixed second partials ∂f′/∂param = ∂²f/∂x∂param for learnable parameters, what a
   * second-order optimiser of a learnable activation needs (PReLU's α, Swish's β).
   */
  readonly mixed?: Readonly<Record<string, (x: number, p: Params) => number>>;
  /**
   * The pieces of a piecewise definition for these parameters (in order along x); absent
   * or empty for a function given by one analytic formula everywhere.
   */
  readonly pieces?: (p: Params) => readonly Piece[];
  /** Optional fast kernels over arrays; fall back to a loop over `f`/`df`/`d2f`. */
  readonly kernel?: (xs: Float64Array, out: Float64Array, p: Params) => void;
  readonly dkernel?: (xs: Float64Array, out: Float64Array, p: Params) => void;
  readonly d2kernel?: (xs: Float64Array, out: Float64Array, p: Params) => void;
}

/** A function of a whole vector (softmax family, logsumexp). */
export interface VectorActivation {
  readonly kind: 'vector';
  readonly id: string;
  readonly params: readonly ParamSpec[];
  readonly meta: ActivationMeta;
  /** Value: a vector (softmax) or a 1-element array (logsumexp). */
  readonly f: (z: Float64Array, p: Params) => Float64Array;
  /** Jacobian as an n×n row-major Float64Array (or 1×n for logsumexp). */
  readonly jacobian: (z: Float64Array, p: Params) => Float64Array;
  /** vᵀJ in O(n). */
  readonly vjp: (z: Float64Array, v: Float64Array, p: Params) => Float64Array;
  /** J·v in O(n). */
  readonly jvp: (z: Float64Array, v: Float64Array, p: Params) => Float64Array;
  /**
   * The Hessian of output `component` (0 for the functions with one output), row-major
   * n×n and symmetric: for logsumexp it is the softmax Jacobian.
   */
  readonly hessian: (z: Float64Array, p: Params, component: number) => Float64Array;
  /** H·v for output `component`, in O(n) without forming H. */
  readonly hvp: (z: Float64Array, v: Float64Array, p: Params, component: number) => Float64Array;
  /**
   * The second directional derivative of every output, D²f(z)[a, b] = (aᵀ Hᵢ b)ᵢ, in O(n):
   * what forward-over-forward differentiation of a formula that uses this function needs.
   */
  readonly d2dir: (z: Float64Array, a: Float64Array, b: Float64Array, p: Params) => Float64Array;
  /**
   * Pieces of the restriction t ↦ f((t, 0)) (its first output), for functions that are only
   * piecewise smooth (Maxout); absent for the smooth softmax family.
   */
  readonly pieces?: (p: Params) => readonly Piece[];
}

export type Activation = ScalarActivation | VectorActivation;

/** Thrown for usage mistakes: names the function and the argument. */
export class ActivationError extends Error {
  constructor(readonly fn: string, readonly argument: string, message: string) {
    super(`${fn}: ${argument}: ${message}`);
    this.name = 'ActivationError';
  }
}
