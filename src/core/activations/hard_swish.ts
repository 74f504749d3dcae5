import { constant, line } from '../pieces';
import type { Piece, ScalarActivation } from '../types';

/**
 * Hard swish (MobileNetV3): f(x) = x·relu6(x + 3)/6: 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6
 * between; f′(x) = 0 for x ≤ −3, (2x + 3)/6 for −3 < x < 3, 1 for x ≥ 3: at the joins the outer
 * pieces win, f′(−3) = 0 and f′(3) = 1, as in PyTorch since pytorch/pytorch PR #148049 (torch
 * 2.13 returns these; earlier releases gave −0.5 and 1.5). Example: f(1) = 2/3, minimum −0.375 at x = −1.5.
 */
export const hardSwish: ScalarActivation = {
  kind: 'scalar',
  id: 'hard_swish',
  params: [],
  meta: {
    name: 'Hard swish',
    rangeTex: '[-0.375, \\infty)',
    range: [-0.375, Infinity],
    zeroCentred: false,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'low',
    cost: 'trivial',
    tex: {
      f: '\\operatorname{hardswish}(x) = x\\,\\frac{\\operatorname{ReLU6}(x + 3)}{6}',
      df: "\\operatorname{hardswish}'(x) = \\begin{cases} 0 & x \\le -3 \\\\ \\frac{2x + 3}{6} & -3 < x < 3 \\\\ 1 & x \\ge 3 \\end{cases}",
    },
    plain: { f: 'hard_swish(x) = x * relu6(x + 3) / 6', df: "hard_swish'(x) = 0 if x <= -3, (2x + 3)/6 if -3 < x < 3, 1 if x >= 3" },
    kinkConvention: 'hard_swish′(−3) = 0 and hard_swish′(3) = 1, the outer pieces at both joins, as in PyTorch (since pytorch/pytorch PR #148049), JAX and Keras.',
    origin: 'frameworks',
    related: ['swish', 'hard_sigmoid', 'relu6'],
    d2: {
      tex: "\\operatorname{hardswish}''(x) = \\begin{cases} \\frac13 & -3 < x < 3 \\\\ 0 & |x| > 3 \\end{cases}",
      plain: "hard_swish''(x) = 1/3 if -3 < x < 3, 0 if |x| > 3",
      convention: 'hard_swish″(±3) = 0, as PyTorch’s double backward gives (it keeps only −3 < x < 3); f″ does not exist at ±3.',
    },
  },
  f: (x) => (x <= -3 ? -0 : x >= 3 ? x : (x * (x + 3)) / 6),
  df: (x) => (x <= -3 ? 0 : x < 3 ? (2 * x + 3) / 6 : x >= 3 ? 1 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x <= -3 ? -0 : x >= 3 ? x : (x * (x + 3)) / 6;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x <= -3 ? 0 : x < 3 ? (2 * x + 3) / 6 : x >= 3 ? 1 : NaN;
    }
  },
  // The middle piece x(x + 3)/6 bends with f″ = 1/3; the outer pieces are straight.
  d2f: (x) => (x > -3 && x < 3 ? 1 / 3 : x === x ? 0 : NaN),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > -3 && x < 3 ? 1 / 3 : x === x ? 0 : NaN;
    }
  },
  pieces: () => [constant(-3, 0), HARD_SWISH_MIDDLE, line(Infinity, 1)],
};

const HARD_SWISH_MIDDLE: Piece = { to: 3, f: (x) => (x * (x + 3)) / 6, df: (x) => (2 * x + 3) / 6, d2f: () => 1 / 3 };
