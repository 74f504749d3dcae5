import * as assert from 'assert';
import { Session } from '../../../src/language/session';
import { MIME, type CellResult } from '../../../src/language/types';

function verdict(r: CellResult): { passed?: boolean } | undefined {
  const item = r.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  return item?.data as { passed?: boolean } | undefined;
}

describe('language/Session exercises', () => {
  it('appends a passing verdict after a correct answer', () => {
    const r = new Session().run('ds(x) = sigmoid(x) * (1 - sigmoid(x))', { precision: 6, exercise: 'sigmoid-derivative' });
    assert.strictEqual(r.error, undefined, JSON.stringify(r.error));
    assert.strictEqual(r.outputs.length, 2, 'the definition, then the verdict');
    assert.strictEqual(verdict(r)?.passed, true);
  });

  it("accepts an answer written with the prime notation", () => {
    const r = new Session().run("ds(x) = sigmoid'(x)", { precision: 6, exercise: 'sigmoid-derivative' });
    assert.strictEqual(verdict(r)?.passed, true);
  });

  it("rejects the note's wrong formula", () => {
    const r = new Session().run('ds(x) = 1 - sigmoid(x)^2', { precision: 6, exercise: 'sigmoid-derivative', attempt: 0 });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(verdict(r)?.passed, false);
  });
});
