import { expPiece, line } from '../pieces';
import type { ScalarActivation } from '../types';

/** SELU's constants from Klambauer et al. (2017), rounded to doubles as PyTorch uses them. */
const LAMBDA = 1.0507009873554805;
const ALPHA = 1.6732632423543772;
const LAMBDA_ALPHA = LAMBDA * ALPHA;

/**
 * SELU: f(x) = λx for x > 0, λα(eˣ − 1) for x ≤ 0, with λ ≈ 1.0507, α ≈ 1.6733 fixed so
 * that activations keep zero mean and unit variance through deep layers;
 * f′(x) = λ for x > 0, λαeˣ for x ≤ 0; f″(x) = 0 for x > 0, λαeˣ for x < 0, and 0 at the kink.
 * f′ jumps from λα to λ at 0, so SELU is only C⁰.
 * Example: selu(1) = 1.0507, selu(−∞) = −λα ≈ −1.7581.
 */
export const selu: ScalarActivation = {
  kind: 'scalar',
  id: 'selu',
  params: [],
  meta: {
    name: 'SELU',
    rangeTex: '(-\\lambda\\alpha, \\infty)',
    range: [-LAMBDA_ALPHA, Infinity],
    zeroCentred: false,
    monotonic: true,
    saturates: 'negative',
    deadUnitRisk: 'low',
    cost: 'exp',
    tex: {
      f: '\\operatorname{SELU}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases},\\ \\lambda \\approx 1.0507,\\ \\alpha \\approx 1.6733',
      df: "\\operatorname{SELU}'(x) = \\begin{cases} \\lambda & x > 0 \\\\ \\lambda\\alpha e^{x} & x \\le 0 \\end{cases}",
    },
    plain: {
      f: 'selu(x) = lambda * x if x > 0, else lambda * alpha * (exp(x) - 1); lambda = 1.0507, alpha = 1.6733',
      df: "selu'(x) = lambda if x > 0, else lambda * alpha * exp(x)",
    },
    kinkConvention: 'selu′(0) = λα, the left branch, as in PyTorch.',
    origin: 'frameworks',
    related: ['elu', 'celu'],
    d2: {
      tex: "\\operatorname{SELU}''(x) = \\begin{cases} 0 & x > 0 \\\\ \\lambda\\alpha e^{x} & x < 0 \\end{cases}",
      plain: "selu''(x) = 0 if x > 0, lambda * alpha * exp(x) if x < 0",
      convention: "selu″(0) = 0, as PyTorch's double backward gives; neither f′ nor f″ exists at 0.",
    },
  },
  f: (x) => (x > 0 ? LAMBDA * x : LAMBDA_ALPHA * Math.expm1(x)),
  df: (x) => (x > 0 ? LAMBDA : LAMBDA_ALPHA * Math.exp(x)),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? LAMBDA * x : LAMBDA_ALPHA * Math.expm1(x);
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? LAMBDA : LAMBDA_ALPHA * Math.exp(x);
    }
  },
  d2f: (x) => (x < 0 ? LAMBDA_ALPHA * Math.exp(x) : x >= 0 ? 0 : NaN),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x < 0 ? LAMBDA_ALPHA * Math.exp(x) : x >= 0 ? 0 : NaN;
    }
  },
  pieces: () => [expPiece(0, LAMBDA_ALPHA), line(Infinity, LAMBDA)],
};
