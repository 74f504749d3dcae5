// Baselines for bench/core.mjs: for every scalar activation, a hand-written stable loop over
// Float64Array with Math.* (the fastest simple implementation one would write by hand), the
// TensorFlow.js op where tfjs-core has one, and a mathjs expression evaluated per element.
// Not a benchmark by itself: bench/core.mjs uses it, and the runner only runs bench/*.mjs.

/** Scalar helpers the hand loops may call (each call site stays monomorphic). */
const HELPERS = {
  sig: (x) => {
    if (x >= 0) return 1 / (1 + Math.exp(-x));
    const e = Math.exp(x);
    return e / (1 + e);
  },
  sp: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
  /** x − tanh x for |x| < 1 by Lambert's continued fraction (the subtraction would cancel). */
  cf: (x) => {
    const x2 = x * x;
    let d = 27;
    for (let k = 25; k >= 3; k -= 2) d = k + x2 / d;
    return (x * x2) / (d + x2);
  },
};

/**
 * Hand-loop bodies per id as expressions in x: [f, f′]. They keep the same contract as the core
 * — NaN in gives NaN out, limits at ±∞, no cancellation where the core avoids it — since a loop
 * that skips those would be measuring a different function. gelu calls the core's erfc (Math
 * has none).
 */
const HAND = {
  sigmoid: ['sig(x)', '(e = Math.exp(-Math.abs(x)), e / ((1 + e) * (1 + e)))'],
  tanh: ['Math.tanh(x)', '(e = Math.exp(-2 * Math.abs(x)), (4 * e) / ((1 + e) * (1 + e)))'],
  relu: ['x < 0 ? 0 : x', 'x > 0 ? 1 : x <= 0 ? 0 : NaN'],
  leaky_relu: ['x < 0 ? 0.01 * x : x', 'x > 0 ? 1 : x <= 0 ? 0.01 : NaN'],
  prelu: ['x < 0 ? 0.25 * x : x', 'x > 0 ? 1 : x <= 0 ? 0.25 : NaN'],
  elu: ['x > 0 ? x : Math.expm1(x)', 'x > 0 ? 1 : Math.exp(x)'],
  swish: ['(s = sig(x), s === 0 ? (x < 0 ? -0 : 0) : x * s)', 'Math.abs(x) < Infinity ? (s = sig(x), s + x * s * (1 - s)) : sig(x)'],
  mish: ['(t = Math.tanh(sp(x)), t === 0 ? (x < 0 ? -0 : x) : x * t)', '(s = sp(x), t = Math.tanh(s), e = Math.exp(-2 * s), e = ((4 * e) / ((1 + e) * (1 + e))) * sig(x), e === 0 ? t : t + x * e)'],
  silu: ['(s = sig(x), s === 0 ? (x < 0 ? -0 : 0) : x * s)', 'Math.abs(x) < Infinity ? (s = sig(x), s + x * s * (1 - s)) : sig(x)'],
  selu: ['x > 0 ? 1.0507009873554805 * x : 1.7580993408473766 * Math.expm1(x)', 'x > 0 ? 1.0507009873554805 : 1.7580993408473766 * Math.exp(x)'],
  celu: ['x > 0 ? x : Math.expm1(x)', 'x > 0 ? 1 : Math.exp(x)'],
  gelu: ['(e = 0.5 * erfc(-x * Math.SQRT1_2), e === 0 ? (x < 0 ? -0 : 0) : x * e)', '(e = Math.exp(-0.5 * x * x) * 0.3989422804014327, e === 0 ? 0.5 * erfc(-x * Math.SQRT1_2) : 0.5 * erfc(-x * Math.SQRT1_2) + x * e)'],
  gelu_tanh: ['(s = sig(1.5957691216057308 * x * (1 + 0.044715 * x * x)), s === 0 ? (x < 0 ? -0 : 0) : x * s)', '(s = sig(1.5957691216057308 * x * (1 + 0.044715 * x * x)), s === 0 || s === 1 ? s : s + 2 * x * s * (1 - s) * 0.7978845608028654 * (1 + 0.134145 * x * x))'],
  softplus: ['sp(x)', 'sig(x)'],
  log_sigmoid: ['-sp(-x)', 'sig(-x)'],
  hard_sigmoid: ['x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6', 'x > -3 && x < 3 ? 1 / 6 : x === x ? 0 : NaN'],
  hard_swish: ['x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6', 'x < -3 ? 0 : x <= 3 ? (2 * x + 3) / 6 : x > 3 ? 1 : NaN'],
  hard_tanh: ['x < -1 ? -1 : x > 1 ? 1 : x', 'x > -1 && x < 1 ? 1 : x === x ? 0 : NaN'],
  relu6: ['x < 0 ? 0 : x > 6 ? 6 : x', 'x > 0 && x < 6 ? 1 : x === x ? 0 : NaN'],
  softsign: ['x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x))', '(e = 1 + Math.abs(x), 1 / (e * e))'],
  tanhshrink: ['Math.abs(x) < 1 ? cf(x) : x - Math.tanh(x)', '(t = Math.tanh(x), t * t)'],
  softshrink: ['x > 0.5 ? x - 0.5 : x < -0.5 ? x + 0.5 : x - x', 'x > 0.5 || x < -0.5 ? 1 : x - x'],
  hardshrink: ['x > 0.5 || x < -0.5 ? x : x - x', 'x > 0.5 || x < -0.5 ? 1 : x - x'],
  squareplus: ['(s = Math.sqrt(x * x + 4), x > -0.5 * s ? 0.5 * x + 0.5 * s : 4 / (2 * (s - x)))', '(s = Math.sqrt(x * x + 4), x === Infinity ? 1 : x > -0.5 * s ? (1 + x / s) / 2 : 4 / (2 * s * (s - x)))'],
  identity: ['x', 'x === x ? 1 : NaN'],
  step: ['x > 0 ? 1 : x <= 0 ? 0 : NaN', 'x === x ? 0 : NaN'],
};

/**
 * Hand loops per id: [f, f′], each compiled from its own source with `new Function`, so V8
 * optimises every loop separately (loops made by one shared closure would share type feedback
 * and turn megamorphic, which would flatter the core).
 * @param {{ erfc: (x: number) => number }} core
 * @returns {Record<string, [(xs: Float64Array, out: Float64Array) => void, (xs: Float64Array, out: Float64Array) => void]>}
 */
export function handLoops(core) {
  const make = (expr) =>
    new Function('sig', 'sp', 'cf', 'erfc', `return function (xs, out) { let e, s, t; for (let i = 0; i < xs.length; i++) { const x = xs[i]; out[i] = ${expr}; } };`)(
      HELPERS.sig,
      HELPERS.sp,
      HELPERS.cf,
      core.erfc,
    );
  return Object.fromEntries(Object.entries(HAND).map(([id, [f, df]]) => [id, [make(f), make(df)]]));
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
