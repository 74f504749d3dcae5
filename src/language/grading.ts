/**
 * Grades an exercise cell. The `Session` calls `gradeExercise` after running the cell's
 * own statements when `RunOptions.exercise` is set. The answer is first read against what
 * the exercise forbids (what its definition reaches, never its text), then compared with
 * the reference kept in the catalog by value — densely for functions, at the stated
 * precision for values — and the verdict carries one more hint after each wrong try.
 *
 * A wrong or missing answer is a verdict (✗), never a cell error: the chapters ship their
 * exercise cells with a placeholder answer (`g(x) = 0`, `0`) that runs, is graded ✗ and
 * shows the first hint, so `actlab run` on a fresh notebook succeeds while `actlab check`
 * lists the exercises still open. Only real errors (a typo in the code, an unknown
 * exercise id) fail the cell.
 */
import { findExercise, EXERCISES } from '../exercises/catalog';
import { checkFunction, checkValue, checkVectorFunction, type Outcome } from '../exercises/checks';
import { pick } from '../exercises/format';
import type { CellAnswer, ExerciseEvaluator, ExerciseSpec } from '../exercises/types';
import { ExerciseVerdict } from './exerciseVerdict';
import type { RunOptions } from './types';

/** Thrown for an exercise id the catalog doesn't know; the Session reports it as a cell error. */
export class UnknownExerciseError extends Error {
  override readonly name = 'UnknownExercise';
}

export function gradeExercise(evaluator: ExerciseEvaluator, answer: CellAnswer, options: RunOptions): ExerciseVerdict {
  const id = options.exercise ?? '';
  const spec = findExercise(id);
  if (spec === undefined) throw new UnknownExerciseError(unknownMessage(id, options.locale));
  const outcome = check(spec, evaluator, answer);
  const attempt = Math.max(0, options.attempt ?? 0) + 1;
  // Try n unlocks hints 1…n: the first wrong try already gets one.
  const hints = outcome.passed ? [] : spec.hints.slice(0, Math.min(attempt, spec.hints.length));
  return new ExerciseVerdict(spec.id, spec.title, outcome.passed, outcome.message, hints, spec.hints.length, attempt, options.locale);
}

function check(spec: ExerciseSpec, evaluator: ExerciseEvaluator, answer: CellAnswer): Outcome {
  switch (spec.answer.kind) {
    case 'value':
      return checkValue(spec, evaluator, answer);
    case 'function':
      return checkFunction(spec, evaluator, answer);
    case 'vector-function':
      return checkVectorFunction(spec, evaluator, answer);
  }
}

function unknownMessage(id: string, locale: string | undefined): string {
  const near = closestId(id);
  const en =
    `There is no exercise "${id}" in Activation Lab's curriculum; check the id in the cell's fence (\`\`\`actlab exercise=…).` +
    (near === undefined ? '' : ` Did you mean "${near}"?`);
  const zh = `Activation Lab 的课程里没有练习 "${id}"；请检查单元格围栏中的 id（\`\`\`actlab exercise=…）。` + (near === undefined ? '' : `你是想写 "${near}" 吗？`);
  return pick({ en, 'zh-cn': zh }, locale);
}

/** The catalog id nearest to a mistyped one (edit distance at most a third of its length). */
function closestId(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const e of EXERCISES) {
    const d = editDistance(id, e.id);
    if (d < bestDistance) {
      best = e.id;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
