/** The grader's behaviour: verdict shape, messages, progressive hints, locales, errors. */
import assert from 'node:assert/strict';
import { findExercise } from '../../../src/exercises/catalog';
import { gradeExercise, UnknownExerciseError } from '../../../src/exercises/grade';
import { CHECK_MIME, type CheckData } from '../../../src/exercises/verdict';
import { Session } from '../../../src/language/session';
import { gradeInSession } from './sessionHelper';

function verdictOf(id: string, answer: string, attempt = 0, locale = 'en'): CheckData {
  const { result, check } = gradeInSession(id, answer, attempt, locale);
  assert.equal(result.error, undefined, result.error?.message);
  assert.ok(check);
  return check;
}

describe('gradeExercise', () => {
  it('emits check JSON, then a ✓/✗ markdown message, then plain text', () => {
    const session = new Session();
    const last = session.evaluate('ds(x) = sigmoid(x) * (1 - sigmoid(x))');
    const items = gradeExercise(session, last, { precision: 6, exercise: 'sigmoid-derivative', attempt: 2 }).toOutputs({ precision: 6 });
    assert.deepEqual(
      items.map((i) => i.mime),
      [CHECK_MIME, 'text/markdown', 'text/plain'],
    );
    const data = items[0].data as CheckData;
    assert.equal(data.exercise, 'sigmoid-derivative');
    assert.equal(data.passed, true);
    assert.equal(data.attempt, 3);
    assert.equal(data.hint, undefined);
    assert.match(items[1].data as string, /^\*\*✓/);
  });

  it('names the input, the expected and the received value of the first mismatch', () => {
    const check = verdictOf('sigmoid-derivative', 'ds(x) = exp(-x) / (1 + exp(-x))');
    assert.equal(check.passed, false);
    assert.match(check.message, /^At x = 0: expected 0\.25, got 0\.5 \(wrong at \d+ of \d+ test points\)\.$/);
  });

  it('reports the overflow of a literal formula at the point where it happens', () => {
    const check = verdictOf('tanh-stable', 'th(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))');
    assert.equal(check.passed, false);
    assert.match(check.message, /At x = 710: expected 1, got NaN/);
  });

  it('unlocks one more hint after each wrong try, and no more than there are', () => {
    const spec = findExercise('sigmoid-formula');
    assert.ok(spec);
    const hints = [0, 1, 2, 5].map((attempt) => verdictOf('sigmoid-formula', 's(x) = 0', attempt).hint);
    assert.equal(hints[0], spec.hints[0].en);
    assert.equal(hints[1], spec.hints[1].en);
    assert.equal(hints[2], spec.hints[2].en);
    assert.equal(hints[3], spec.hints[spec.hints.length - 1].en);
    const session = new Session();
    const md = gradeExercise(session, session.evaluate('s(x) = 0'), { precision: 6, exercise: 'sigmoid-formula', attempt: 1 })
      .toOutputs({ precision: 6 })[1].data as string;
    assert.match(md, /Hint 1\/3/);
    assert.match(md, /Hint 2\/3/);
    assert.doesNotMatch(md, /Hint 3\/3/);
  });

  it('speaks Simplified Chinese when asked', () => {
    const check = verdictOf('sigmoid-derivative', 'ds(x) = 0', 0, 'zh-cn');
    const spec = findExercise('sigmoid-derivative');
    assert.match(check.message, /^在 x = 0 处：应为 0\.25，得到 0/);
    assert.equal(check.hint, spec?.hints[0]['zh-cn']);
  });

  it('asks for an answer when the cell has none', () => {
    assert.match(verdictOf('sigmoid-derivative', '# nothing yet').message, /No answer yet: define `ds\(x\) = …`/);
    assert.match(verdictOf('sigmoid-max-slope', '# nothing yet').message, /No answer yet/);
  });

  it('asks for a function when the cell ends with a number', () => {
    assert.match(verdictOf('sigmoid-derivative', '0.25').message, /A function is expected here/);
  });

  it('accepts a function under another name when it is the cell’s last value', () => {
    assert.equal(verdictOf('sigmoid-derivative', 'slope(x) = sigmoid(x) * (1 - sigmoid(x))').passed, true);
  });

  it('explains a function that raises at some input instead of failing the cell', () => {
    const check = verdictOf('softmax-formula', 'sm(z) = z[4]');
    assert.equal(check.passed, false);
    assert.match(check.message, /At z = \[1, 2, 3\], your function raised an error/);
  });

  it('does not reveal the expected value of a value exercise', () => {
    const check = verdictOf('sigmoid-max-slope', '0.5');
    assert.equal(check.message, 'Your answer is 0.5, which is too large.');
    assert.doesNotMatch(check.message, /0\.25/);
  });

  it('explains a shape mismatch', () => {
    assert.match(verdictOf('collapse-two-layers', 'W = W1 * W2').message, /expected a 2×2 matrix, got a 3×3 matrix/);
  });

  it('treats a row, a column and a vector alike', () => {
    assert.equal(verdictOf('collapse-bias', 'c = transpose([W2 * b1 + b2])').passed, true);
  });

  it('throws a clear, suggestive error for an unknown exercise id', () => {
    const session = new Session();
    assert.throws(
      () => gradeExercise(session, 1, { precision: 6, exercise: 'sigmoid-derivatve' }),
      (e: unknown) => e instanceof UnknownExerciseError && /no exercise "sigmoid-derivatve"/.test(e.message) && /Did you mean "sigmoid-derivative"/.test(e.message),
    );
  });

  it('reports an unknown id as a cell error from the session', () => {
    const result = new Session().run('1', { precision: 6, exercise: 'no-such-exercise' });
    assert.equal(result.error?.name, 'UnknownExercise');
  });

  it('gives the same verdict on every run (seeded random points)', () => {
    const a = verdictOf('two-class-shift', 'q(x) = sigmoid(x) - 0.0001 * x^2');
    const b = verdictOf('two-class-shift', 'q(x) = sigmoid(x) - 0.0001 * x^2');
    assert.deepEqual(a, b);
    assert.equal(a.passed, false);
  });
});
