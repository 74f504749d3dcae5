/**
 * Registry activations on (nested) dual numbers, to any order the language offers. At plain
 * numbers f, f′ and f″ are the core's closed forms, so values and the first two derivatives
 * meet the core's accuracy rule. f‴ and beyond come from differentiating f″'s formula, written
 * here once more in dual arithmetic (`SECOND`), by automatic differentiation: exact up to
 * rounding, never a finite difference.
 *
 * Each level of nesting multiplies the work of a product by about three, so derivatives are
 * offered up to `MAX_ORDER`.
 */
import { logistic, logisticDerivative, logisticSecond, log1pexp } from '../core/special/logistic';
import { normalPdf } from '../core/special/gaussian';
import type { Params, ScalarActivation } from '../core/types';
import { add, type D, div, Dual, exp, isDual, lift, mul, neg, pow, primal, sub, tanh } from './dual';

/** The highest derivative order the cell language computes (f′ is order 1). */
export const MAX_ORDER = 8;

/**
 * g′ at x as a dual value: the coefficient of a fresh outermost ε in g(x + ε). x may itself
 * carry perturbations (inner ε's); the result keeps them, which is what lets rules nest.
 */
export function derivativeAt(g: (x: D) => D, x: D): D {
  const y = g(new Dual(x, 1));
  return isDual(y) ? y.d : 0;
}

/** The n-th derivative of g at x, by nesting `derivativeAt`. */
export function nthDerivativeAt(g: (x: D) => D, x: D, n: number): D {
  if (n === 0) return g(x);
  return derivativeAt((v) => nthDerivativeAt(g, v, n - 1), x);
}

/** σ, σ′ and σ″ lifted to every order: σ‴ and up differentiate σ″ = σ′(1 − 2σ). */
export const sigmoidD: (x: D) => D = lift(logistic, (x) => sigmoidPrimeD(x));
export const sigmoidPrimeD: (x: D) => D = lift(logisticDerivative, (x) => sigmoidSecondD(x));
export const sigmoidSecondD: (x: D) => D = lift(logisticSecond, (x) => derivativeAt(sigmoidSecondFormula, x));
function sigmoidSecondFormula(x: D): D {
  return mul(sigmoidPrimeD(x), sub(1, mul(2, sigmoidD(x))));
}

/** softplus(x) = log(1 + eˣ), whose derivative is σ. */
const softplusD: (x: D) => D = lift(log1pexp, sigmoidD);
/** φ(x) = e^(−x²/2)/√(2π), with φ′ = −xφ. */
const normalPdfD: (x: D) => D = lift(normalPdf, (x) => mul(neg(x), normalPdfD(x)));
/**
 * sech²(y) = 4e/(1 + e)² with e = e^(−2y) for y ≥ 0 and e = e^(2y) below: two forms of the same
 * function (so every derivative is right), the one chosen never overflows, and unlike
 * 1 − tanh² it keeps its relative precision in the tails.
 */
function sech2(y: D): D {
  const e = exp(mul(primal(y) >= 0 ? -2 : 2, y));
  const d = add(1, e);
  return div(mul(4, e), mul(d, d));
}

/** tanh″ = −2 tanh·sech². */
function tanhSecond(x: D): D {
  return mul(-2, mul(tanh(x), sech2(x)));
}

/** swish″ = β(2σ′(u) + uσ″(u)), u = βx. */
function swishSecond(x: D, beta: number): D {
  const u = mul(beta, x);
  return mul(beta, add(mul(2, sigmoidPrimeD(u)), mul(u, sigmoidSecondD(u))));
}

/** √(2/π) and the cubic coefficient of GELU's tanh approximation. */
const GELU_C = 0.7978845608028654;
const GELU_K = 0.044715;

const zero = (): D => 0;
const below = (x: D, at: number): boolean => primal(x) < at;

