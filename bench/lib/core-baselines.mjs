// Baselines for bench/core.mjs: for every scalar activation, a hand-written stable loop over
// Float64Array with Math.* for f, f′ and f″ (the fastest simple implementation one would write
// by hand), the TensorFlow.js op where tfjs-core has one, and a mathjs expression evaluated per
// element (f and f′).
// Not a benchmark by itself: bench/core.mjs uses it, and the runner only runs bench/*.mjs.

/** a·b = p + err exactly (Dekker), written out so that it does not allocate: returns p, err is TWO[1]. */
function twoProduct(a, b) {
  const p = a * b;
  let c = 134217729 * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = 134217729 * b;
  const bh = c - (c - b);
  const bl = b - bh;
  TWO[1] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}
const TWO = new Float64Array(2);

/** Double-double steps for gt2 (see src/core/special/doubleDouble.ts): each returns hi, leaves lo in DDLO. */
let DDLO = 0;
function ddMul(ah, al, bh, bl) {
  const p = twoProduct(ah, bh);
  const pe = TWO[1];
  const e = pe + (ah * bl + al * bh);
  const r = p + e;
  DDLO = e - (r - p);
  return r;
}
function ddAdd(ah, al, bh, bl) {
  const s = ah + bh;
  const bb = s - ah;
  const e = ah - (s - bb) + (bh - bb) + al + bl;
  const r = s + e;
  DDLO = e - (r - s);
  return r;
}
const GC = [0.7978845608028654, -4.98465440455546e-17];
const GK = [0.044715, 2.1960211427085595e-18];

