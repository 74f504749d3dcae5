import type { ScalarActivation } from '../types';

/**
 * tanh(x) = (e^x − e^(−x))/(e^x + e^(−x)) = 2σ(2x) − 1, tanh′(x) = 1 − tanh²(x) = sech²(x).
 * The derivative is computed as 4e/(1 + e)² with e = e^(−2|x|): 1 − tanh² would cancel to
 * zero long before the true value underflows. Example: tanh′(0) = 1, tanh(1) ≈ 0.7616.
 * tanh″(x) = −2 tanh(x)·tanh′(x), from the same stable sech².
 */
function dtanh(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** tanh″(x) = −2 tanh(x) sech²(x) = −8 tanh(x)·e/(1 + e)², e = e^(−2|x|). Example: tanh″(1) ≈ −0.6397. */
export function d2tanh(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (-8 * Math.tanh(x) * e) / (d * d);
}

export const tanh: ScalarActivation = {
  kind: 'scalar',
  id: 'tanh',
  params: [],
  meta: {
    name: 'Tanh',
    rangeTex: '(-1, 1)',
    range: [-1, 1],
    zeroCentred: true,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: { f: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}', df: "\\tanh'(x) = 1 - \\tanh^2(x)" },
    plain: { f: 'tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))', df: "tanh'(x) = 1 - tanh(x)^2" },
    origin: 'note',
    related: ['sigmoid', 'hard_tanh', 'softsign', 'tanhshrink'],
    d2: { tex: "\\tanh''(x) = -2\\tanh(x)\\,\\bigl(1 - \\tanh^2(x)\\bigr)", plain: "tanh''(x) = -2 tanh(x) * (1 - tanh(x)^2)" },
  },
  // Math.tanh is fdlibm's in V8: within 1 ulp, exact limits, tanh(−0) = −0.
  f: (x) => Math.tanh(x),
  df: dtanh,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = Math.tanh(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const e = Math.exp(-2 * Math.abs(xs[i]));
      const d = 1 + e;
      out[i] = (4 * e) / (d * d);
    }
  },
  d2f: d2tanh,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const e = Math.exp(-2 * Math.abs(x));
      const d = 1 + e;
      out[i] = (-8 * Math.tanh(x) * e) / (d * d);
    }
  },
};
