import * as assert from 'assert';
import { Session } from '../../../src/language/session';

/**
 * Escape attempts from mathjs's security documentation and its past advisories: each must
 * end in a clean error (never reach JavaScript's Function constructor, the process, or
 * mathjs internals), and the session must keep working afterwards.
 */
const ATTEMPTS = [
  'import({a: 1}, {override: true})',
  'createUnit("foo")',
  'evaluate("1 + 1")',
  'parse("1 + 1")',
  'compile("1 + 1")',
  'simplify("x + x")',
  'derivative("x^2", "x")',
  'resolve(parse("x"), {x: 1})',
  'parser()',
  'chain(3)',
  'config({number: "BigNumber"})',
  'reviver("a", 1)',
  'typed("f", {"number": f})',
  'typed.clear()',
  'cos.constructor("return process")()',
  'f = cos.constructor; f("return process")()',
  '[].map.constructor("return process")()',
  '"".constructor.fromCharCode(65)',
  'sigmoid.apply(1, [2])',
  'sigmoid.call(1, 2)',
  'sigmoid.bind(1)',
  'sigmoid["constructor"]',
  'a = {}; a["constructor"]',
  'a = {}; a.__proto__',
  '{}.constructor.constructor("return this")()',
  'unit("5cm").constructor',
  'matrix([1]).constructor',
  'f(x) = x; f.constructor',
  'f(x) = x; f["signatures"] = 1',
  'cos.signatures.number = 1',
  'isNumber = 1; isNumber.constructor',
  'expression.parse("1")',
];

describe('language/sandbox', () => {
  for (const code of ATTEMPTS) {
    it(`refuses ${code}`, () => {
      const s = new Session();
      const r = s.run(code, { precision: 4 });
      assert.ok(r.error, `expected an error, got ${JSON.stringify(r.outputs)}`);
      assert.ok(typeof r.error.message === 'string' && r.error.message.length > 0);
      assert.ok(!/process|this/.test(JSON.stringify(r.outputs)), 'nothing of the host leaks into outputs');
      const after = s.run('sigmoid(0) + cos(0)', { precision: 4 });
      assert.strictEqual(after.error, undefined, `session still works after ${code}`);
      assert.strictEqual(after.outputs[0].items.find((i) => i.mime === 'application/json')?.data, 1.5);
    });
  }

  it('names the disabled function in its error', () => {
    const r = new Session().run('evaluate("1")', { precision: 4 });
    assert.strictEqual(r.error?.name, 'NotAllowed');
    assert.match(r.error!.message, /evaluate/);
  });
});
