import { gatedActivation } from '../vector/gated';
import { swishDerivative, swishValue } from './swish';

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
    smoothness: 'smooth',
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
  },
  gate: {
    value: (b, p) => swishValue(b, p.beta),
    slope: (b, p) => swishDerivative(b, p.beta),
    underflowSign: (b, order, p) => (order === 0 ? Math.sign(b) : p.beta * b < 0 ? -1 : 1),
  },
});
