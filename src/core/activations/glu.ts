import { logistic, logisticDerivative, logisticSecond, logSigmoid } from '../special/logistic';
import { gatedActivation, gatedProduct, halfLength, TINY, type GateTail } from '../vector/gated';

/** σ and σ′ are positive everywhere; their logs come from log σ, which never underflows. */
const VALUE_TAIL: GateTail = { sign: () => 1, logAbs: (b) => logSigmoid(b) };
const SLOPE_TAIL: GateTail = { sign: () => 1, logAbs: (b) => logSigmoid(b) + logSigmoid(-b) };

/**
 * GLU, the gated linear unit (Dauphin et al., 2017): z = [a; b] split in halves,
 *   glu(z) = a ⊙ σ(b),   ∂yᵢ/∂aᵢ = σ(bᵢ),   ∂yᵢ/∂bᵢ = aᵢ σ(bᵢ)(1 − σ(bᵢ)).
 * The first half is the value and the second the gate, as in PyTorch's `F.glu` and JAX's
 * `jax.nn.glu`. σ and σ′ are positive everywhere, so where they underflow their sign is +1.
 * Example: glu([1, 2, 3, 4]) = [σ(3), 2σ(4)] ≈ [0.9526, 1.9640]; glu([x, x]) = [silu(x)].
 */
export const glu = gatedActivation({
  id: 'glu',
  params: [],
  meta: {
    name: 'GLU',
    rangeTex: '(-\\infty, \\infty)^{n/2}',
    range: [-Infinity, Infinity],
    zeroCentred: true,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{GLU}(z) = a \\odot \\sigma(b),\\quad z = \\begin{bmatrix} a \\\\ b \\end{bmatrix},\\ a, b \\in \\mathbb{R}^{n/2}',
      df: "\\frac{\\partial y_i}{\\partial a_i} = \\sigma(b_i),\\quad \\frac{\\partial y_i}{\\partial b_i} = a_i\\,\\sigma(b_i)\\bigl(1 - \\sigma(b_i)\\bigr),\\quad J = \\bigl[\\operatorname{diag}\\sigma(b) \\;\\big|\\; \\operatorname{diag}\\bigl(a \\odot \\sigma'(b)\\bigr)\\bigr]",
    },
    plain: {
      f: 'glu(z) = a .* sigmoid(b), where a is the first half of z and b the second',
      df: 'dy_i/da_i = sigmoid(b_i), dy_i/db_i = a_i * sigmoid(b_i) * (1 - sigmoid(b_i)); every other entry of the (n/2)×n Jacobian is 0',
    },
    origin: 'frameworks',
    related: ['sigmoid', 'geglu', 'swiglu', 'silu'],
    d2: {
      tex: '\\frac{\\partial^2 y_i}{\\partial a_i\\,\\partial b_i} = \\sigma\'(b_i),\\quad \\frac{\\partial^2 y_i}{\\partial b_i^2} = a_i\\,\\sigma\'\'(b_i),\\quad \\text{every other second partial of } y_i \\text{ is } 0',
      plain: "Hessian of y_i: d2y_i/da_i db_i = sigmoid'(b_i), d2y_i/db_i^2 = a_i * sigmoid''(b_i), all other entries 0",
    },
  },
  f: (z) => {
    const m = halfLength('glu', z);
    const y = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const a = z[i];
      const b = z[m + i];
      const c = logistic(b);
      // The common case inline (finite non-zero value, gate in the normal range); the rest,
      // NaN included, goes through gatedProduct's limits and logarithms.
      y[i] = a !== 0 && Math.abs(a) < Infinity && Math.abs(c) >= TINY ? a * c : gatedProduct(a, c, b, VALUE_TAIL);
    }
    return y;
  },
  gate: {
    value: (b) => logistic(b),
    slope: (b) => logisticDerivative(b),
    curvature: (b) => logisticSecond(b),
    tail: (order) => (order === 0 ? VALUE_TAIL : SLOPE_TAIL),
  },
});
