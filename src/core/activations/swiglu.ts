import { logistic, logSigmoid } from '../special/logistic';
import { gatedActivation, gatedProduct, halfLength, TINY, type GateTail } from '../vector/gated';
import { swishDerivative, swishSecond, swishValue } from './swish';

/**
 * Swish_β(b) = bσ(βb) has the sign of b and log |b| + log σ(βb). Its slope
 * σ(u)(1 + uσ(−u)), u = βb, underflows only where u is far below 0, where it is negative.
 */
function swishTail(order: 0 | 1, beta: number): GateTail {
  if (order === 0) return { sign: (b) => Math.sign(b), logAbs: (b) => Math.log(Math.abs(b)) + logSigmoid(beta * b) };
  return {
    sign: (b) => (beta * b < 0 ? -1 : 1),
    logAbs: (b) => {
      const u = beta * b;
      return logSigmoid(u) + Math.log(Math.abs(1 + u * logistic(-u)));
    },
  };
}

/**
 * SwiGLU (Shazeer, 2020): z = [a; b] split in halves, with Swish_β(x) = x σ(βx),
 *   swiglu(z; β) = a ⊙ Swish_β(b),   ∂yᵢ/∂aᵢ = Swish_β(bᵢ),
 *   ∂yᵢ/∂bᵢ = aᵢ (σ(βbᵢ) + βbᵢ σ(βbᵢ)σ(−βbᵢ)).
 * β = 1 by default, which makes the gate SiLU, as in PaLM and LLaMA. Value first, gate
 * second, as `F.glu` splits. Where Swish_β(b) underflows its true sign is the sign of b;
 * Swish_β′ underflows only where βb is far below 0, and is negative there.
 * Example: swiglu([2, 1]) = [2·silu(1)] ≈ [1.4621]; swiglu([x, x]) = [x·silu(x)].
 */
export const swiglu = gatedActivation({
  id: 'swiglu',
  params: [{ name: 'beta', tex: '\\beta', default: 1 }],
  meta: {
    name: 'SwiGLU',
    rangeTex: '(-\\infty, \\infty)^{n/2}',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{SwiGLU}(z) = a \\odot \\operatorname{Swish}_\\beta(b),\\quad z = \\begin{bmatrix} a \\\\ b \\end{bmatrix},\\ \\operatorname{Swish}_\\beta(x) = x\\,\\sigma(\\beta x)',
      df: '\\frac{\\partial y_i}{\\partial a_i} = \\operatorname{Swish}_\\beta(b_i),\\quad \\frac{\\partial y_i}{\\partial b_i} = a_i\\bigl(\\sigma(\\beta b_i) + \\beta b_i\\,\\sigma(\\beta b_i)\\,\\sigma(-\\beta b_i)\\bigr)',
    },
    plain: {
      f: 'swiglu(z) = a .* swish(b, beta), where a is the first half of z and b the second (beta = 1: silu)',
      df: 'dy_i/da_i = swish(b_i, beta), dy_i/db_i = a_i * swish\'(b_i, beta); every other entry of the (n/2)×n Jacobian is 0',
    },
    origin: 'frameworks',
    related: ['silu', 'swish', 'glu', 'geglu'],
    d2: {
      tex: '\\frac{\\partial^2 y_i}{\\partial a_i\\,\\partial b_i} = \\operatorname{Swish}_\\beta\'(b_i),\\quad \\frac{\\partial^2 y_i}{\\partial b_i^2} = a_i\\,\\operatorname{Swish}_\\beta\'\'(b_i)',
      plain: "Hessian of y_i: d2y_i/da_i db_i = swish'(b_i, beta), d2y_i/db_i^2 = a_i * swish''(b_i, beta), all other entries 0",
    },
  },
  f: (z, p) => {
    const m = halfLength('swiglu', z);
    const y = new Float64Array(m);
    const beta = p.beta;
    const tail = swishTail(0, beta);
    for (let i = 0; i < m; i++) {
      const a = z[i];
      const b = z[m + i];
      const c = swishValue(b, beta);
      // The common case inline (finite non-zero value, gate in the normal range); the rest,
      // NaN included, goes through gatedProduct's limits and logarithms.
      y[i] = a !== 0 && Math.abs(a) < Infinity && Math.abs(c) >= TINY ? a * c : gatedProduct(a, c, b, tail);
    }
    return y;
  },
  gate: {
    value: (b, p) => swishValue(b, p.beta),
    slope: (b, p) => swishDerivative(b, p.beta),
    curvature: (b, p) => swishSecond(b, p.beta),
    tail: (order, p) => swishTail(order, p.beta),
  },
});
