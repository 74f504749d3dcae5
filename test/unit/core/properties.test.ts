/**
 * Invariants of the core checked with fast-check on random inputs: softmax sums to 1 and
 * ignores shifts, its Jacobian has zero row sums and is symmetric, the O(n) products equal
 * the matrix products, known identities between functions and their derivatives, every
 * first and second derivative against a decimal.js difference quotient of the reference
 * function, and the Hessians of the softmax family (symmetric, logsumexp's rows summing to 0,
 * the O(n) products equal to the matrix products).
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import {
  REGISTRY,
  derivative,
  derivative2,
  hessian,
  hvp,
  logsumexpHessian,
  mixedDerivative,
  softmaxHvp,
  evaluate,
  getActivation,
  logSoftmax,
  logSoftmaxJacobian,
  logSoftmaxJvp,
  logSoftmaxVjp,
  resolveParams,
  softmax,
  softmaxJacobian,
  softmaxJvp,
  softmaxVjp,
  softmin,
  logsumexp,
} from '../../../src/core';
import type * as Reference from '../../fixtures/core/reference.mjs';

const RUNS = { numRuns: 200, seed: 424242 };
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const vec = (min: number, max: number, maxLength = 12) => fc.array(finite(min, max), { minLength: 1, maxLength });
const close = (a: number, b: number, rel: number, abs = 0): boolean => Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));

function matVec(J: Float64Array, n: number, v: ArrayLike<number>, transpose: boolean): number[] {
  return Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += (transpose ? J[j * n + i] : J[i * n + j]) * v[j];
    return s;
  });
}

describe('core properties (fast-check)', () => {
  it('softmax sums to 1 and every entry is in [0, 1]', () => {
    fc.assert(
      fc.property(vec(-1e3, 1e3, 50), fc.constantFrom(0.5, 1, 3), (z, T) => {
        const y = softmax(z, T);
        const s = y.reduce((a, b) => a + b, 0);
        return Math.abs(s - 1) <= 4 * z.length * Number.EPSILON && y.every((v) => v >= 0 && v <= 1);
      }),
      RUNS,
    );
  });

  it('softmax is shift-invariant', () => {
    fc.assert(
      fc.property(vec(-50, 50), fc.integer({ min: -1000, max: 1000 }), (z, c) => {
        const a = softmax(z);
        const b = softmax(z.map((v) => v + c));
        // z + c rounds (|z + c| ≤ 1050, so by up to 2⁻⁴³ absolute), and softmax passes that on.
        return a.every((v, i) => close(v, b[i], 1e-11, 1e-300));
      }),
      RUNS,
    );
  });

  it('the softmax Jacobian has zero row sums and is symmetric', () => {
    fc.assert(
      fc.property(vec(-30, 30), fc.constantFrom(0.5, 1, 2), (z, T) => {
        const n = z.length;
        const J = softmaxJacobian(z, T);
        for (let i = 0; i < n; i++) {
          let s = 0;
          let scale = 0;
          for (let j = 0; j < n; j++) {
            s += J[i * n + j];
            scale += Math.abs(J[i * n + j]);
            if (!Object.is(J[i * n + j], J[j * n + i])) return false;
          }
          if (Math.abs(s) > 4 * n * Number.EPSILON * scale + 1e-300) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('VJP and JVP equal vᵀJ and Jv for softmax and log-softmax', () => {
    fc.assert(
      fc.property(vec(-20, 20), fc.constantFrom(0.5, 1, 2), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (z, T, seed) => {
        const n = z.length;
        const v = Array.from({ length: n }, (_, i) => Math.sin(seed + 7 * i));
        const pairs: [Float64Array, Float64Array, number[], number[]][] = [
          [softmaxVjp(z, v, T), softmaxJvp(z, v, T), matVec(softmaxJacobian(z, T), n, v, true), matVec(softmaxJacobian(z, T), n, v, false)],
          [logSoftmaxVjp(z, v, T), logSoftmaxJvp(z, v, T), matVec(logSoftmaxJacobian(z, T), n, v, true), matVec(logSoftmaxJacobian(z, T), n, v, false)],
        ];
        return pairs.every(([vjp, jvp, vJ, Jv]) => vjp.every((x, i) => close(x, vJ[i], 1e-12, 1e-14)) && jvp.every((x, i) => close(x, Jv[i], 1e-12, 1e-14)));
      }),
      RUNS,
    );
  });

  it('registry vector entries give the same Jacobian-vector products as the helpers', () => {
    const z = Float64Array.of(0.3, -1.2, 2.5, 0);
    const v = Float64Array.of(1, -2, 0.5, 3);
    for (const id of ['softmax', 'log_softmax', 'softmin', 'logsumexp', 'maxout', 'glu', 'geglu', 'swiglu']) {
      const act = getActivation(id);
      assert.ok(act.kind === 'vector');
      if (act.kind !== 'vector') continue;
      const p = resolveParams(act);
      const J = act.jacobian(z, p);
      const m = J.length / z.length;
      const outputs = act.f(z, p).length;
      const vOut = outputs === 1 ? Float64Array.of(1.7) : v.subarray(0, outputs);
      const vjp = act.vjp(z, vOut, p);
      for (let j = 0; j < z.length; j++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += vOut[i] * J[i * z.length + j];
        assert.ok(close(vjp[j], s, 1e-14, 1e-16), `${id} vjp[${j}] ${vjp[j]} vs ${s}`);
      }
      const jvp = act.jvp(z, v, p);
      for (let i = 0; i < m; i++) {
        let s = 0;
        for (let j = 0; j < z.length; j++) s += J[i * z.length + j] * v[j];
        assert.ok(close(jvp[i], s, 1e-14, 1e-16), `${id} jvp[${i}] ${jvp[i]} vs ${s}`);
      }
    }
  });

  it('softmax([z, 0])₀ = σ(z), softmin(z) = softmax(−z), exp(logSoftmax) = softmax', () => {
    fc.assert(
      fc.property(finite(-700, 700), vec(-100, 100), (z, zs) => {
        const a = softmax([z, 0])[0];
        const b = evaluate('sigmoid', [z])[0];
        const sm = softmax(zs.map((v) => -v));
        const smin = softmin(zs);
        const ls = logSoftmax(zs);
        return close(a, b, 4 * Number.EPSILON) && sm.every((v, i) => Object.is(v, smin[i])) && ls.every((l, i) => close(Math.exp(l), sm[i] === 0 ? 0 : softmax(zs)[i], 1e-13, 1e-300));
      }),
      RUNS,
    );
  });

  it('logsumexp lies between max z and max z + log n', () => {
    fc.assert(
      fc.property(vec(-1e6, 1e6, 30), (z) => {
        const m = Math.max(...z);
        const l = logsumexp(z);
        return l >= m && l <= m + Math.log(z.length) * (1 + 1e-15) + Math.abs(m) * Number.EPSILON;
      }),
      RUNS,
    );
  });

  it('tanh(x) = 2σ(2x) − 1', () => {
    fc.assert(
      fc.property(finite(-40, 40), (x) => {
        const t = evaluate('tanh', [x])[0];
        const s = evaluate('sigmoid', [2 * x])[0];
        return Math.abs(t - (2 * s - 1)) <= 4 * Number.EPSILON;
      }),
      RUNS,
    );
  });

  it('swish with a large β is ReLU', () => {
    fc.assert(
      fc.property(finite(-1e3, 1e3).filter((x) => Math.abs(x) >= 1e-4), (x) => {
        const s = evaluate('swish', [x], { beta: 1e6 })[0];
        const r = evaluate('relu', [x])[0];
        return Math.abs(s - r) <= 1e-40;
      }),
      RUNS,
    );
  });

  it('every derivative agrees with a decimal.js difference quotient of its reference function', async function () {
    // About 1,300 evaluations at 100 digits: seconds, more on a busy machine.
    this.timeout(120_000);
    const ref = (await import('../../fixtures/core/reference.mjs')) as typeof Reference;
    const kinks = [0, 0.5, -0.5, 1, -1, 3, -3, 6];
    const h = new ref.D('1e-40');
    for (const act of REGISTRY) {
      if (act.kind !== 'scalar') continue;
      const r = ref.SCALAR[act.id];
      assert.ok(r !== undefined, `no reference for ${act.id}`);
      const p = resolveParams(act);
      const pd = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ref.exact(v)]));
      fc.assert(
        fc.property(finite(-40, 40).filter((x) => kinks.every((k) => Math.abs(x - k) > 1e-6)), (x) => {
          const xd = ref.exact(x);
          const dq = r.f(xd.plus(h), pd).minus(r.f(xd.minus(h), pd)).div(h.times(2)).toNumber();
          const closed = r.df(xd, pd).toNumber();
          const got = derivative(act.id, [x])[0];
          // The reference closed form must match the quotient to ~1e−30; the core within 64 ulp or 1e−300.
          const refOk = close(dq, closed, 1e-25, 1e-300);
          const coreOk = close(got, dq, 64 * Number.EPSILON, 1e-300);
          if (!refOk || !coreOk) throw new Error(`${act.id}′(${x}): quotient ${dq}, reference ${closed}, core ${got}`);
          return true;
        }),
        { numRuns: 25, seed: 99 },
      );
    }
  });

  it('σ″ = σ′(1 − 2σ), tanh″ = −2 tanh·tanh′, softplus″ = σ′, log_sigmoid″ = −σ′, tanhshrink″ = −tanh″', () => {
    fc.assert(
      fc.property(finite(-30, 30), (x) => {
        const [s] = evaluate('sigmoid', [x]);
        const [s1] = derivative('sigmoid', [x]);
        const [t] = evaluate('tanh', [x]);
        const [t1] = derivative('tanh', [x]);
        const at = (id: string): number => derivative2(id, [x])[0];
        // 1 − 2σ cancels near 0 (its absolute error is ~ε there), so the identity holds to an
        // absolute ~ε·σ′ rather than relatively; the other identities hold to a few ulp.
        const ok =
          close(at('sigmoid'), s1 * (1 - 2 * s), 8 * Number.EPSILON, 2 * Number.EPSILON * s1) &&
          close(at('tanh'), -2 * t * t1, 8 * Number.EPSILON, 1e-300) &&
          close(at('softplus'), s1, 4 * Number.EPSILON, 1e-300) &&
          Object.is(at('log_sigmoid'), -at('softplus')) &&
          close(at('tanhshrink'), -at('tanh'), 2 * Number.EPSILON, 1e-300) &&
          close(at('silu'), derivative2('swish', [x], { beta: 1 })[0], 2 * Number.EPSILON, 1e-300);
        if (!ok) throw new Error(`identities fail at x = ${x}`);
        return true;
      }),
      RUNS,
    );
  });

  it('every f″ and mixed partial agrees with a decimal.js difference quotient of its reference f′', async function () {
    // About 2,500 evaluations at 100 digits: seconds, more on a busy machine.
    this.timeout(180_000);
    const ref = (await import('../../fixtures/core/reference.mjs')) as typeof Reference;
    const kinks = [0, 0.5, -0.5, 1, -1, 3, -3, 6];
    const h = new ref.D('1e-40');
    for (const act of REGISTRY) {
      if (act.kind !== 'scalar') continue;
      const r = ref.SCALAR[act.id];
      const p = resolveParams(act);
      const pd = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ref.exact(v)]));
      fc.assert(
        fc.property(finite(-40, 40).filter((x) => kinks.every((k) => Math.abs(x - k) > 1e-6)), (x) => {
          const xd = ref.exact(x);
          const quotient = (g: (t: typeof xd) => typeof xd): typeof xd => g(xd.plus(h)).minus(g(xd.minus(h))).div(h.times(2));
          const dq = quotient((t) => r.df(t, pd)).toNumber();
          const closed = r.d2f(xd, pd).toNumber();
          // f‴ from the reference, for the condition number k = |x f‴/f″| that scales the tolerance.
          const d3 = quotient((t) => r.d2f(t, pd)).toNumber();
          const k = closed === 0 ? 0 : Math.abs((x * d3) / closed);
          const got = derivative2(act.id, [x])[0];
          const refOk = close(dq, closed, 1e-25, 1e-300);
          const coreOk = close(got, dq, 16 * (1 + k) * Number.EPSILON, 1e-300);
          if (!refOk || !coreOk) throw new Error(`${act.id}″(${x}): quotient ${dq}, reference ${closed}, core ${got} (k = ${k})`);
          for (const name of Object.keys(act.mixed ?? {})) {
            // ∂f′/∂param by a quotient in the parameter itself.
            const hp = new ref.D('1e-40');
            const up = { ...pd, [name]: pd[name].plus(hp) };
            const down = { ...pd, [name]: pd[name].minus(hp) };
            const want = r.df(xd, up).minus(r.df(xd, down)).div(hp.times(2)).toNumber();
            const mixed = mixedDerivative(act.id, name, [x])[0];
            if (!close(mixed, want, 64 * Number.EPSILON, 1e-300)) throw new Error(`∂${act.id}′/∂${name} at ${x}: ${mixed} vs ${want}`);
          }
          return true;
        }),
        { numRuns: 25, seed: 7 },
      );
    }
  });

  it('the softmax family’s Hessians are symmetric, logsumexp’s rows sum to 0, and H·v is the matrix product', () => {
    fc.assert(
      fc.property(vec(-20, 20, 8).filter((z) => z.length >= 2), fc.constantFrom(0.5, 1, 3), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (z, T, seed) => {
        const n = z.length;
        const v = Array.from({ length: n }, (_, i) => Math.cos(seed + 3 * i));
        const checks: [string, Float64Array, Float64Array][] = [['logsumexp', hessian('logsumexp', z, { T }), hvp('logsumexp', z, v, { T })]];
        for (const id of ['softmax', 'softmin', 'log_softmax']) {
          for (let i = 0; i < n; i++) checks.push([`${id}[${i}]`, hessian(id, z, { T }, i), hvp(id, z, v, { T }, i)]);
        }
        // The gated units split z in halves (an even length), one output per pair.
        if (n % 2 === 0) {
          for (const id of ['glu', 'geglu', 'swiglu']) {
            for (let i = 0; i < n / 2; i++) checks.push([`${id}[${i}]`, hessian(id, z, undefined, i), hvp(id, z, v, undefined, i)]);
          }
        }
        // Entries of these Hessians are sums of terms of size up to 1/T² that may cancel (at
        // z = [0, 0] softmax's H₀ is 0), so products are compared to that scale, not to |H|.
        const scale = v.reduce((a, x) => a + Math.abs(x), 0) / (T * T);
        for (const [name, H, Hv] of checks) {
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) if (!Object.is(H[i * n + j], H[j * n + i])) throw new Error(`${name} not symmetric at ${i}, ${j}`);
            const product = matVec(H, n, v, false)[i];
            if (!close(Hv[i], product, 1e-12, 1e-14 * scale)) throw new Error(`${name}: (Hv)[${i}] ${Hv[i]} vs ${product}`);
          }
        }
        const L = hessian('logsumexp', z, { T });
        for (let i = 0; i < n; i++) {
          let sum = 0;
          let size = 0;
          for (let j = 0; j < n; j++) {
            sum += L[i * n + j];
            size += Math.abs(L[i * n + j]);
          }
          if (Math.abs(sum) > 4 * n * Number.EPSILON * size + 1e-300) throw new Error(`logsumexp Hessian row ${i} sums to ${sum}`);
        }
        // logsumexp's Hessian is the softmax Jacobian, and softmaxHvp is the registry's H·v.
        const J = softmaxJacobian(z, T);
        if (!L.every((x, k) => Object.is(x, J[k])) || !logsumexpHessian(z, T).every((x, k) => Object.is(x, J[k]))) throw new Error('logsumexp Hessian ≠ softmax Jacobian');
        if (!softmaxHvp(z, v, n - 1, T).every((x, k) => Object.is(x, hvp('softmax', z, v, { T }, n - 1)[k]))) throw new Error('softmaxHvp ≠ hvp');
        return true;
      }),
      RUNS,
    );
  });

  it('the Hessian of each output agrees with difference quotients of its gradient (softmax, log-softmax, the gated units)', () => {
    // Row i of the Jacobian is the gradient of output i (the core's closed form); its
    // derivative along e_j, in double arithmetic with a step of 1e−6, must match Hᵢ e_j to
    // ~1e−8 of the Hessian's size.
    const z = [0.3, -1.2, 2.5, 0];
    const n = z.length;
    const step = 1e-6;
    for (const id of ['softmax', 'log_softmax', 'softmin', 'glu', 'geglu', 'swiglu', 'logsumexp']) {
      const outputs = evaluate(id, z).length;
      for (let i = 0; i < outputs; i++) {
        const H = hessian(id, z, undefined, outputs === 1 ? undefined : i);
        let size = 0;
        for (const x of H) size = Math.max(size, Math.abs(x));
        for (let j = 0; j < n; j++) {
          const up = z.map((x, k) => (k === j ? x + step : x));
          const down = z.map((x, k) => (k === j ? x - step : x));
          const Ju = derivative(id, up);
          const Jd = derivative(id, down);
          for (let k = 0; k < n; k++) {
            const fd = (Ju[i * n + k] - Jd[i * n + k]) / (2 * step);
            assert.ok(Math.abs(fd - H[k * n + j]) < 1e-8 * Math.max(size, 1e-3), `${id} H${i}[${k}][${j}] ${H[k * n + j]} vs ${fd}`);
          }
        }
      }
    }
  });
});

