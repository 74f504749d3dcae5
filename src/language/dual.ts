/**
 * Dual numbers for exact forward-mode differentiation. A `Dual(v, d)` stands for v + d·ε
 * with ε² = 0, so f(x + ε) = f(x) + f′(x)·ε: evaluating an expression on x + ε yields the
 * value and the exact derivative at once. Nesting duals (a dual whose parts are duals)
 * gives higher derivatives: seeding x + ε₁ + ε₂ makes the ε₁ε₂ coefficient f″(x).
 * Every rule below is written with these same operations, so it nests.
 */
import { erf as erfNumber } from '../core/special/erf';

export type D = number | Dual;

export class Dual {
  constructor(
    readonly v: D,
    readonly d: D,
  ) {}
}

export function isDual(x: unknown): x is Dual {
  return x instanceof Dual;
}

/** The plain number underneath all perturbations. */
export function primal(x: D): number {
  return typeof x === 'number' ? x : primal(x.v);
}

export function add(a: D, b: D): D {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  const [av, ad] = parts(a);
  const [bv, bd] = parts(b);
  return new Dual(add(av, bv), add(ad, bd));
}

export function neg(a: D): D {
  return typeof a === 'number' ? -a : new Dual(neg(a.v), neg(a.d));
}

export function sub(a: D, b: D): D {
  return add(a, neg(b));
}

export function mul(a: D, b: D): D {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  if (typeof a === 'number') return new Dual(mul(a, (b as Dual).v), mul(a, (b as Dual).d));
  if (typeof b === 'number') return new Dual(mul(a.v, b), mul(a.d, b));
  return new Dual(mul(a.v, b.v), add(mul(a.v, b.d), mul(a.d, b.v)));
}

export function div(a: D, b: D): D {
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  if (typeof b === 'number') return new Dual(div((a as Dual).v, b), div((a as Dual).d, b));
  // (a/b)′ = (a′ b − a b′) / b²
  const [av, ad] = parts(a);
  const q = div(av, b.v);
  return new Dual(q, div(sub(ad, mul(q, b.d)), b.v));
}

function parts(x: D): [D, D] {
  return typeof x === 'number' ? [x, 0] : [x.v, x.d];
}

/**
 * Lifts a scalar function with known derivative to duals: F(v + dε) = F(v) + F′(v)·d·ε.
 * `df` receives the (possibly dual) inner value, so higher orders follow by recursion.
 */
export function lift(f: (x: number) => number, df: (x: D) => D): (x: D) => D {
  const F = (x: D): D => (typeof x === 'number' ? f(x) : new Dual(F(x.v), mul(df(x.v), x.d)));
  return F;
}

export const exp: (x: D) => D = lift(Math.exp, (x) => exp(x));
export const log: (x: D) => D = lift(Math.log, (x) => div(1, x));
export const sqrt: (x: D) => D = lift(Math.sqrt, (x) => div(0.5, sqrt(x)));
export const sin: (x: D) => D = lift(Math.sin, (x) => cos(x));
export const cos: (x: D) => D = lift(Math.cos, (x) => neg(sin(x)));
export const tan: (x: D) => D = lift(Math.tan, (x) => add(1, mul(tan(x), tan(x))));
export const tanh: (x: D) => D = lift(Math.tanh, (x) => sub(1, mul(tanh(x), tanh(x))));
export const sinh: (x: D) => D = lift(Math.sinh, (x) => cosh(x));
export const cosh: (x: D) => D = lift(Math.cosh, (x) => sinh(x));
export const atan: (x: D) => D = lift(Math.atan, (x) => div(1, add(1, mul(x, x))));
export const log1p: (x: D) => D = lift(Math.log1p, (x) => div(1, add(1, x)));
export const expm1: (x: D) => D = lift(Math.expm1, (x) => exp(x));
/** |x|′ = sign(x), with |·|′(0) = 0 as in PyTorch. */
export const abs: (x: D) => D = lift(Math.abs, (x) => Math.sign(primal(x)));
export const sign: (x: D) => D = lift(Math.sign, () => 0);
export const log2: (x: D) => D = lift(Math.log2, (x) => div(1 / Math.LN2, x));
export const log10: (x: D) => D = lift(Math.log10, (x) => div(1 / Math.LN10, x));
/** erf′(x) = (2/√π)·e^(−x²); used in GELU written by hand, x·(1 + erf(x/√2))/2. */
export const erf: (x: D) => D = lift(erfNumber, (x) => mul(2 / Math.sqrt(Math.PI), exp(neg(mul(x, x)))));
export const square = (x: D): D => mul(x, x);
export const cube = (x: D): D => mul(x, mul(x, x));

/**
 * aᵇ. A constant exponent uses b·aᵇ⁻¹ (so negative bases with integer powers work);
 * a varying one uses aᵇ = e^(b ln a), defined for a > 0.
 */
export function pow(a: D, b: D): D {
  if (typeof b === 'number') {
    if (typeof a === 'number') return Math.pow(a, b);
    if (b === 0) return 1;
    return new Dual(pow(a.v, b), mul(mul(b, pow(a.v, b - 1)), a.d));
  }
  return exp(mul(b, log(a)));
}

/** max(a, b) follows the larger primal value; on a tie the first argument wins. */
export function max(a: D, b: D): D {
  return primal(a) >= primal(b) || Number.isNaN(primal(a)) ? a : b;
}

export function min(a: D, b: D): D {
  return primal(a) <= primal(b) || Number.isNaN(primal(a)) ? a : b;
}

/**
 * Elementary functions by their cell-language name. No prototype, so a name such as
 * `constructor` or `isPrototypeOf` finds nothing here.
 */
export const UNARY: Readonly<Record<string, (x: D) => D>> = Object.assign(Object.create(null) as Record<string, (x: D) => D>, {
  exp,
  log,
  sqrt,
  sin,
  cos,
  tan,
  tanh,
  sinh,
  cosh,
  atan,
  log1p,
  expm1,
  erf,
  abs,
  sign,
  log2,
  log10,
  square,
  cube,
});

/** The coefficient of ε₁…εₙ in a value seeded with `seed(x, n)`: the n-th derivative. */
export function derivativePart(y: D, order: number): number {
  let r: D = y;
  for (let k = 0; k < order; k++) {
    if (typeof r === 'number') return 0;
    r = r.d;
  }
  return primal(r);
}

/** x + ε₁ + … + εₙ. */
export function seed(x: number, order: number): D {
  let s: D = x;
  for (let k = 0; k < order; k++) s = new Dual(s, 1);
  return s;
}
