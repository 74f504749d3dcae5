import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import type { CellResult } from '../../../src/language/types';

const OPTS = { precision: 4 };

function texts(r: CellResult): string[] {
  return r.outputs.map((o) => String(o.items.find((i) => i.mime === 'text/plain')?.data));
}

function json(r: CellResult, k = -1): unknown {
  const o = r.outputs[k < 0 ? r.outputs.length + k : k];
  return o.items.find((i) => i.mime === 'application/json')?.data;
}

function ok(s: Session, code: string): CellResult {
  const r = s.run(code, OPTS);
  assert.strictEqual(r.error, undefined, `${code}: ${JSON.stringify(r.error)}`);
  return r;
}

describe('language/Session', () => {
  let s: Session;
  beforeEach(() => (s = new Session()));

  it('evaluates activations on numbers, vectors and matrices', () => {
    assert.strictEqual(json(ok(s, 'sigmoid(0)')), 0.5);
    assert.deepStrictEqual(json(ok(s, 'relu([-1, 0, 2])')), [0, 0, 2]);
    assert.deepStrictEqual(json(ok(s, 'relu([-1, 2; 3, -4])')), [[0, 2], [3, 0]]);
    assert.deepStrictEqual(texts(ok(s, 'tanh([-3, 0, 3])')), ['[-0.9951, 0, 0.9951]']);
  });

  it('passes parameters positionally in registry order', () => {
    assert.strictEqual(json(ok(s, 'leaky_relu(-2, 0.2)')), -0.4);
    assert.strictEqual(json(ok(s, 'leaky_relu(-2)')), -0.02);
    assert.strictEqual(json(ok(s, 'elu(-1, 0.5)')), 0.5 * Math.expm1(-1));
    const r = s.run('leaky_relu(1, 2, 3)', OPTS);
    assert.strictEqual(r.error?.name, 'ArgumentError');
  });

  it('keeps variables and functions across cells', () => {
    ok(s, 'a = 3');
    ok(s, 'f(x) = x * sigmoid(1.7 x)');
    const r = ok(s, 'f(2) + a');
    assert.ok(Math.abs((json(r) as number) - (2 / (1 + Math.exp(-3.4)) + 3)) < 1e-15);
    assert.strictEqual(s.inspect('a'), 'a = 3');
    assert.strictEqual(s.inspect('f'), 'f(x) = x * sigmoid(1.7 x)');
    assert.strictEqual(s.inspect('nothing'), undefined);
    s.reset();
    assert.strictEqual(s.run('a', OPTS).error?.name, 'UnknownName');
  });

  it('shows each visible statement and hides those ending in ;', () => {
    const r = ok(s, 'a = 1;\nb = 2\na + b');
    assert.deepStrictEqual(texts(r), ['2', '3']);
  });

  it('confirms a function definition in one line, with the function as its JSON value', () => {
    const r = ok(s, 'g(x, a) = a * x^2');
    assert.deepStrictEqual(texts(r), ['g(x, a) = a * x ^ 2']);
    assert.deepStrictEqual(r.outputs[0].items.map((i) => i.mime), ['application/vnd.actlab.value+json', 'text/plain', 'application/json']);
    assert.deepStrictEqual(json(r), { function: 'g' });
  });

  it("reads prime notation as exact derivatives of builtins", () => {
    assert.strictEqual(json(ok(s, "sigmoid'(0)")), 0.25);
    assert.strictEqual(json(ok(s, "relu'(-1)")), 0);
    assert.strictEqual(json(ok(s, "relu'(0)")), 0);
    assert.strictEqual(json(ok(s, "leaky_relu'(-1, 0.2)")), 0.2);
    assert.deepStrictEqual(json(ok(s, "tanh'([0, 0])")), [1, 1]);
  });

  it("differentiates a learner's function exactly (first and second order)", () => {
    ok(s, 'f(x) = x * sigmoid(1.7 x)');
    const x = 3;
    const sg = 1 / (1 + Math.exp(-1.7 * x));
    const expected = sg + 1.7 * x * sg * (1 - sg);
    assert.ok(Math.abs((json(ok(s, "f'(3)")) as number) - expected) < 1e-14);
    ok(s, 'g(x) = x^3 - 2x');
    assert.strictEqual(json(ok(s, "g'(2)")), 10);
    assert.strictEqual(json(ok(s, "g''(2)")), 12);
    ok(s, 'h(x) = exp(sin(x)) / (1 + x^2)');
    const h1 = (t: number): number => Math.exp(Math.sin(t)) * (Math.cos(t) * (1 + t * t) - 2 * t) / (1 + t * t) ** 2;
    assert.ok(Math.abs((json(ok(s, "h'(0.7)")) as number) - h1(0.7)) < 1e-14);
  });

  it('uses a learner function inside another and through conditionals', () => {
    ok(s, 'u(x) = x^2');
    ok(s, 'v(x) = u(3 x) + (x > 0 ? x : 0.1 x)');
    assert.strictEqual(json(ok(s, "v'(1)")), 19);
    assert.ok(Math.abs((json(ok(s, "v'(-1)")) as number) - (-18 + 0.1)) < 1e-14);
  });

  it("gives derivatives as function values: sigmoid' and f'", () => {
    assert.deepStrictEqual(texts(ok(s, "sigmoid'")), ["function sigmoid'"]);
    ok(s, "d = sigmoid'");
    assert.strictEqual(json(ok(s, 'd(0)')), 0.25);
    ok(s, 'f(x) = x^2');
    ok(s, "df = f'");
    assert.strictEqual(json(ok(s, 'df(5)')), 10);
  });

  it('still transposes matrices with a prime', () => {
    ok(s, 'A = [1, 2; 3, 4]');
    assert.deepStrictEqual(json(ok(s, "A'")), [[1, 3], [2, 4]]);
    assert.deepStrictEqual(json(ok(s, "[1, 2; 3, 4]'")), [[1, 3], [2, 4]]);
    assert.deepStrictEqual(json(ok(s, "A' * A")), [[10, 14], [14, 20]]);
    assert.deepStrictEqual(json(ok(s, "A''")), [[1, 2], [3, 4]]);
  });

  it('keeps single-quoted strings', () => {
    assert.deepStrictEqual(json(ok(s, "x = 'abc'")), { string: 'abc' });
    assert.deepStrictEqual(json(ok(s, "concat('a', 'b')")), { string: 'ab' });
  });

  it('computes second derivatives and refuses orders beyond the eighth by name', () => {
    assert.strictEqual(json(ok(s, "sigmoid''(0)")), 0);
    const r = s.run("sigmoid'''''''''(0)", OPTS);
    assert.strictEqual(r.error?.name, 'NotDifferentiable');
    assert.match(r.error!.message, /sigmoid''''''''' is not available: derivatives up to order 8/);
  });

  it('refuses constructs it cannot differentiate with a clear error', () => {
    ok(s, 'k(x) = floor(x) + x');
    const r = s.run("k'(1.5)", OPTS);
    assert.strictEqual(r.error?.name, 'NotDifferentiable');
    assert.match(r.error!.message, /floor/);
  });

  it('computes softmax, its Jacobian and products with it', () => {
    const y = json(ok(s, 'softmax([1, 2, 3])')) as number[];
    assert.ok(Math.abs(y.reduce((a, b) => a + b) - 1) < 1e-15);
    const J = json(ok(s, 'jacobian(softmax, [1, 2, 3])')) as number[][];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) assert.ok(Math.abs(J[i][j] - (i === j ? y[i] * (1 - y[i]) : -y[i] * y[j])) < 1e-15);
    }
    const v = json(ok(s, 'vjp(softmax, [1, 2, 3], [1, 0, 0])')) as number[];
    v.forEach((x, j) => assert.ok(Math.abs(x - J[0][j]) < 1e-15));
    const w = json(ok(s, 'jvp(softmax, [1, 2, 3], [1, 0, 0])')) as number[];
    w.forEach((x, i) => assert.ok(Math.abs(x - J[i][0]) < 1e-15));
    assert.ok(Array.isArray(json(ok(s, 'softmax([1, 2, 3], 2)'))));
  });

  it("gives the Jacobian of a learner's vector function by automatic differentiation", () => {
    ok(s, 'k(v) = exp(v) / sum(exp(v))');
    const mine = json(ok(s, 'jacobian(k, [1, 2, 3])')) as number[][];
    const core = json(ok(s, 'jacobian(softmax, [1, 2, 3])')) as number[][];
    mine.forEach((row, i) => row.forEach((x, j) => assert.ok(Math.abs(x - core[i][j]) < 1e-15)));
    ok(s, 'p(v) = sum(v .* v)');
    assert.deepStrictEqual(json(ok(s, 'grad(p, [1, 2, 3])')), [2, 4, 6]);
  });

  it('makes element-wise Jacobians diagonal', () => {
    const J = json(ok(s, 'jacobian(sigmoid, [0, 0])')) as number[][];
    assert.deepStrictEqual(J, [[0.25, 0], [0, 0.25]]);
  });

  it('differentiates with respect to parameters: dparam', () => {
    assert.strictEqual(json(ok(s, "dparam(prelu, 'alpha', -2, 0.25)")), -2);
    assert.strictEqual(json(ok(s, "dparam(prelu, 'alpha', 3, 0.25)")), 0);
    assert.strictEqual(s.run("dparam(relu, 'alpha', 1)", OPTS).error?.name, 'ArgumentError');
  });

  it('chains through a parameter that varies when the core has dparam', () => {
    ok(s, 'q(b) = swish(2, b)');
    const r = json(ok(s, "q'(1.5)")) as number;
    const direct = json(ok(s, "dparam(swish, 'beta', 2, 1.5)")) as number;
    assert.strictEqual(r, direct);
  });

  it('shows maxout with its winning piece', () => {
    const r = ok(s, 'm = maxout([1, 0; 0, 1], [0, 0], [2, 3])');
    const v = (json(r) as { object: Record<string, unknown> }).object;
    assert.strictEqual(v.value, 3);
    assert.strictEqual(v.piece, 2);
    assert.strictEqual(json(ok(s, 'm.piece')), 2);
    assert.strictEqual(json(ok(s, 'maxout([1, 5, 2])')), 5);
  });

  it('encodes special values in JSON', () => {
    assert.deepStrictEqual(json(ok(s, '[NaN, -0, 1/0, -1/0, 0.1]')), ['NaN', '-0', 'Infinity', '-Infinity', 0.1]);
    assert.strictEqual(json(ok(s, 'sigmoid(-Infinity)')), 0);
    assert.strictEqual(json(ok(s, 'sigmoid(NaN)')), 'NaN');
  });

  it('renders matrices as aligned rows and a markdown table', () => {
    const r = ok(s, '[1, 2.5; 30, 4]');
    const items = r.outputs[0].items;
    assert.deepStrictEqual(
      items.map((i) => i.mime),
      ['application/vnd.actlab.value+json', 'text/markdown', 'text/plain', 'application/json'],
    );
    assert.match(String(items[1].data), /\| \*\*2\*\* \| 30 \| 4 \|/);
    assert.strictEqual(texts(r)[0], '[[ 1, 2.5],\n [30,   4]]');
  });

  it('reports syntax errors with line and column', () => {
    const r = s.run('a = 1\nb = (2 +', OPTS);
    assert.strictEqual(r.error?.name, 'SyntaxError');
    assert.strictEqual(r.error?.line, 2);
    assert.ok((r.error?.column ?? 0) >= 8);
  });

  it('suggests a name for a typo and points at the statement', () => {
    const r = s.run('x = 1\nsigmod(2)', OPTS);
    assert.strictEqual(r.error?.name, 'UnknownName');
    assert.strictEqual(r.error?.suggestion, 'sigmoid');
    assert.strictEqual(r.error?.line, 2);
    assert.deepStrictEqual(texts(r), ['1'], 'outputs before the error are kept');
  });

  it('turns runaway recursion into StackOverflow and keeps the session', () => {
    ok(s, 'a = 5');
    const r = s.run('f(x) = f(x) + 1\nf(1)', OPTS);
    assert.strictEqual(r.error?.name, 'StackOverflow');
    assert.strictEqual(json(ok(s, 'a + 1')), 6);
  });

  it('refuses huge allocations at once', () => {
    for (const code of ['zeros(1e5, 1e5)', '1:1e9', 'ones([1e4, 1e4])', 'range(0, 1e9)']) {
      const r = s.run(code, OPTS);
      assert.strictEqual(r.error?.name, 'TooLarge', code);
    }
  });

  it('implements the exercise evaluator', () => {
    ok(s, 'g(x) = 2 x');
    assert.strictEqual(s.evaluate('g(t) + 1', { t: 3 }), 7);
    const g = s.lookup('g');
    assert.strictEqual(s.call(g, [4]), 8);
    assert.strictEqual(s.lookup('t'), undefined, 'extra scope does not leak');
  });

  it('appends an exercise verdict for exercise cells', () => {
    const r = s.run('g(x) = sigmoid(x) * (1 - sigmoid(x))', { precision: 4, exercise: 'no-such-exercise-id' });
    assert.strictEqual(r.error?.name, 'UnknownExercise');
  });
});

describe('language/Session names', () => {
  it('reports an undefined single-letter name as unknown, not as a unit', () => {
    const s = new Session();
    for (const name of ['W', 'b', 'm', 'g']) {
      const r = s.run(`${name} * 2`, OPTS);
      assert.strictEqual(r.error?.name, 'UnknownName', name);
    }
    assert.strictEqual(s.run('unit("5 cm")', OPTS).error, undefined);
  });
});

describe('language/Session ranges', () => {
  it('keeps mathjs range semantics in cells (end included) under the size guard', () => {
    const s = new Session();
    const v = (code: string): unknown => s.run(code, OPTS).outputs[0]?.items.find((i) => i.mime === 'application/json')?.data;
    assert.deepStrictEqual(v('1:5'), [1, 2, 3, 4, 5]);
    assert.deepStrictEqual(v('0:2:6'), [0, 2, 4, 6]);
    assert.deepStrictEqual(v('range(1, 4)'), [1, 2, 3, 4]);
    assert.deepStrictEqual(v('a = [10, 20, 30, 40]; a[2:3]'), [20, 30]);
    assert.strictEqual(s.run('1:1e9', OPTS).error?.name, 'TooLarge');
  });
});

describe('language/Session callbacks', () => {
  it("passes primed functions to map and filter, also from inside a function", () => {
    const s = new Session();
    const v = (code: string): unknown => {
      const r = s.run(code, OPTS);
      assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
      return r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
    };
    assert.deepStrictEqual(v("map([0, 0], sigmoid')"), [0.25, 0.25]);
    v('k(x) = x^2');
    assert.deepStrictEqual(v("map([1, 2, 3], k')"), [2, 4, 6]);
    assert.deepStrictEqual(s.run("ap(f, v) = map(v, f')", OPTS).outputs[0].items.find((i) => i.mime === 'text/plain')?.data, "ap(f, v) = map(v, f')");
    assert.deepStrictEqual(v('ap(sigmoid, [0, 0])'), [0.25, 0.25]);
    assert.deepStrictEqual(v('map([1, 2], x^2)'), [1, 4], 'inline expressions still work');
    assert.strictEqual(s.run("map([1], sigmod')", OPTS).error?.name, 'UnknownName');
  });
});
