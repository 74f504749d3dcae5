import { constant, zeroSecond, zeroSecondKernel } from '../pieces';
import type { ScalarActivation } from '../types';

/**
 * Heaviside step: f(x) = 1 for x > 0, 0 for x ≤ 0; f′(x) = 0 everywhere (0 at the jump too,
 * as autograd frameworks report). It gives no gradient to learn from, which is why smooth
 * activations replaced it. f″ = 0 likewise. Example: f(0) = 0, f(1e−300) = 1.
 */
export const step: ScalarActivation = {
  kind: 'scalar',
  id: 'step',
  params: [],
  meta: {
    name: 'Step (Heaviside)',
    rangeTex: '\\{0, 1\\}',
    range: [0, 1],
    zeroCentred: false,
    monotonic: true,
    saturates: 'both',
    deadUnitRisk: 'high',
    cost: 'trivial',
    tex: { f: 'H(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}', df: "H'(x) = 0" },
    plain: { f: 'step(x) = 1 if x > 0, else 0', df: "step'(x) = 0" },
    kinkConvention: 'step(0) = 0 (like relu′(0)); step′ = 0 everywhere, including at the jump where it does not exist.',
    origin: 'frameworks',
    related: ['relu', 'sigmoid', 'identity'],
    d2: { tex: "H''(x) = 0 \\quad (x \\ne 0)", plain: "step''(x) = 0 for x != 0", convention: 'step″ = 0 everywhere, including at the jump where it does not exist.' },
  },
  f: (x) => (x > 0 ? 1 : x <= 0 ? 0 : NaN),
  df: (x) => (x === x ? 0 : NaN),
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x > 0 ? 1 : x <= 0 ? 0 : NaN;
    }
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      out[i] = x === x ? 0 : NaN;
    }
  },
  d2f: zeroSecond,
  d2kernel: zeroSecondKernel,
  pieces: () => [constant(0, 0), constant(Infinity, 1)],
};
