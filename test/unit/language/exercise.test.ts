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
    assert.deepStrictEqual(r.verdict, { exercise: 'sigmoid-derivative', passed: true, message: (verdict(r) as { message: string }).message });
  });

  it('carries no verdict when the cell is not an exercise or stops with an error', () => {
    assert.strictEqual(new Session().run('1 + 1', { precision: 6 }).verdict, undefined);
    const failed = new Session().run('ds(x) = nosuch(x)\nds(1)', { precision: 6, exercise: 'sigmoid-derivative' });
    assert.strictEqual(failed.error?.name, 'UnknownName');
    assert.strictEqual(failed.verdict, undefined);
  });

  it('rejects the prime notation where the exercise asks for the derivative by hand, and says why', () => {
    const r = new Session().run("ds(x) = sigmoid'(x)", { precision: 6, exercise: 'sigmoid-derivative' });
    assert.strictEqual(r.error, undefined);
    const v = verdict(r) as { passed?: boolean; message?: string } | undefined;
    assert.strictEqual(v?.passed, false);
    assert.match(v?.message ?? '', /without letting the kit differentiate, but your answer has it differentiate `sigmoid`/);
  });

  it("rejects the note's wrong formula", () => {
    const r = new Session().run('ds(x) = 1 - sigmoid(x)^2', { precision: 6, exercise: 'sigmoid-derivative', attempt: 0 });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(verdict(r)?.passed, false);
  });
});