/** Scalar helpers the hand loops may call (each call site stays monomorphic). */
const HELPERS = {
  /**
   * gelu_tanh″ as src/core/activations/gelu_tanh.ts computes it: plain outside 1.25 < |x| <
   * 3.25; inside, where the plain formula's terms cancel and it misses the 4 ulp allowed near
   * x ≈ ±2, the same double-double bracket, and w with its low part, as the core.
   */
  gt2: (x) => {
    const ax = Math.abs(x);
    if (!(ax > 1.25 && ax < 3.25)) {
      const w = 1.5957691216057308 * x * (1 + 0.044715 * x * x);
      const e = Math.exp(-Math.abs(w));
      const d = 1 + e;
      const s1 = e / (d * d);
      if (s1 === 0) return 0;
      const w1 = 1.5957691216057308 * (1 + 0.134145 * x * x);
      return s1 * (2 * w1 + 0.4281288976356015 * x * x - (ax * w1 * w1 * (1 - e)) / d);
    }
    const x2h = twoProduct(x, x);
    const x2l = TWO[1];
    const kxh = ddMul(GK[0], GK[1], x2h, x2l);
    const kxl = DDLO;
    const q1h = ddAdd(1, 0, kxh, kxl);
    const q1l = DDLO;
    const cxh = ddMul(GC[0], GC[1], x, 0);
    const cxl = DDLO;
    const wh = 2 * ddMul(cxh, cxl, q1h, q1l);
    const wl = 2 * DDLO;
    const e = Math.exp(-Math.abs(wh));
    const dh = 1 + e;
    const dl = e - (dh - 1);
    const t = (1 - e) / dh;
    const s1 = (e / (dh * dh)) * (1 - (2 * dl) / dh) * (1 - Math.sign(wh) * t * wl);
    const nh = 1 - e;
    const nl = 1 - nh - e;
    // (nh + nl)/(dh + dl) with one correction from the remainder.
    const q0 = nh / dh;
    const ph = ddMul(q0, 0, dh, dl);
    const pl = DDLO;
    const rem = ddAdd(nh, nl, -ph, -pl);
    const q2 = rem / dh;
    const thh0 = q0 + q2;
    const thl0 = q2 - (thh0 - q0);
    const thh = ddAdd(thh0, thl0, 0.5 * (1 - thh0 * thh0) * Math.sign(wh) * wl, 0);
    const thl = DDLO;
    const ah = ddAdd(1, 0, 6 * kxh, 6 * kxl);
    const al = DDLO;
    const qh = ddAdd(1, 0, 3 * kxh, 3 * kxl);
    const ql = DDLO;
    const q2h = ddMul(qh, ql, qh, ql);
    const q2l = DDLO;
    const cah = ddMul(GC[0], GC[1], ax, 0);
    const cal = DDLO;
    const mh = ddMul(cah, cal, q2h, q2l);
    const ml = DDLO;
    const rh = ddMul(mh, ml, thh, thl);
    const rl = DDLO;
    const gh = ddAdd(ah, al, -rh, -rl);
    const gl = DDLO;
    const pp = ddMul(4 * GC[0], 4 * GC[1], gh, gl);
    return s1 * (pp + DDLO);
  },
  sig: (x) => {
    if (x >= 0) return 1 / (1 + Math.exp(-x));
    const e = Math.exp(x);
    return e / (1 + e);
  },
  sp: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
  /**
   * mish″ as src/core/activations/mish.ts computes it. The plain one-exponential form is at
   * the edge of the accuracy rule near x = 0 and near x ≈ 2.1 (where f‴ = 0 and 4 ulp are
   * allowed), so the hand loop carries the same expm1 forms and double-double last steps the
   * core needs: both compute the same function to the same accuracy, and the row measures
   * what the library entry costs over an inline loop.
   */
  m2: (x) => {
    if (x <= 0) {
      let E, A, t;
      if (x > -1) {
        const m = Math.expm1(x);
        E = 1 + m;
        A = 5 + m * (4 + m);
        t = (3 + m * (4 + m)) / A;
      } else {
        E = Math.exp(x);
        if (E === 0) return 0;
        A = (1 + E) * (1 + E) + 1;
        t = (E * (2 + E)) / A;
      }
      return (4 * E * (2 + x + 2 * E * (1 - x * t))) / (A * A);
    }
    if (x < 1) {
      const m = -Math.expm1(-x);
      const e2 = 1 - m * (2 - m);
      const D = 5 - 2 * m * (3 - m);
      return (4 * e2 * (4 - x - m * (2 + x) + (4 * x * e2) / D)) / (D * D);
    }
    const e = Math.exp(-x);
    if (e === 0) return x === x ? 0 : NaN;
    const s = 2 * e * (1 + e);
    const w = s * (3 + s * (3 + s));
    const D3 = 1 + w;
    const num = 4 * (2 - 2 * x + e * (6 - 3 * x + e * (8 + 2 * x + e * (4 + 2 * x))));
    let q = num / D3;
    const ph = twoProduct(q, D3);
    const pl = TWO[1];
    q += (num - ph - pl - q * (w - (D3 - 1))) / D3;
    const a = twoProduct(q, e);
    const aErr = TWO[1];
    const b = twoProduct(a, e);
    const bErr = TWO[1];
    return b + (bErr + aErr * e);
  },
  /**
   * squareplus″ for b = 4 with x² + 4 carried exactly, as the core does: rounding the sum
   * alone costs up to 5 ulp near x = 0, above the 4 the rule allows there.
   */
  q2: (x) => {
    const a = Math.abs(x);
    if (!(a < 1e100)) {
      const r = 1 / Math.hypot(x, 2);
      return 2 * r * r * r;
    }
    const p = twoProduct(a, a);
    const pe = TWO[1];
    const S = p + 4;
    const bv = S - p;
    const se = p - (S - bv) + (4 - bv);
    const base = 2 / (S * Math.sqrt(S));
    return base - 1.5 * base * ((se + pe) / S);
  },
  /** x − tanh x for |x| < 1 by Lambert's continued fraction (the subtraction would cancel). */
  cf: (x) => {
    const x2 = x * x;
    let d = 27;
    for (let k = 25; k >= 3; k -= 2) d = k + x2 / d;
    return (x * x2) / (d + x2);
  },
};

const ZERO2 = 'x === x ? 0 : NaN';
/**
 * σ′(u)(2 − u·tanh(u/2)) at u = x, Swish's and SiLU's f″ for β = 1, in the core's form: the
 * bracket as (2 − |u|) + 2|u|e/d (exact where it cancels), d = 1 + e with its rounding corrected.
 */
