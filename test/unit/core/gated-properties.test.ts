/**
 * Invariants, special values and usage errors of the gated units (glu, geglu, swiglu):
 * the split (first half value, second half gate), the identities that tie them to the
 * element-wise activations, the Jacobian products against the Jacobian, NaN reaching only
 * the outputs that depend on it, the limits at ±∞, and clear errors for odd lengths.
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { ActivationError, derivative, evaluate, getActivation, resolveParams, type VectorActivation } from '../../../src/core';

const RUNS = { numRuns: 200, seed: 17 };
const GATED = ['glu', 'geglu', 'swiglu'] as const;

function act(id: string): VectorActivation {
  const a = getActivation(id);
  assert.ok(a.kind === 'vector');
  return a;
}
const at = (id: string, x: number): number => evaluate(id, [x])[0];
const close = (a: number, b: number, rel = 1e-15, abs = 1e-300): boolean => a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
const finite = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
/** An even-length vector of moderate entries, as [a…, b…]. */
const evenVector = fc.integer({ min: 1, max: 12 }).chain((m) => fc.array(finite(-50, 50), { minLength: 2 * m, maxLength: 2 * m }));

describe('gated units: properties', () => {
  it('split the input into value (first half) and gate (second half), as PyTorch’s F.glu', () => {
    // torch.nn.functional.glu(torch.tensor([1., 2., 3., 4.])) = [1·σ(3), 2·σ(4)].
    assert.deepStrictEqual(Array.from(evaluate('glu', [1, 2, 3, 4])), [1 * at('sigmoid', 3), 2 * at('sigmoid', 4)]);
    assert.deepStrictEqual(Array.from(evaluate('geglu', [2, 1])), [2 * at('gelu', 1)]);
    assert.deepStrictEqual(Array.from(evaluate('swiglu', [2, 1])), [2 * at('silu', 1)]);
  });

  it('tie GLU with equal halves to SiLU, SwiGLU to x·SiLU(x), GEGLU with unit values to GELU', () => {
    fc.assert(
      fc.property(finite(-700, 700), (x) => {
        const g = evaluate('glu', [x, x])[0];
        const s = evaluate('swiglu', [x, x])[0];
        const e = evaluate('geglu', [1, x])[0];
        return close(g, at('silu', x), 4e-16) && close(s, x * at('silu', x), 4e-16) && e === at('gelu', x);
      }),
      RUNS,
    );
  });

  it('are odd in the value half and leave other outputs alone when one gate changes', () => {
    fc.assert(
      fc.property(evenVector, fc.constantFrom(...GATED), fc.nat(), finite(-50, 50), (z, id, k, t) => {
        const a = act(id);
        const p = resolveParams(a);
        const m = z.length / 2;
        const y = a.f(Float64Array.from(z), p);
        const flipped = a.f(Float64Array.from(z, (v, i) => (i < m ? -v : v)), p);
        if (!Array.from(y).every((v, i) => Object.is(flipped[i], -v))) return false;
        const j = k % m;
        const moved = Float64Array.from(z);
        moved[m + j] = t;
        const y2 = a.f(moved, p);
        return Array.from(y).every((v, i) => i === j || Object.is(y2[i], v));
      }),
      RUNS,
    );
  });

  it('give VJP and JVP equal to vᵀJ and J·u, and ∂y/∂a equal to the gate itself', () => {
    fc.assert(
      fc.property(evenVector, fc.constantFrom(...GATED), fc.integer({ min: 1, max: 1000 }), (z, id, seed) => {
        const a = act(id);
        const p = resolveParams(a, id === 'swiglu' ? { beta: 0.5 + (seed % 7) / 3 } : undefined);
        const zs = Float64Array.from(z);
        const m = z.length / 2;
        const n = z.length;
        const v = Float64Array.from({ length: m }, (_, i) => Math.sin(seed + i));
        const u = Float64Array.from({ length: n }, (_, i) => Math.cos(seed * 3 + i));
        const J = a.jacobian(zs, p);
        const vjp = a.vjp(zs, v, p);
        const jvp = a.jvp(zs, u, p);
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let i = 0; i < m; i++) s += v[i] * J[i * n + j];
          if (!close(vjp[j], s, 1e-15, 1e-300)) return false;
        }
        for (let i = 0; i < m; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) s += J[i * n + j] * u[j];
          if (!close(jvp[i], s, 1e-14, 1e-300)) return false;
          const ones = Float64Array.from(z);
          ones.fill(1, 0, m);
          if (J[i * n + i] !== a.f(ones, p)[i]) return false;
        }
        return true;
      }),
      RUNS,
    );
  });

  it('agree with a central difference of the value (order h²)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GATED), finite(-5, 5), finite(-8, 8), (id, a0, b0) => {
        const J = derivative(id, [a0, b0]);
        const h = 1e-5;
        const f = (a: number, b: number): number => evaluate(id, [a, b])[0];
        const da = (f(a0 + h, b0) - f(a0 - h, b0)) / (2 * h);
        const db = (f(a0, b0 + h) - f(a0, b0 - h)) / (2 * h);
        return Math.abs(J[0] - da) < 1e-7 * (1 + Math.abs(da)) && Math.abs(J[1] - db) < 1e-7 * (1 + Math.abs(db));
      }),
      RUNS,
    );
  });
});

