import * as assert from 'assert';
import * as fc from 'fast-check';
import { all, create } from 'mathjs';
import { resolveParams } from '../../../src/core/params';
import { REGISTRY } from '../../../src/core/registry';
import { encodeValue } from '../../../src/language/encode';
import { Session } from '../../../src/language/session';
import type { CellResult } from '../../../src/language/types';

/** A plain mathjs, used only here, as an independent symbolic reference. */
const reference = create(all);

function value(r: CellResult): unknown {
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  return r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
}

/** Random smooth expressions in x built from + − × ÷ ^ and elementary functions. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('x'),
    fc.integer({ min: 1, max: 5 }).map(String),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a}) / (2 + (${b})^2)`),
    fc.tuple(tie('e'), fc.integer({ min: 2, max: 3 })).map(([a, n]) => `(${a})^${n}`),
    fc.tuple(fc.constantFrom('sin', 'cos', 'tanh', 'exp', 'atan'), tie('e')).map(([f, a]) => `${f}(${a} / 10)`),
    tie('e').map((a) => `sqrt(1 + (${a})^2)`),
  ),
})).e;

describe('language/autodiff', () => {
  it('agrees with symbolic differentiation on random expressions (f′ and f″)', () => {
    fc.assert(
      fc.property(expr, fc.double({ min: -2, max: 2, noNaN: true }), (body, x) => {
        const s = new Session();
        s.run(`f(x) = ${body}`, { precision: 6 });
        const d1 = reference.derivative(body, 'x');
        const d2 = reference.derivative(d1, 'x');
        const want1 = d1.evaluate({ x }) as number;
        const want2 = d2.evaluate({ x }) as number;
        const got1 = value(s.run(`f'(${x})`, { precision: 6 })) as number;
        const got2 = value(s.run(`f''(${x})`, { precision: 6 })) as number;
        const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
        if (!Number.isFinite(want1) || !Number.isFinite(want2)) return true;
        assert.ok(close(got1, want1), `f'(${x}) for ${body}: ${got1} vs ${want1}`);
        assert.ok(close(got2, want2), `f''(${x}) for ${body}: ${got2} vs ${want2}`);
        return true;
      }),
      // mathjs's symbolic derivative is slow (≈ 0.1–1 s per call); a few runs suffice here,
      // the finite-difference check below covers many more expressions.
      { seed: 11, numRuns: 6, endOnFailure: true },
    );
  });

  it('agrees with central differences on many random expressions', () => {
    fc.assert(
      fc.property(expr, fc.double({ min: -2, max: 2, noNaN: true }), (body, x) => {
        const s = new Session();
        s.run(`f(x) = ${body}`, { precision: 6 });
        const f = s.lookup('f') as (t: number) => number;
        const h = 1e-5;
        const fd = (f(x + h) - f(x - h)) / (2 * h);
        if (!Number.isFinite(fd)) return true;
        const got = value(s.run(`f'(${x})`, { precision: 6 })) as number;
        // Central differences are accurate to ~h² f‴ plus rounding ~ε|f|/h; the allowance covers both.
        const scale = Math.max(1, Math.abs(f(x)), Math.abs(fd));
        assert.ok(Math.abs(got - fd) <= 1e-5 * scale, `f'(${x}) for ${body}: ${got} vs ${fd}`);
        return true;
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it("exposes every registry activation, and its derivative through the prime", () => {
    const s = new Session();
    const xs = [-3, -0.5, 0, 0.5, 3];
    for (const act of REGISTRY) {
      if (act.kind === 'scalar') {
        const p = resolveParams(act);
        assert.deepStrictEqual(value(s.run(`${act.id}([${xs.join(', ')}])`, { precision: 6 })), encodeValue(xs.map((x) => act.f(x, p))), act.id);
        assert.deepStrictEqual(value(s.run(`${act.id}'([${xs.join(', ')}])`, { precision: 6 })), encodeValue(xs.map((x) => act.df(x, p))), `${act.id}'`);
        // A learner's wrapper differentiates to the closed form too.
        s.run(`w(x) = ${act.id}(x)`, { precision: 6 });
        assert.deepStrictEqual(value(s.run("w'(0.5)", { precision: 6 })), encodeValue(act.df(0.5, p)), `w' for ${act.id}`);
      } else {
        // Four entries: the gated units split z into two equal halves.
        const z = [0.5, -1, 2, 0.25];
        const p = resolveParams(act);
        const f = Array.from(act.f(Float64Array.from(z), p));
        const got = value(s.run(`${act.id}([${z.join(', ')}])`, { precision: 6 }));
        assert.deepStrictEqual(got, encodeValue(f.length === 1 && !Array.isArray(got) ? f[0] : f), act.id);
        const J = value(s.run(`jacobian(${act.id}, [${z.join(', ')}])`, { precision: 6 })) as number[][];
        assert.deepStrictEqual(J.flat(), encodeValue(Array.from(act.jacobian(Float64Array.from(z), p))), `jacobian(${act.id})`);
      }
    }
  });

  it('gives jvp through a learner function using the core J·v of softmax', () => {
    const s = new Session();
    s.run('g(z) = 2 * softmax(z)', { precision: 6 });
    const got = value(s.run('jvp(g, [1, 2, 3], [1, 0, 0])', { precision: 6 })) as number[];
    const core = value(s.run('jvp(softmax, [1, 2, 3], [1, 0, 0])', { precision: 6 })) as number[];
    got.forEach((x, i) => assert.ok(Math.abs(x - 2 * core[i]) < 1e-16));
  });
});
