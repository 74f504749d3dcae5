import { ddAdd, ddDiv, ddMul, LO, twoProduct } from '../special/doubleDouble';
import { logistic } from '../special/logistic';
import type { ScalarActivation } from '../types';

/** √(2/π). */
const C = 0.7978845608028654;
const K = 0.044715;

/**
 * GELU, tanh approximation: f(x) = (x/2)(1 + tanh(u)), u = √(2/π)(x + 0.044715x³).
 * Since (1 + tanh u)/2 = σ(2u), we compute f = x·σ(2u), which does not cancel for x ≪ 0.
 *   f′(x) = σ(2u) + 2x·σ(2u)σ(−2u)·u′,  u′ = √(2/π)(1 + 3·0.044715x²)
 * With w = 2u, w′ = 2√(2/π)(1 + 3·0.044715x²), w″ = 12·0.044715·√(2/π)·x and σ″ = −σ′·tanh(w/2):
 *   f″(x) = σ′(w)·(2w′ + x·w″ − x·w′²·tanh(u))
 * Example: gelu_tanh(1) ≈ 0.8412 (exact GELU: 0.8413).
 */
export function geluTanhValue(x: number): number {
  const s = logistic(2 * C * x * (1 + K * x * x));
  if (s === 0) return x < 0 ? -0 : 0;
  return x * s;
}

export function geluTanhDerivative(x: number): number {
  const u2 = 2 * C * x * (1 + K * x * x);
  if (!(Math.abs(u2) < Infinity)) return logistic(u2);
  // σ(2u) and σ(2u)σ(−2u) = e/(1 + e)² from one exponential e = e^(−|2u|).
  const e = Math.exp(-Math.abs(u2));
  const d = 1 + e;
  const s = u2 >= 0 ? 1 / d : e / d;
  const st = e / (d * d);
  if (st === 0) return s;
  return s + 2 * x * st * C * (1 + 3 * K * x * x);
}

/**
 * f″ = σ′(w)·(2w′ + x·w″ − x·w′²·tanh(u)) = 4C·σ′(w)·G with
 *   G = (1 + 6Kx²) − C·|x|·(1 + 3Kx²)²·tanh(|u|),   C = √(2/π), K = 0.044715.
 * Away from 1.25 < |x| < 3.25 this is evaluated in plain double arithmetic from one
 * exponential e = e^(−|w|) (σ′(w) = e/(1 + e)², tanh(|u|) = (1 − e)/(1 + e)), well within the
 * allowance. Inside that band the two terms of G cancel to a quarter of their size right where
 * f‴ = 0 (|x| ≈ 2, allowance 4 ulp), and plain arithmetic is measured up to 2.6 times the
 * allowance there; `geluTanhSecondCarefully` carries the band. Where σ′(w) underflows (±∞
 * included) the value is 0, not 0·∞.
 */
export function geluTanhSecond(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1.25 && ax < 3.25) return geluTanhSecondCarefully(x, ax);
  const w = 2 * C * x * (1 + K * x * x);
  const e = Math.exp(-Math.abs(w));
  const d = 1 + e;
  const s1 = e / (d * d);
  if (s1 === 0) return 0;
  const w1 = 2 * C * (1 + 3 * K * x * x);
  const w2 = 12 * C * K * x;
  return s1 * (2 * w1 + x * w2 - (ax * w1 * w1 * (1 - e)) / d);
}

/**
 * The band 1.25 < |x| < 3.25: G and w are carried in double-double (`special/doubleDouble.ts`),
 * with C and K as exact pairs (a rounding in them, or in w through σ′(w), whose exponential turns
 * an absolute error of w into a relative one, would cost several ulp after the cancellation),
 * and σ′ and tanh at w = wₕ + wₗ are corrected to first order in wₗ.
 */