const SWISH2 = '(a = Math.abs(x), e = Math.exp(-a), t = 1 + e, s = (e / (t * t)) * (1 - (2 * (e - (t - 1))) / t), s === 0 ? 0 : s * (2 - a + (2 * a * e) / t))';

/**
 * Hand-loop bodies per id as expressions in x: [f, f′, f″]. They keep the same contract as the core
 * — NaN in gives NaN out, limits at ±∞, no cancellation where the core avoids it — since a loop
 * that skips those would be measuring a different function. gelu calls the core's erfc (Math
 * has none).
 */
const HAND = {
  sigmoid: ['sig(x)', '(e = Math.exp(-Math.abs(x)), e / ((1 + e) * (1 + e)))', '(a = Math.abs(x), e = Math.exp(-a), t = (e * -Math.expm1(-a)) / ((1 + e) * (1 + e) * (1 + e)), x > 0 ? -t : t)'],
  tanh: ['Math.tanh(x)', '(e = Math.exp(-2 * Math.abs(x)), (4 * e) / ((1 + e) * (1 + e)))', '(e = Math.exp(-2 * Math.abs(x)), (-8 * Math.tanh(x) * e) / ((1 + e) * (1 + e)))'],
  relu: ['x < 0 ? 0 : x', 'x > 0 ? 1 : x <= 0 ? 0 : NaN', ZERO2],
  leaky_relu: ['x < 0 ? 0.01 * x : x', 'x > 0 ? 1 : x <= 0 ? 0.01 : NaN', ZERO2],
  prelu: ['x < 0 ? 0.25 * x : x', 'x > 0 ? 1 : x <= 0 ? 0.25 : NaN', ZERO2],
  elu: ['x > 0 ? x : Math.expm1(x)', 'x > 0 ? 1 : Math.exp(x)', 'x < 0 ? Math.exp(x) : x >= 0 ? 0 : NaN'],
  swish: ['(s = sig(x), s === 0 ? (x < 0 ? -0 : 0) : x * s)', 'Math.abs(x) < Infinity ? (s = sig(x), s + x * s * (1 - s)) : sig(x)', SWISH2],
  mish: ['(t = Math.tanh(sp(x)), t === 0 ? (x < 0 ? -0 : x) : x * t)', '(s = sp(x), t = Math.tanh(s), e = Math.exp(-2 * s), e = ((4 * e) / ((1 + e) * (1 + e))) * sig(x), e === 0 ? t : t + x * e)', 'm2(x)'],
  silu: ['(s = sig(x), s === 0 ? (x < 0 ? -0 : 0) : x * s)', 'Math.abs(x) < Infinity ? (s = sig(x), s + x * s * (1 - s)) : sig(x)', SWISH2],
  selu: ['x > 0 ? 1.0507009873554805 * x : 1.7580993408473766 * Math.expm1(x)', 'x > 0 ? 1.0507009873554805 : 1.7580993408473766 * Math.exp(x)', 'x < 0 ? 1.7580993408473766 * Math.exp(x) : x >= 0 ? 0 : NaN'],
  celu: ['x > 0 ? x : Math.expm1(x)', 'x > 0 ? 1 : Math.exp(x)', 'x < 0 ? Math.exp(x) : x >= 0 ? 0 : NaN'],
  gelu: ['(e = 0.5 * erfc(-x * Math.SQRT1_2), e === 0 ? (x < 0 ? -0 : 0) : x * e)', '(e = Math.exp(-0.5 * x * x) * 0.3989422804014327, e === 0 ? 0.5 * erfc(-x * Math.SQRT1_2) : 0.5 * erfc(-x * Math.SQRT1_2) + x * e)', '(e = 0.3989422804014327 * Math.exp(-0.5 * x * x), e === 0 ? 0 : e * (2 - x * x))'],
  gelu_tanh: ['(s = sig(1.5957691216057308 * x * (1 + 0.044715 * x * x)), s === 0 ? (x < 0 ? -0 : 0) : x * s)', '(s = sig(1.5957691216057308 * x * (1 + 0.044715 * x * x)), s === 0 || s === 1 ? s : s + 2 * x * s * (1 - s) * 0.7978845608028654 * (1 + 0.134145 * x * x))', 'gt2(x)'],
  softplus: ['sp(x)', 'sig(x)', '(e = Math.exp(-Math.abs(x)), e / ((1 + e) * (1 + e)))'],
  log_sigmoid: ['-sp(-x)', 'sig(-x)', '(e = Math.exp(-Math.abs(x)), -e / ((1 + e) * (1 + e)))'],
  hard_sigmoid: ['x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6', 'x > -3 && x < 3 ? 1 / 6 : x === x ? 0 : NaN', ZERO2],
  hard_swish: ['x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6', 'x < -3 ? 0 : x <= 3 ? (2 * x + 3) / 6 : x > 3 ? 1 : NaN', 'x > -3 && x < 3 ? 1 / 3 : x === x ? 0 : NaN'],
  hard_tanh: ['x < -1 ? -1 : x > 1 ? 1 : x', 'x > -1 && x < 1 ? 1 : x === x ? 0 : NaN', ZERO2],
  relu6: ['x < 0 ? 0 : x > 6 ? 6 : x', 'x > 0 && x < 6 ? 1 : x === x ? 0 : NaN', ZERO2],
  softsign: ['x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x))', '(e = 1 + Math.abs(x), 1 / (e * e))', '(a = 1 + Math.abs(x), t = 2 / (a * a * a), x > 0 ? -t : x < 0 ? t : x === x ? 0 : NaN)'],
  tanhshrink: ['Math.abs(x) < 1 ? cf(x) : x - Math.tanh(x)', '(t = Math.tanh(x), t * t)', '(e = Math.exp(-2 * Math.abs(x)), (8 * Math.tanh(x) * e) / ((1 + e) * (1 + e)))'],
  softshrink: ['x > 0.5 ? x - 0.5 : x < -0.5 ? x + 0.5 : x - x', 'x > 0.5 || x < -0.5 ? 1 : x - x', ZERO2],
  hardshrink: ['x > 0.5 || x < -0.5 ? x : x - x', 'x > 0.5 || x < -0.5 ? 1 : x - x', ZERO2],
  squareplus: ['(s = Math.sqrt(x * x + 4), x > -0.5 * s ? 0.5 * x + 0.5 * s : 4 / (2 * (s - x)))', '(s = Math.sqrt(x * x + 4), x === Infinity ? 1 : x > -0.5 * s ? (1 + x / s) / 2 : 4 / (2 * s * (s - x)))', 'q2(x)'],
  identity: ['x', 'x === x ? 1 : NaN', ZERO2],
  step: ['x > 0 ? 1 : x <= 0 ? 0 : NaN', 'x === x ? 0 : NaN', ZERO2],
};

