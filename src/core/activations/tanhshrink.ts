import type { ScalarActivation } from '../types';
import { d2tanh } from './tanh';

/**
 * Tanhshrink: f(x) = x − tanh(x), f′(x) = tanh²(x), f″(x) = 2 tanh(x)·sech²(x) = −tanh″(x).
 * For |x| < 1 the subtraction would cancel (f ≈ x³/3), so we use Lambert's continued fraction
 * tanh x = x/(1 + x²/(3 + x²/(5 + …))): writing D = 3 + x²/(5 + x²/(7 + …)) gives
 * x − tanh x = x³/(D + x²) with only positive terms. Twelve levels are exact to double
 * precision for |x| < 1. Example: f(0.001) ≈ 3.333e−10, f(2) ≈ 1.0360.
 */
export function tanhshrinkValue(x: number): number {
  if (!(Math.abs(x) < 1)) return x === Infinity || x === -Infinity ? x : x - Math.tanh(x);
  const x2 = x * x;
  let d = 27;
  for (let k = 25; k >= 3; k -= 2) d = k + x2 / d;
  return (x * x2) / (d + x2);
}

export const tanhshrink: ScalarActivation = {
  kind: 'scalar',
  id: 'tanhshrink',
  params: [],
  meta: {
    name: 'Tanhshrink',
    rangeTex: '(-\\infty, \\infty)',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: true,
    saturates: 'none',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: { f: '\\operatorname{tanhshrink}(x) = x - \\tanh(x)', df: "\\operatorname{tanhshrink}'(x) = \\tanh^2(x)" },
    plain: { f: 'tanhshrink(x) = x - tanh(x)', df: "tanhshrink'(x) = tanh(x)^2" },
    origin: 'frameworks',
    related: ['tanh', 'softshrink', 'hardshrink'],
    d2: { tex: "\\operatorname{tanhshrink}''(x) = 2\\tanh(x)\\,\\bigl(1 - \\tanh^2(x)\\bigr)", plain: "tanhshrink''(x) = 2 tanh(x) * (1 - tanh(x)^2)" },
  },
  f: tanhshrinkValue,
  df: (x) => {
    const t = Math.tanh(x);
    return t * t;
  },
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = tanhshrinkValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const t = Math.tanh(xs[i]);
      out[i] = t * t;
    }
  },
  d2f: (x) => -d2tanh(x),
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const e = Math.exp(-2 * Math.abs(x));
      const d = 1 + e;
      out[i] = (8 * Math.tanh(x) * e) / (d * d);
    }
  },
};
