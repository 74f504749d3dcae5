import * as assert from 'assert';
import * as fc from 'fast-check';
import { Session } from '../../../src/language/session';
import { sandboxedMath } from '../../../src/language/mathInstance';
import { assertClean, callSoup, hostileCell } from './hostile';

describe('language/fuzz (in-process)', function () {
  this.timeout(120_000);

  it('ends every random or hostile cell in a value or a clean error', () => {
    const session = new Session();
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).length;
    let slowest = 0;
    fc.assert(
      fc.property(hostileCell, (code) => {
        const t = Date.now();
        const r = session.run(code, { precision: 6 });
        slowest = Math.max(slowest, Date.now() - t);
        assertClean(r, code);
      }),
      { seed: 20261126, numRuns: 2000 },
    );
    assert.strictEqual(Object.getOwnPropertyNames(Object.prototype).length, protoKeys, 'Object.prototype untouched');
    assert.ok(slowest < 5000, `slowest cell took ${slowest} ms`);
    const after = session.run('sigmoid(0)', { precision: 6 });
    assert.strictEqual(after.error, undefined, JSON.stringify(after.error));
  });

  it('answers any function called with any kinds of arguments in the kit\'s words', () => {
    const session = new Session();
    let slowest = 0;
    fc.assert(
      fc.property(callSoup(sandboxedMath().names), (code) => {
        const t = Date.now();
        const r = session.run(code, { precision: 6 });
        slowest = Math.max(slowest, Date.now() - t);
        assertClean(r, code);
      }),
      { seed: 11, numRuns: 3000 },
    );
    assert.ok(slowest < 5000, `slowest call took ${slowest} ms`);
  });

  it('survives sequences of cells that share one session', () => {
    fc.assert(
      fc.property(fc.array(hostileCell, { minLength: 1, maxLength: 8 }), (cells) => {
        const session = new Session();
        for (const code of cells) assertClean(session.run(code, { precision: 4 }), code);
        assert.strictEqual(session.run('1 + 1', { precision: 4 }).error, undefined);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