describe('gated units: special values', () => {
  it('NaN reaches only the outputs that depend on it', () => {
    for (const id of GATED) {
      const y = evaluate(id, [NaN, 1, 2, 3]);
      assert.ok(Number.isNaN(y[0]) && !Number.isNaN(y[1]), `${id} value NaN`);
      const g = evaluate(id, [1, 2, NaN, 3]);
      assert.ok(Number.isNaN(g[0]) && !Number.isNaN(g[1]), `${id} gate NaN`);
      const J = derivative(id, [1, 2, NaN, 3]);
      // Row 0 (value 1, gate NaN) is NaN where it is not structurally 0; row 1 is untouched.
      assert.ok(Number.isNaN(J[0]) && J[1] === 0 && Number.isNaN(J[2]) && J[3] === 0, `${id} Jacobian row 0`);
      assert.ok(J[4] === 0 && Number.isFinite(J[5]) && J[6] === 0 && Number.isFinite(J[7]), `${id} Jacobian row 1`);
    }
  });

  it('take the limits of a product at ±∞, and NaN where there is none', () => {
    const v = (id: string, a: number, b: number, params?: Record<string, number>): number => evaluate(id, [a, b], params)[0];
    // A value of ±∞ times a positive (if underflowed) gate.
    assert.strictEqual(v('glu', Infinity, -800), Infinity);
    assert.strictEqual(v('glu', -Infinity, 3), -Infinity);
    assert.strictEqual(v('glu', Infinity, Infinity), Infinity);
    // ∞ · σ(b → −∞) depends on the path: no limit.
    assert.ok(Number.isNaN(v('glu', Infinity, -Infinity)));
    // y(0, b) = 0 for every b.
    assert.strictEqual(v('glu', 0, Infinity), 0);
    assert.strictEqual(v('geglu', 0, Infinity), 0);
    assert.ok(Object.is(v('geglu', -0, Infinity), -0));
    // 0 times a negative gate is −0, as it is for every finite b < 0.
    assert.ok(Object.is(v('swiglu', 0, -Infinity), -0));
    // GELU and Swish keep the sign of b, even where they underflow; GELU(0) = 0 exactly.
    assert.strictEqual(v('geglu', Infinity, -40), -Infinity);
    assert.strictEqual(v('geglu', Infinity, 1), Infinity);
    assert.strictEqual(v('geglu', Infinity, 0), 0);
    assert.strictEqual(v('swiglu', Infinity, -800), -Infinity);
    assert.strictEqual(v('swiglu', -Infinity, -800, { beta: 2 }), Infinity);
    assert.strictEqual(v('swiglu', 5, Infinity), Infinity);
    assert.ok(Object.is(v('swiglu', 5, -Infinity), -0));
    assert.ok(Object.is(v('glu', -0, 1), -0));
  });

  it('form products of a huge value and a tiny gate through logarithms', () => {
    // 1e300 · σ(−800) = 1e300 · e⁻⁸⁰⁰/(1 + e⁻⁸⁰⁰) ≈ 3.6679e−48, though σ(−800) is 0 in double precision.
    assert.strictEqual(at('sigmoid', -800), 0);
    const y = evaluate('glu', [1e300, -800])[0];
    assert.ok(Math.abs(y / 3.667874584177687e-48 - 1) < 1e-12, String(y));
    const J = derivative('glu', [1e300, 800]);
    assert.strictEqual(J[0], 1);
    assert.ok(Math.abs(J[1] / 3.667874584177687e-48 - 1) < 1e-12, `∂/∂b = 1e300·σ′(800) = ${J[1]}`);
  });
});

describe('gated units: usage errors', () => {
  it('refuse odd and empty lengths with a message that says why', () => {
    for (const id of GATED) {
      assert.throws(() => evaluate(id, [1, 2, 3]), (e: unknown) => e instanceof ActivationError && /3 entries, an odd number/.test(e.message) && /value half and a gate half/.test(e.message));
      assert.throws(() => derivative(id, [1, 2, 3]), ActivationError);
      assert.throws(() => act(id).f(new Float64Array(0), resolveParams(act(id))), /empty vector/);
      assert.throws(() => evaluate(id, []), /empty vector/);
    }
  });

  it('check the lengths of the cotangent and the tangent', () => {
    const a = act('glu');
    const z = Float64Array.of(1, 2, 3, 4);
    assert.throws(() => a.vjp(z, Float64Array.of(1, 2, 3, 4), {}), /length 4 does not match the input's length 2/);
    assert.throws(() => a.jvp(z, Float64Array.of(1, 2), {}), /length 2 does not match the input's length 4/);
  });

  it('check SwiGLU’s β like every parameter', () => {
    assert.throws(() => evaluate('swiglu', [1, 2], { beta: NaN }), /beta: must be a finite number/);
    assert.throws(() => evaluate('glu', [1, 2], { beta: 1 }), /unknown parameter/);
  });
});