/**
 * Hand loops per id: [f, f′, f″], each compiled from its own source with `new Function`, so V8
 * optimises every loop separately (loops made by one shared closure would share type feedback
 * and turn megamorphic, which would flatter the core).
 * @param {{ erfc: (x: number) => number }} core
 * @returns {Record<string, [(xs: Float64Array, out: Float64Array) => void, (xs: Float64Array, out: Float64Array) => void]>}
 */
export function handLoops(core) {
  const make = (expr) =>
    new Function('sig', 'sp', 'cf', 'm2', 'q2', 'gt2', 'erfc', `return function (xs, out) { let a, e, s, t, w; for (let i = 0; i < xs.length; i++) { const x = xs[i]; out[i] = ${expr}; } };`)(
      HELPERS.sig,
      HELPERS.sp,
      HELPERS.cf,
      HELPERS.m2,
      HELPERS.q2,
      HELPERS.gt2,
      core.erfc,
    );
  return Object.fromEntries(Object.entries(HAND).map(([id, bodies]) => [id, bodies.map(make)]));
}

/**
 * tfjs-core ops (float32) per id: [f, f′] as functions of a tensor; f′ is tf.grad of the op.
 * @returns {Record<string, [(t: any) => any, (t: any) => any]>}
 */
export function tfjsOps(tf) {
  const alpha = tf.scalar(0.25);
  const ops = {
    sigmoid: (t) => tf.sigmoid(t),
    tanh: (t) => tf.tanh(t),
    relu: (t) => tf.relu(t),
    leaky_relu: (t) => tf.leakyRelu(t, 0.01),
    prelu: (t) => tf.prelu(t, alpha),
    elu: (t) => tf.elu(t),
    selu: (t) => tf.selu(t),
    softplus: (t) => tf.softplus(t),
    log_sigmoid: (t) => tf.logSigmoid(t),
    relu6: (t) => tf.relu6(t),
    step: (t) => tf.step(t),
  };
  return Object.fromEntries(Object.entries(ops).map(([id, op]) => [id, [op, tf.grad(op)]]));
}