function geluTanhSecondCarefully(x: number, ax: number): number {
  const x2h = twoProduct(x, x);
  const x2l = LO[0];
  // Kx², then w = 2C·x·(1 + Kx²).
  const kxh = ddMul(K_HI, K_LO, x2h, x2l);
  const kxl = LO[0];
  const q1h = ddAdd(1, 0, kxh, kxl);
  const q1l = LO[0];
  const cxh = ddMul(C_HI, C_LO, x, 0);
  const cxl = LO[0];
  const wh0 = ddMul(cxh, cxl, q1h, q1l);
  const wl0 = LO[0];
  const wh = 2 * wh0;
  const wl = 2 * wl0;
  const aw = Math.abs(wh);
  const e = Math.exp(-aw);
  const dh = 1 + e;
  const dl = e - (dh - 1);
  // σ′(w) = e/(1 + e)² at wₕ, the rounding of 1 + e corrected, then moved by wₗ: σ″ = −σ′·tanh(w/2).
  const t = (1 - e) / dh;
  const s1 = (e / (dh * dh)) * (1 - (2 * dl) / dh) * (1 - Math.sign(wh) * t * wl);
  // tanh(|u|) = tanh(|w|/2) = (1 − e)/(1 + e) in double-double, moved by |w|'s low part.
  const nh = 1 - e;
  const nl = 1 - nh - e;
  const thh0 = ddDiv(nh, nl, dh, dl);
  const thl0 = LO[0];
  const thh = ddAdd(thh0, thl0, (0.5 * (1 - thh0 * thh0)) * Math.sign(wh) * wl, 0);
  const thl = LO[0];
  // a = 1 + 6Kx², q = 1 + 3Kx², G = a − C|x|·q²·tanh.
  const ah = ddAdd(1, 0, 6 * kxh, 6 * kxl);
  const al = LO[0];
  const qh = ddAdd(1, 0, 3 * kxh, 3 * kxl);
  const ql = LO[0];
  const q2h = ddMul(qh, ql, qh, ql);
  const q2l = LO[0];
  const cah = ddMul(C_HI, C_LO, ax, 0);
  const cal = LO[0];
  const mh = ddMul(cah, cal, q2h, q2l);
  const ml = LO[0];
  const rh = ddMul(mh, ml, thh, thl);
  const rl = LO[0];
  const gh = ddAdd(ah, al, -rh, -rl);
  const gl = LO[0];
  const ph = ddMul(4 * C_HI, 4 * C_LO, gh, gl);
  return s1 * (ph + LO[0]);
}

/** √(2/π) = C_HI + C_LO and 0.044715 = K_HI + K_LO, each to about 32 digits. */
const C_HI = 0.7978845608028654;
const C_LO = -4.98465440455546e-17;
const K_HI = 0.044715;
const K_LO = 2.1960211427085595e-18;

export const geluTanh: ScalarActivation = {
  kind: 'scalar',
  id: 'gelu_tanh',
  params: [],
  meta: {
    name: 'GELU (tanh approximation)',
    rangeTex: '[\\approx -0.1700, \\infty)',
    range: [-0.17004075057125406, Infinity],
    zeroCentred: false,
    monotonic: false,
    saturates: 'negative',
    deadUnitRisk: 'none',
    cost: 'exp',
    tex: {
      f: '\\operatorname{GELU}_{\\tanh}(x) = \\frac{x}{2}\\Bigl(1 + \\tanh\\bigl(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\bigr)\\Bigr)',
      df: "\\operatorname{GELU}_{\\tanh}'(x) = \\sigma(2u) + 2x\\,\\sigma(2u)\\,\\sigma(-2u)\\,u',\\quad u = \\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)",
    },
    plain: {
      f: 'gelu_tanh(x) = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))',
      df: "gelu_tanh'(x) = s + 2x * s * (1 - s) * u', s = sigmoid(2u), u' = sqrt(2/pi) * (1 + 0.134145 x^2)",
    },
    origin: 'frameworks',
    related: ['gelu', 'silu', 'tanh'],
    d2: {
      tex: "\\operatorname{GELU}_{\\tanh}''(x) = \\sigma'(2u)\\,\\bigl(4u' + 2x\\,u'' - 4x\\,u'^2 \\tanh u\\bigr),\\quad u'' = 6 \\cdot 0.044715\\,\\sqrt{2/\\pi}\\,x",
      plain: "gelu_tanh''(x) = sigmoid'(2u) * (4u' + 2x u'' - 4x u'^2 tanh(u)), u'' = 0.26829 sqrt(2/pi) x",
    },
  },
  f: geluTanhValue,
  df: geluTanhDerivative,
  kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhValue(xs[i]);
  },
  dkernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhDerivative(xs[i]);
  },
  d2f: geluTanhSecond,
  d2kernel: (xs, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = geluTanhSecond(xs[i]);
  },
};
