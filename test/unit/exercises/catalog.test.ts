/**
 * Every exercise of the curriculum (all chapters, iterated from the catalog) is graded in a
 * real cell-language session: its reference solution and at least two correct answers in
 * other forms must pass; each of its known-wrong answers — the study note's wrong formulas
 * among them — must run and be rejected; and where the exercise forbids something, an
 * answer right in value that uses it must be rejected for that reason.
 */
import assert from 'node:assert/strict';
import { EXERCISES, exercisesOf } from '../../../src/exercises/catalog';
import { CHAPTERS } from '../../../src/exercises/types';
import { gradeInSession } from './sessionHelper';

describe('exercise catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = EXERCISES.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate exercise ids');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every chapter at least three exercises, each naming a known chapter', () => {
    for (const chapter of CHAPTERS) assert.ok(exercisesOf(chapter).length >= 3, `${chapter} has fewer than three exercises`);
    for (const e of EXERCISES) assert.ok((CHAPTERS as readonly string[]).includes(e.chapter), `${e.id}: unknown chapter ${e.chapter}`);
  });

  it('gives every exercise localized titles and hints, and at least two wrong answers', () => {
    for (const e of EXERCISES) {
      assert.ok(e.title.en.trim() && e.title['zh-cn'].trim(), `${e.id}: title`);
      assert.ok(e.hints.length >= 1, `${e.id}: no hints`);
      for (const h of e.hints) assert.ok(h.en.trim() && h['zh-cn'].trim(), `${e.id}: empty hint`);
      assert.ok(e.wrong.length >= 2 && e.wrong.length <= 4, `${e.id}: needs two to four known-wrong answers`);
      assert.ok(e.alternatives.length >= 2, `${e.id}: needs at least two other correct forms`);
      if ((e.forbidden ?? []).length > 0) assert.ok((e.cheats ?? []).length >= 1, `${e.id}: forbids something but has no cheat to test it with`);
      else assert.equal((e.cheats ?? []).length, 0, `${e.id}: has cheats but forbids nothing`);
    }
  });

  for (const e of EXERCISES) {
    describe(e.id, () => {
      it('accepts the reference solution', () => {
        const { result, check } = gradeInSession(e.id, e.solution);
        assert.equal(result.error, undefined, `solution raised ${result.error?.name}: ${result.error?.message}`);
        assert.ok(check, 'no verdict');
        assert.equal(check.passed, true, check.message);
      });
      for (const other of e.alternatives) {
        it(`accepts the other form ${JSON.stringify(other)}`, () => {
          const { result, check } = gradeInSession(e.id, other);
          assert.equal(result.error, undefined, `raised ${result.error?.name}: ${result.error?.message}`);
          assert.ok(check, 'no verdict');
          assert.equal(check.passed, true, check.message);
        });
      }
      for (const cheat of e.cheats ?? []) {
        it(`rejects ${JSON.stringify(cheat)} for using what the prompt forbids`, () => {
          const { result, check } = gradeInSession(e.id, cheat);
          assert.equal(result.error, undefined, `raised ${result.error?.name}: ${result.error?.message}`);
          assert.ok(check, 'no verdict');
          assert.equal(check.passed, false, `accepted a forbidden answer: ${check.message}`);
          assert.match(check.message, /asks (you )?(not to use|to work out the derivative (yourself|by hand)|for `)/, check.message);
        });
      }
      for (const wrong of e.wrong) {
        it(`rejects ${JSON.stringify(wrong)}`, () => {
          const { result, check } = gradeInSession(e.id, wrong);
          assert.equal(result.error, undefined, `wrong answer raised ${result.error?.name}: ${result.error?.message}`);
          assert.ok(check, 'no verdict');
          assert.equal(check.passed, false, `accepted a wrong answer: ${check.message}`);
          assert.ok(check.message.length > 0);
        });
      }
    });
  }
});
