/**
 * A name that holds a number, followed by parentheses, is a product as on paper:
 * `0.5 x (1 + erf(x / sqrt(2)))` inside a definition, `a (2 + 1)` in a cell. Function
 * values are still called, builtins keep their own calls, and the derivative sees the product.
 */
import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import type { CellResult } from '../../../src/language/types';

const OPTS = { precision: 6 };

function last(r: CellResult): unknown {
  assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
  return r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json')?.data;
}

describe('language: implicit products with a name', () => {
  it('reads a parameter before parentheses as a product inside a definition', () => {
    const s = new Session();
    s.run('g(x) = 0.5 x (1 + erf(x / sqrt(2)))', OPTS);
    assert.ok(Math.abs((last(s.run('g(1)', OPTS)) as number) - (last(s.run('gelu(1)', OPTS)) as number)) < 1e-15);
    assert.strictEqual(last(s.run('h(t) = t(t + 1)\nh(3)', OPTS)), 12);
  });

  it('reads a variable holding a number, a constant or a matrix the same way', () => {
    const s = new Session();
    assert.strictEqual(last(s.run('a = 3\na (2 + 1)', OPTS)), 9);
    assert.ok(Math.abs((last(s.run('pi(2)', OPTS)) as number) - 2 * Math.PI) < 1e-15);
    assert.deepStrictEqual(last(s.run('v = [1, 2]\nv (3)', OPTS)), [3, 6]);
  });

  it('still calls function values, including one passed as a parameter', () => {
    const s = new Session();
    s.run('f(x) = x^2', OPTS);
    assert.strictEqual(last(s.run('f(3)', OPTS)), 9);
    assert.strictEqual(last(s.run('twice(h, x) = h(h(x))\ntwice(f, 3)', OPTS)), 81);
    assert.strictEqual(last(s.run('k = sigmoid\nk(0)', OPTS)), 0.5);
  });

  it('differentiates through the product and through erf', () => {
    const s = new Session();
    s.run('g(x) = 0.5 x (1 + erf(x / sqrt(2)))', OPTS);
    for (const x of [-2, -0.5, 0, 1, 3]) {
      const mine = last(s.run(`g'(${x})`, OPTS)) as number;
      const builtin = last(s.run(`gelu'(${x})`, OPTS)) as number;
      assert.ok(Math.abs(mine - builtin) <= 1e-14 * Math.max(1, Math.abs(builtin)), `x = ${x}: ${mine} vs ${builtin}`);
    }
  });

  it('explains a number called with several arguments', () => {
    const s = new Session();
    const r = s.run('x = 2\nx(1, 2)', OPTS);
    assert.strictEqual(r.error?.name, 'ArgumentError');
    assert.match(r.error?.message ?? '', /`x` holds the number 2, not a function, so `x\(…\)` reads as a product/);
    assert.doesNotMatch(r.error?.message ?? '', /ǂ/);
  });

  it('keeps unknown names unknown', () => {
    const r = new Session().run('nosuch(2)', OPTS);
    assert.strictEqual(r.error?.name, 'UnknownName');
  });

  it('prints the definition back as typed', () => {
    const r = new Session().run('g(x) = 0.5 x (1 + x)', OPTS);
    assert.strictEqual(r.outputs[0].items.find((i) => i.mime === 'text/plain')?.data, 'g(x) = 0.5 x(1 + x)');
  });
});
