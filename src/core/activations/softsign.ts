import type { Piece, ScalarActivation } from '../types';

/**
 * Softsign: f(x) = x/(1 + |x|), f′(x) = 1/(1 + |x|)². Like tanh but approaches ±1 only
 * polynomially. f(±∞) = ±1 is taken as a limit (∞/∞ would be NaN). Example: f(1) = 0.5.
 * f″(x) = −2·sign(x)/(1 + |x|)³ jumps from 2 to −2 at 0 (|x| is not smooth there), so softsign
 * is C¹ but not C²; at 0 the value 0 is returned, as PyTorch's double backward of |x| gives.
 */
/**
 * 1/(1 + |x|)², corrected for the rounding of d = 1 + |x|: with the exact residual e of that
 * sum (Knuth's branch-free TwoSum), 1/(d + e)² ≈ (1/d²)(1 − 2e/d). Without it the rounding of
 * d alone costs up to 2 ulp near x = 0. Beyond 1e300 the correction is moot (and ∞ − ∞ would
 * make it NaN), so it is skipped.
 */
function softsignDerivative(x: number): number {
  const a = Math.abs(x);
  const d = 1 + a;
  const inv = 1 / d;
  const r = inv * inv;
  if (!(a < 1e300)) return r;
  const bv = d - 1;
  const e = 1 - (d - bv) + (a - bv);
  return r - 2 * r * e * inv;
}

/** −2·sign(x)/(1 + |x|)³, with the same correction for the rounding of 1 + |x| as above. */
function softsignSecond(x: number): number {
  const a = Math.abs(x);
  const d = 1 + a;
  const inv = 1 / d;
  let r = inv * inv * inv;
  if (a < 1e300) {
    const bv = d - 1;
    const e = 1 - (d - bv) + (a - bv);
    r -= 3 * r * e * inv;
  }
  return x > 0 ? -2 * r : x < 0 ? 2 * r : x === x ? 0 : NaN;
}

/** x/(1 − x) for x < 0 and x/(1 + x) for x > 0: two rational pieces that meet at 0. */
const SOFTSIGN_PIECES: readonly Piece[] = [
  { to: 0, f: (x) => x / (1 - x), df: (x) => 1 / ((1 - x) * (1 - x)), d2f: (x) => 2 / ((1 - x) * (1 - x) * (1 - x)) },
  { to: Infinity, f: (x) => x / (1 + x), df: (x) => 1 / ((1 + x) * (1 + x)), d2f: (x) => -2 / ((1 + x) * (1 + x) * (1 + x)) },
];

export const softsign: ScalarActivation = {
  kind: 'scalar',
  id: 'softsign',
  params: [],
  meta: {
    name: 'Softsign',
    rangeTex: '(-1, 1)',
    range: [-1, 1],
    zeroCentred: true,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'trivial',
    tex: { f: '\\operatorname{softsign}(x) = \\frac{x}{1 + |x|}', df: "\\operatorname{softsign}'(x) = \\frac{1}{(1 + |x|)^2}" },
    plain: { f: 'softsign(x) = x / (1 + |x|)', df: "softsign'(x) = 1 / (1 + |x|)^2" },
    origin: 'frameworks',
    related: ['tanh', 'hard_tanh'],
    d2: {
      tex: "\\operatorname{softsign}''(x) = -\\frac{2\\operatorname{sign}(x)}{(1 + |x|)^3} \\quad (x \\ne 0)",
      plain: "softsign''(x) = -2 sign(x) / (1 + |x|)^3 for x != 0",
      convention: "softsign″(0) = 0, as PyTorch's double backward of |x| gives; f″ does not exist at 0, where it jumps from 2 to −2.",
    },
  },
  f: (x) => (x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x))),
  df: softsignDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x));
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = softsignDerivative(xs[i]);
  },
  d2f: softsignSecond,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = softsignSecond(xs[i]);
  },
  pieces: () => SOFTSIGN_PIECES,
};