/** mathjs expressions in x per id: [f, f′]. */
export const MATHJS = {
  sigmoid: ['1 / (1 + exp(-x))', 'exp(-x) / (1 + exp(-x))^2'],
  tanh: ['tanh(x)', '1 - tanh(x)^2'],
  relu: ['x > 0 ? x : 0', 'x > 0 ? 1 : 0'],
  leaky_relu: ['x > 0 ? x : 0.01 * x', 'x > 0 ? 1 : 0.01'],
  prelu: ['x > 0 ? x : 0.25 * x', 'x > 0 ? 1 : 0.25'],
  elu: ['x > 0 ? x : exp(x) - 1', 'x > 0 ? 1 : exp(x)'],
  swish: ['x / (1 + exp(-x))', '1 / (1 + exp(-x)) + x * exp(-x) / (1 + exp(-x))^2'],
  mish: ['x * tanh(log(1 + exp(x)))', 'tanh(log(1 + exp(x))) + x * (1 - tanh(log(1 + exp(x)))^2) / (1 + exp(-x))'],
  silu: ['x / (1 + exp(-x))', '1 / (1 + exp(-x)) + x * exp(-x) / (1 + exp(-x))^2'],
  selu: ['x > 0 ? 1.0507009873554805 * x : 1.7580993408473766 * (exp(x) - 1)', 'x > 0 ? 1.0507009873554805 : 1.7580993408473766 * exp(x)'],
  celu: ['x > 0 ? x : exp(x) - 1', 'x > 0 ? 1 : exp(x)'],
  gelu: ['x / 2 * (1 + erf(x / sqrt(2)))', '(1 + erf(x / sqrt(2))) / 2 + x * exp(-x^2 / 2) / sqrt(2 pi)'],
  gelu_tanh: ['x / 2 * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3)))', '(1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3))) / 2 + x / 2 * (1 - tanh(sqrt(2 / pi) * (x + 0.044715 x^3))^2) * sqrt(2 / pi) * (1 + 0.134145 x^2)'],
  softplus: ['log(1 + exp(x))', '1 / (1 + exp(-x))'],
  log_sigmoid: ['-log(1 + exp(-x))', '1 / (1 + exp(x))'],
  hard_sigmoid: ['x <= -3 ? 0 : (x >= 3 ? 1 : x / 6 + 0.5)', 'x > -3 and x < 3 ? 1/6 : 0'],
  hard_swish: ['x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6)', 'x < -3 ? 0 : (x <= 3 ? (2 x + 3) / 6 : 1)'],
  hard_tanh: ['max(-1, min(1, x))', 'x > -1 and x < 1 ? 1 : 0'],
  relu6: ['min(max(0, x), 6)', 'x > 0 and x < 6 ? 1 : 0'],
  softsign: ['x / (1 + abs(x))', '1 / (1 + abs(x))^2'],
  tanhshrink: ['x - tanh(x)', 'tanh(x)^2'],
  softshrink: ['x > 0.5 ? x - 0.5 : (x < -0.5 ? x + 0.5 : 0)', 'abs(x) > 0.5 ? 1 : 0'],
  hardshrink: ['abs(x) > 0.5 ? x : 0', 'abs(x) > 0.5 ? 1 : 0'],
  squareplus: ['(x + sqrt(x^2 + 4)) / 2', '(1 + x / sqrt(x^2 + 4)) / 2'],
  identity: ['x', '1'],
  step: ['x > 0 ? 1 : 0', '0'],
};
