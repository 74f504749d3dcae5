/** Grades an answer in a real cell-language session, as the notebook does. */
import assert from 'node:assert/strict';
import { findExercise } from '../../../src/exercises/catalog';
import type { CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME, type CellResult } from '../../../src/language/types';

/** Runs the exercise's setup, then `answer` as the exercise cell; returns the check data. */
export function gradeInSession(id: string, answer: string, attempt = 0, locale = 'en'): { result: CellResult; check?: CheckData } {
  const spec = findExercise(id);
  assert.ok(spec, `unknown exercise ${id}`);
  const session = new Session();
  if (spec.setup !== undefined) {
    const setup = session.run(spec.setup, { precision: 6 });
    assert.equal(setup.error, undefined, `setup of ${id} failed: ${setup.error?.message}`);
  }
  const result = session.run(answer, { precision: 6, exercise: id, attempt, locale });
  const item = result.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  return { result, check: item?.data as CheckData | undefined };
}

