/**
 * Second and higher derivatives in the cell language: `f''` for activations (the core's
 * closed forms), element-wise and with parameters; `f'''` and up by automatic
 * differentiation, checked against decimal.js difference quotients of the reference f″;
 * learner functions to any offered order; `hessian` and `hvp` for logsumexp and learner
 * functions, through the softmax family's second derivatives.
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { REGISTRY, derivative2, hessian as coreHessian, resolveParams, softmaxJacobian } from '../../../src/core';
import { SECOND } from '../../../src/language/jets';
import { Session } from '../../../src/language/session';
import type { CellResult } from '../../../src/language/types';
import type * as Reference from '../../fixtures/core/reference.mjs';

const OPTS = { precision: 6 };

function json(r: CellResult): unknown {
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  const data = r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
  return data;
}

function run(s: Session, code: string): unknown {
  return json(s.run(code, OPTS));
}

const close = (a: number, b: number, rel: number, abs = 0): boolean => Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));

describe('language: second derivatives, Hessians and higher orders', () => {
  let s: Session;
  beforeEach(() => {
    s = new Session();
  });

  it('gives the core closed form for f″ of an activation, element-wise and with parameters', () => {
    assert.strictEqual(run(s, "sigmoid''(0)"), 0);
    assert.deepStrictEqual(run(s, "gelu''([-2, 0, 2])"), Array.from(derivative2('gelu', [-2, 0, 2])));
    assert.strictEqual(run(s, "elu''(-1, 0.5)"), derivative2('elu', [-1], { alpha: 0.5 })[0]);
    assert.strictEqual(run(s, "swish''(1, 2)"), derivative2('swish', [1], { beta: 2 })[0]);
    assert.deepStrictEqual(run(s, "relu''([-1, 0, 1])"), [0, 0, 0]);
    // f'' of f' is the same function value as f''.
    assert.strictEqual(run(s, "g = sigmoid'\ng'(1.5)"), derivative2('sigmoid', [1.5])[0]);
  });

  it('differentiates a learner function twice through an activation (h = x·σ(x) is SiLU)', () => {
    run(s, 'h(x) = x * sigmoid(x)');
    const h2 = run(s, "h''(1)") as number;
    assert.ok(close(h2, derivative2('silu', [1])[0], 1e-15), String(h2));
    assert.ok(close(run(s, "h''(-3.5)") as number, derivative2('silu', [-3.5])[0], 1e-14));
  });

  it('every scalar activation has an f″ formula on duals that agrees with the core', () => {
    for (const act of REGISTRY) {
      if (act.kind !== 'scalar') continue;
      const rule = SECOND[act.id];
      assert.ok(rule !== undefined, `no second-derivative rule for ${act.id}`);
      const p = resolveParams(act);
      for (const x of [-4.3, -1.1, -0.2, 0.37, 1.9, 5.5]) {
        const want = act.d2f(x, p);
        const got = rule(x, p) as number;
        assert.ok(close(got, want, 1e-12, 1e-300), `${act.id}″(${x}): rule ${got}, core ${want}`);
      }
    }
  });

  it("f‴ of every smooth activation agrees with a decimal.js difference quotient of its reference f″", async function () {
    this.timeout(180_000);
    const ref = (await import('../../fixtures/core/reference.mjs')) as typeof Reference;
    const h = new ref.D('1e-40');
    const kinks = [0, 0.5, -0.5, 1, -1, 3, -3, 6];
    for (const act of REGISTRY) {
      if (act.kind !== 'scalar') continue;
      const p = resolveParams(act);
      const pd = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ref.exact(v)]));
      const r = ref.SCALAR[act.id];
      fc.assert(
        fc.property(
          fc.double({ min: -12, max: 12, noNaN: true }).filter((x) => kinks.every((k) => Math.abs(x - k) > 1e-3)),
          (x) => {
            const xd = ref.exact(x);
            const dq = r.d2f(xd.plus(h), pd).minus(r.d2f(xd.minus(h), pd)).div(h.times(2)).toNumber();
            const got = run(s, `${act.id}'''(${x})`) as number;
            // Automatic differentiation of a double-precision formula: agreement to ~1e−12 of
            // the function's scale (its largest f‴ magnitude near x is O(1)).
            if (!close(got, dq, 1e-9, 1e-12)) throw new Error(`${act.id}‴(${x}): got ${got}, quotient ${dq}`);
            return true;
          },
        ),
        { numRuns: 8, seed: 31 },
      );
    }
  });

  it('takes a learner function to the eighth derivative, exactly, and refuses the ninth', () => {
    run(s, 'f(x) = x^8 + exp(2 x)');
    // f⁽⁸⁾(x) = 8! + 2⁸e^(2x).
    assert.ok(close(run(s, "f''''''''(0.5)") as number, 40320 + 256 * Math.exp(1), 1e-13));
    const r = s.run("f'''''''''(0.5)", OPTS);
    assert.strictEqual(r.error?.name, 'NotDifferentiable');
    assert.match(r.error!.message, /up to order 8/);
  });

  it('differentiates through a derivative used inside a function (g = 2h′ ⇒ g′ = 2h″)', () => {
    run(s, 'h(x) = x * tanh(x)');
    run(s, "g(x) = 2 * h'(x)");
    const t = Math.tanh(0.7);
    const sech2 = 1 - t * t;
    // h″ = 2 sech² x − 2x tanh x sech² x.
    assert.ok(close(run(s, "g'(0.7)") as number, 2 * (2 * sech2 - 2 * 0.7 * t * sech2), 1e-14));
  });

  it('hessian(logsumexp, z) is the softmax Jacobian: symmetric, rows summing to 0', () => {
    const H = run(s, 'hessian(logsumexp, [1, 2, 3])') as number[][];
    const J = softmaxJacobian([1, 2, 3]);
    H.forEach((row, i) => row.forEach((v, j) => assert.strictEqual(v, J[i * 3 + j])));
    for (const row of H) assert.ok(Math.abs(row.reduce((a, b) => a + b, 0)) < 1e-16);
    const hv = run(s, 'hvp(logsumexp, [1, 2, 3], [1, 0, 0])') as number[];
    hv.forEach((v, i) => assert.ok(close(v, H[i][0], 1e-15, 1e-17), `hvp[${i}] ${v} vs ${H[i][0]}`));
  });

  it("hessian of a learner function: exact, symmetric, through logsumexp and softmax", () => {
    run(s, 'q(z) = z[1]^2 * z[2] + 3 * z[2]^3');
    // ∇²q = [[2z₂, 2z₁], [2z₁, 18z₂]].
    assert.deepStrictEqual(run(s, 'hessian(q, [1.5, -2])'), [[-4, 3], [3, -36]]);
    assert.deepStrictEqual(run(s, 'hvp(q, [1.5, -2], [1, 2])'), [2, -69]);
    run(s, 'L(z) = logsumexp(z) + z[1]^2');
    const H = run(s, 'hessian(L, [1, 2, 3])') as number[][];
    const J = softmaxJacobian([1, 2, 3]);
    H.forEach((row, i) => row.forEach((v, j) => assert.ok(close(v, J[i * 3 + j] + (i === 0 && j === 0 ? 2 : 0), 1e-15, 1e-17), `H[${i}][${j}]`)));
    run(s, 'p2(z) = softmax(z)[2]');
    const P = run(s, 'hessian(p2, [0.5, 1, -1])') as number[][];
    const want = coreHessian('softmax', [0.5, 1, -1], undefined, 1);
    P.forEach((row, i) => row.forEach((v, j) => assert.ok(close(v, want[i * 3 + j], 1e-14, 1e-17), `P[${i}][${j}] ${v} vs ${want[i * 3 + j]}`)));
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) assert.strictEqual(P[i][j], P[j][i]);
  });

  it('explains what to use instead when a Hessian does not apply', () => {
    const scalar = s.run('hessian(sigmoid, [1, 2])', OPTS);
    assert.match(scalar.error!.message, /element by element, so its second derivative is sigmoid''\(x\)/);
    const vector = s.run('hessian(softmax, [1, 2])', OPTS);
    assert.match(vector.error!.message, /p1\(z\) = softmax\(z\)\[1\]/);
    const third = s.run("c(z) = logsumexp(z)\nt(x) = c([x, 0])\nt'''(1)", OPTS);
    assert.strictEqual(third.error?.name, 'NotDifferentiable');
    assert.match(third.error!.message, /logsumexp/);
    const prime = s.run("softmax''", OPTS);
    assert.match(prime.error!.message, /jacobian\(softmax, z\)/);
    const lse = s.run("logsumexp'", OPTS);
    assert.match(lse.error!.message, /hessian\(logsumexp, z\)/);
  });
});