/**
 * f″ of every scalar activation in dual arithmetic (piecewise ones by the branch of the primal
 * value, with 0 at the joins as in the core). A test checks that every registry id has one and
 * that it agrees with the core's f″.
 */
export const SECOND: Readonly<Record<string, (x: D, p: Params) => D>> = {
  sigmoid: (x) => sigmoidSecondD(x),
  tanh: tanhSecond,
  relu: zero,
  leaky_relu: zero,
  prelu: zero,
  elu: (x, p) => (below(x, 0) ? mul(p.alpha, exp(x)) : 0),
  selu: (x) => (below(x, 0) ? mul(1.0507009873554805 * 1.6732632423543772, exp(x)) : 0),
  celu: (x, p) => (below(x, 0) ? div(exp(div(x, p.alpha)), p.alpha) : 0),
  swish: (x, p) => swishSecond(x, p.beta),
  silu: (x) => swishSecond(x, 1),
  mish: (x) => {
    // f″ = sech²(s)·σ(x)·(2 + x(σ(−x) − 2 tanh(s)σ(x))), s = softplus(x).
    const s = softplusD(x);
    const sig = sigmoidD(x);
    const inner = sub(sigmoidD(neg(x)), mul(mul(2, tanh(s)), sig));
    return mul(mul(sech2(s), sig), add(2, mul(x, inner)));
  },
  gelu: (x) => mul(normalPdfD(x), sub(2, mul(x, x))),
  gelu_tanh: (x) => {
    // f = x·σ(w), w = 2√(2/π)(x + Kx³): f″ = σ′(w)(2w′ + x w″) + x σ″(w) w′².
    const w = mul(2 * GELU_C, add(x, mul(GELU_K, mul(x, mul(x, x)))));
    const w1 = mul(2 * GELU_C, add(1, mul(3 * GELU_K, mul(x, x))));
    const w2 = mul(12 * GELU_C * GELU_K, x);
    return add(mul(sigmoidPrimeD(w), add(mul(2, w1), mul(x, w2))), mul(mul(x, sigmoidSecondD(w)), mul(w1, w1)));
  },
  softplus: (x, p) => (primal(x) * p.beta >= p.threshold ? 0 : mul(p.beta, sigmoidPrimeD(mul(p.beta, x)))),
  log_sigmoid: (x) => neg(sigmoidPrimeD(x)),
  hard_sigmoid: zero,
  hard_swish: (x) => (primal(x) > -3 && primal(x) < 3 ? 1 / 3 : 0),
  hard_tanh: zero,
  relu6: zero,
  softsign: (x) => {
    const v = primal(x);
    if (v > 0) return div(-2, pow(add(1, x), 3));
    if (v < 0) return div(2, pow(sub(1, x), 3));
    return 0;
  },
  tanhshrink: (x) => neg(tanhSecond(x)),
  softshrink: zero,
  hardshrink: zero,
  squareplus: (x, p) => (p.b === 0 ? 0 : div(p.b, mul(2, pow(add(mul(x, x), p.b), 1.5)))),
  identity: zero,
  step: zero,
};

/**
 * The `order`-th derivative of a scalar activation (order 0 is f itself) as a function on
 * duals, its parameters fixed. Closed forms at plain numbers for orders 0–2; automatic
 * differentiation of f″'s formula beyond.
 */
export function activationJet(act: ScalarActivation, p: Params, order: number): (x: D) => D {
  const formula = SECOND[act.id];
  if (formula === undefined) throw new Error(`no second-derivative formula for "${act.id}"`);
  const f2: (x: D) => D = lift(
    (x) => act.d2f(x, p),
    (x) => derivativeAt((v) => formula(v, p), x),
  );
  const f1 = lift((x) => act.df(x, p), f2);
  const f0 = lift((x) => act.f(x, p), f1);
  if (order <= 2) return [f0, f1, f2][order];
  return (x) => nthDerivativeAt(f2, x, order - 2);
}
