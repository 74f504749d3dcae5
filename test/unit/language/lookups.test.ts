import * as assert from 'assert';
import { Session } from '../../../src/language/session';

const OPTS = { precision: 6 };

/**
 * Names are looked up as own properties only: Object.prototype's members (`constructor`,
 * `isPrototypeOf`, …) are not functions of the language, not even inside a derivative,
 * where they used to resolve (`f(x) = constructor(x); f'(1)` gave 1).
 */
describe('language/own-property lookups in derivatives', () => {
  const NAMES = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[a-z]\w*$/i.test(n));

  it('treats every Object.prototype name inside a differentiated function as unknown', () => {
    const session = new Session();
    for (const name of NAMES) {
      const r = session.run(`f(x) = ${name}(x)\nf'(1)`, OPTS);
      assert.strictEqual(r.error?.name, 'UnknownName', `${name}: ${JSON.stringify(r.error ?? r.outputs.map((o) => o.items.map((i) => i.data)))}`);
      assert.ok(r.error!.message.startsWith(`Unknown name \`${name}\``), r.error!.message);
    }
  });

  it('finds no derivative with respect to a prototype name', () => {
    const session = new Session();
    for (const name of ['constructor', 'toString', '__proto__']) {
      const r = session.run(`dparam(prelu, "${name}", 1)`, OPTS);
      assert.strictEqual(r.error?.name, 'ArgumentError', name);
      assert.match(r.error!.message, /has no derivative with respect to/);
    }
  });

  it("still differentiates the elementary functions by name (sin', exp' in f')", () => {
    const session = new Session();
    const value = (code: string): unknown => session.run(code, OPTS).outputs.at(-1)?.items.find((i) => i.mime === 'application/json')?.data;
    assert.strictEqual(value("sin'(0)"), 1);
    assert.strictEqual(value("f(x) = exp(x) + cos(x)\nf'(0)"), 1);
  });
});
