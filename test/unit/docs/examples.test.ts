// Every documented example runs in the cell language and gives the value the card states.
import * as assert from 'assert';
import { ACTIVATION_DOCS } from '../../../src/language/docs/activations';
import { Session } from '../../../src/language/session';

function plain(value: unknown): unknown {
  const v = value as { toArray?: () => unknown };
  return typeof v?.toArray === 'function' ? v.toArray() : value;
}

function close(actual: number, expected: number): boolean {
  if (expected === 0) return Math.abs(actual) <= 1e-15;
  return Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);
}

describe('docs: examples run and give the stated result', () => {
  const session = new Session();
  for (const [id, doc] of Object.entries(ACTIVATION_DOCS)) {
    for (const ex of doc.examples) {
      it(`${id}: ${ex.expr} → ${JSON.stringify(ex.result)}`, () => {
        const got = plain(session.evaluate(ex.expr));
        if (Array.isArray(ex.result)) {
          assert.ok(Array.isArray(got), `${ex.expr} gave ${String(got)}, expected a vector`);
          const arr = (got as unknown[]).flat() as number[];
          assert.strictEqual(arr.length, ex.result.length);
          ex.result.forEach((e, i) => assert.ok(close(arr[i], e), `${ex.expr}[${i}] = ${arr[i]}, expected ${e}`));
        } else {
          assert.strictEqual(typeof got, 'number', `${ex.expr} gave ${String(got)}`);
          assert.ok(close(got as number, ex.result as number), `${ex.expr} = ${String(got)}, expected ${ex.result}`);
        }
      });
    }
  }
});
