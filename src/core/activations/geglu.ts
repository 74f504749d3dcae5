import { logAbsGeluDerivative, logNormalCdf } from '../special/normalTail';
import { gatedActivation, gatedProduct, halfLength, TINY, type GateTail } from '../vector/gated';
import { geluDerivative, geluSecond, geluValue } from './gelu';

/**
 * GELU(b) = bΦ(b) has the sign of b; far to the left its log is log|b| + log Φ(b). GELU′
 * underflows only far to the left, where it is negative.
 */
const VALUE_TAIL: GateTail = { sign: (b) => Math.sign(b), logAbs: (b) => Math.log(Math.abs(b)) + logNormalCdf(b) };
const SLOPE_TAIL: GateTail = { sign: (b) => (b < 0 ? -1 : 1), logAbs: (b) => logAbsGeluDerivative(b) };

/**
 * GEGLU (Shazeer, 2020, "GLU Variants Improve Transformer"): z = [a; b] split in halves,
 *   geglu(z) = a ⊙ GELU(b),   ∂yᵢ/∂aᵢ = GELU(bᵢ),   ∂yᵢ/∂bᵢ = aᵢ (Φ(bᵢ) + bᵢ φ(bᵢ)),
 * with the exact (erf) GELU, PyTorch's default. Value first, gate second, as `F.glu` splits.
 * Where GELU(b) underflows its true sign is the sign of b; GELU′ underflows only far to the
 * left, where it is negative (GELU rises back towards 0 from its minimum at b ≈ −0.7518).
 * Example: geglu([2, 1]) = [2·GELU(1)] ≈ [1.6827].
 */
export const geglu = gatedActivation({
  id: 'geglu',
  params: [],
  meta: {
    name: 'GEGLU',
    rangeTex: '(-\\infty, \\infty)^{n/2}',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'erf',
    tex: {
      f: '\\operatorname{GEGLU}(z) = a \\odot \\operatorname{GELU}(b),\\quad z = \\begin{bmatrix} a \\\\ b \\end{bmatrix},\\ \\operatorname{GELU}(x) = x\\,\\Phi(x)',
      df: '\\frac{\\partial y_i}{\\partial a_i} = \\operatorname{GELU}(b_i),\\quad \\frac{\\partial y_i}{\\partial b_i} = a_i\\bigl(\\Phi(b_i) + b_i\\,\\varphi(b_i)\\bigr)',
    },
    plain: {
      f: 'geglu(z) = a .* gelu(b), where a is the first half of z and b the second',
      df: 'dy_i/da_i = gelu(b_i), dy_i/db_i = a_i * (Phi(b_i) + b_i * phi(b_i)); every other entry of the (n/2)×n Jacobian is 0',
    },
    origin: 'frameworks',
    related: ['gelu', 'glu', 'swiglu'],
    d2: {
      tex: '\\frac{\\partial^2 y_i}{\\partial a_i\\,\\partial b_i} = \\operatorname{GELU}\'(b_i),\\quad \\frac{\\partial^2 y_i}{\\partial b_i^2} = a_i\\,\\varphi(b_i)\\,(2 - b_i^2)',
      plain: "Hessian of y_i: d2y_i/da_i db_i = gelu'(b_i), d2y_i/db_i^2 = a_i * phi(b_i) * (2 - b_i^2), all other entries 0",
    },
  },
  f: (z) => {
    const m = halfLength('geglu', z);
    const y = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const a = z[i];
      const b = z[m + i];
      const c = geluValue(b);
      // The common case inline (finite non-zero value, gate in the normal range); the rest,
      // NaN included, goes through gatedProduct's limits and logarithms.
      y[i] = a !== 0 && Math.abs(a) < Infinity && Math.abs(c) >= TINY ? a * c : gatedProduct(a, c, b, VALUE_TAIL);
    }
    return y;
  },
  gate: {
    value: (b) => geluValue(b),
    slope: (b) => geluDerivative(b),
    curvature: (b) => geluSecond(b),
    tail: (order) => (order === 0 ? VALUE_TAIL : SLOPE_TAIL),
  },
});
