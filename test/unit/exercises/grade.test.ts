/**
 * The grader's behaviour: verdict shape, what it forbids and how it finds it, the dense
 * comparison of functions and its messages, the precision of values, progressive hints,
 * locales, and errors that teach.
 */
import assert from 'node:assert/strict';
import { findExercise } from '../../../src/exercises/catalog';
import { gradeExercise, UnknownExerciseError } from '../../../src/language/grading';
import { CHECK_MIME, type CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { gradeInSession } from './sessionHelper';

function verdictOf(id: string, answer: string, attempt = 0, locale = 'en'): CheckData {
  const { result, check } = gradeInSession(id, answer, attempt, locale);
  assert.equal(result.error, undefined, result.error?.message);
  assert.ok(check);
  return check;
}

/** Runs `cells` in one session, the last as the exercise cell; returns its verdict or error. */
function inSession(id: string, cells: readonly string[], locale = 'en'): { check?: CheckData; error?: string } {
  const session = new Session();
  for (const cell of cells.slice(0, -1)) assert.equal(session.run(cell, { precision: 6 }).error, undefined, cell);
  const result = session.run(cells[cells.length - 1], { precision: 6, exercise: id, attempt: 0, locale });
  const item = result.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  return { check: item?.data as CheckData | undefined, error: result.error?.message };
}

describe('gradeExercise', () => {
  it('emits check JSON, then a ✓/✗ markdown message, then plain text', () => {
    const session = new Session();
    const last = session.evaluate('ds(x) = sigmoid(x) * (1 - sigmoid(x))');
    const items = gradeExercise(session, { lastValue: last, lastUsage: undefined }, { precision: 6, exercise: 'sigmoid-derivative', attempt: 2 }).toOutputs({ precision: 6 });
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

  describe('forbidden names', () => {
    it('names the forbidden built-in the answer uses', () => {
      const check = verdictOf('sigmoid-formula', 's(x) = sigmoid(x)');
      assert.equal(check.passed, false);
      assert.match(check.message, /not to use `sigmoid`, but your answer does\./);
    });

    it('follows the learner\'s own functions, transitively, and says through which', () => {
      const check = inSession('sigmoid-formula', ['inner(t) = sigmoid(t)', 'outer(t) = 2 inner(t) / 2', 's(x) = outer(x)']).check;
      assert.equal(check?.passed, false);
      assert.match(check?.message ?? '', /`sigmoid`, but your answer does \(through `outer` → `inner`\)/);
    });

    it('sees through an alias and through a derivative held in a variable', () => {
      assert.equal(inSession('sigmoid-formula', ['k = sigmoid', 's(x) = k(x)']).check?.passed, false);
      const d = inSession('sigmoid-derivative', ["d = sigmoid'", 'ds(x) = d(x)']).check;
      assert.equal(d?.passed, false);
      assert.match(d?.message ?? '', /by hand, without letting the kit differentiate/);
    });

    it('counts a prime on the learner\'s own function as letting the kit differentiate', () => {
      const check = inSession('swish-derivative', ['f(x) = x sigmoid(1.7 x)', "g(x) = f'(x)"]).check;
      assert.equal(check?.passed, false);
      assert.match(check?.message ?? '', /differentiate `f`/);
    });

    it('reads a value answer back to the expression each variable was computed from', () => {
      const check = inSession('softmax-jacobian-entry', ['v = jacobian(softmax, [1, 2, 3])[1, 3]', 'w = v', 'w']).check;
      assert.equal(check?.passed, false);
      assert.match(check?.message ?? '', /by hand/);
      // Reassigning a variable forgets what it was computed from before.
      const clean = inSession('softmax-jacobian-entry', ['v = jacobian(softmax, [1, 2, 3])[1, 3]', 'y = softmax([1, 2, 3])\nv = -y[1] * y[3]', 'v']).check;
      assert.equal(clean?.passed, true, clean?.message);
    });

    it('tells a transformed call from a call on the input itself', () => {
      assert.equal(verdictOf('sigmoid-symmetry', 'm(x) = 1 - sigmoid(x)').passed, true);
      const check = verdictOf('sigmoid-symmetry', 'm(x) = sigmoid(-x)');
      assert.equal(check.passed, false);
      assert.match(check.message, /your answer calls `sigmoid\(-x\)`/);
      // A helper called on −x makes its own sigmoid(t) a call on −x.
      assert.equal(inSession('sigmoid-symmetry', ['h(t) = 1 - sigmoid(t)', 'm(x) = h(x)']).check?.passed, true);
      assert.equal(inSession('sigmoid-symmetry', ['h(t) = sigmoid(t)', 'm(x) = h(-x)']).check?.passed, false);
    });

    it('does not mistake a parameter for the built-in of the same name', () => {
      const check = inSession('sigmoid-formula', ['s(sigmoid) = 1 / (1 + exp(-sigmoid))']).check;
      assert.equal(check?.passed, true, check?.message);
    });
  });

  describe('functions, compared densely', () => {
    it('names the stretch where the answer is wrong, found between grid points', () => {
      const check = verdictOf('elu-derivative', 'g(x) = x > -0.405 ? 1 : 1.5 exp(x)');
      assert.equal(check.passed, false);
      assert.match(check.message, /^`g` is wrong for x in \(−0\.405, 0\): at x = −0\.\d+ it gives 1, the reference gives 1\.\d+\.$/);
    });

    it('catches a wrong piece narrower than the grid step through the answer\'s own branch points', () => {
      const check = verdictOf('elu-derivative', 'g(x) = x > 0 ? 1 : (x > -0.001 ? 1.4 : 1.5 exp(x))');
      assert.equal(check.passed, false);
      assert.match(check.message, /wrong for x in \(−0\.001, 0\)/);
    });

    it('reports a single point, such as a convention at a kink', () => {
      const check = verdictOf('relu-derivative', 'g(x) = x >= 0 ? 1 : 0');
      assert.equal(check.message, '`g` is wrong at x = 0: it gives 1, the reference gives 0.');
    });

    it('reports the overflow of a literal formula where the exercise asks about it', () => {
      const check = verdictOf('tanh-stable', 'th(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))');
      assert.equal(check.passed, false);
      assert.match(check.message, /it gives NaN, the reference gives −1\..*also wrong in 1 other place, e\.g\. at x = 710\./);
    });

    it('accepts a correct form that overflows only far outside the exercise\'s range', () => {
      assert.equal(verdictOf('sigmoid-formula', 's(x) = exp(x) / (1 + exp(x))').passed, true);
    });

    it('accepts a correct form that cancels where the function is tiny', () => {
      assert.equal(verdictOf('tanh-derivative', 'dt(x) = 1 - tanh(x)^2').passed, true);
      assert.equal(verdictOf('choosing-gelu-definition', 'g(x) = x (1 + erf(x / sqrt(2))) / 2').passed, true);
    });

    it('rejects an approximation that is close but visibly different', () => {
      const check = verdictOf('choosing-gelu-definition', 'g(x) = x sigmoid(1.702 x)');
      assert.equal(check.passed, false);
      assert.match(check.message, /wrong for x in/);
    });

    it('reads a product written as `x (…)` inside a definition', () => {
      assert.equal(verdictOf('choosing-gelu-definition', 'g(x) = 0.5 x (1 + erf(x / sqrt(2)))').passed, true);
    });

    it('says what the function returned when it is not a number', () => {
      assert.match(verdictOf('sigmoid-derivative', 'ds(x) = [x, x]').message, /it gives a vector of 2 entries, where a number is expected/);
    });

    it('explains a function that raises at some input instead of failing the cell', () => {
      const check = verdictOf('softmax-formula', 'sm(z) = z[4]');
      assert.equal(check.passed, false);
      assert.match(check.message, /At z = \[1, 2, 3\], your function raised an error/);
    });

    it('says how densely a passing answer was checked', () => {
      assert.match(verdictOf('sigmoid-derivative', 'ds(x) = sigmoid(x) * (1 - sigmoid(x))').message, /matches the reference at all 1001 test points: a fine grid over \[−20, 20\]\./);
      assert.match(verdictOf('elu-derivative', 'g(x) = x > 0 ? 1 : 1.5 exp(x)').message, /both sides of its branch point/);
    });

    it('uses the built-ins for the reference even where the notebook redefined them', () => {
      const check = inSession('sigmoid-derivative', ['sigmoid(x) = 0', 'ds(x) = exp(-x) / (1 + exp(-x))^2']).check;
      assert.equal(check?.passed, true, check?.message);
    });
  });

  describe('values, at the stated precision', () => {
    it('accepts what the kit displays and the chapter\'s rounded constants', () => {
      assert.equal(verdictOf('sigmoid-sum', '1.80284').passed, true);
      assert.equal(verdictOf('selu-floor', '-1.7581').passed, true);
      assert.equal(verdictOf('selu-floor', '-1.0507 * 1.6733').passed, true);
      assert.equal(verdictOf('swish-find-the-mistake', '1.02466').passed, true);
      assert.equal(verdictOf('choosing-smooth-minima', '[-0.278, -0.309, -0.170]').passed, true);
    });

    it('rejects a value visibly off at the precision, showing every digit typed', () => {
      const check = verdictOf('sigmoid-sum', '1.80283');
      assert.equal(check.passed, false);
      assert.equal(check.message, 'Your answer is 1.80283, which is too small (answers here are checked to 6 significant digits).');
      assert.match(verdictOf('mish-minimum', '-1.19').message, /−1\.19, which is too large \(answers here are checked to 3 decimal places\)/);
    });

    it('does not reveal the expected value', () => {
      const check = verdictOf('sigmoid-max-slope', '0.5');
      assert.doesNotMatch(check.message, /0\.25/);
      assert.match(check.message, /^Your answer is 0\.5, which is too large/);
    });

    it('explains a shape mismatch and treats a row, a column and a vector alike', () => {
      assert.match(verdictOf('collapse-two-layers', 'W = W1 * W2').message, /expected a 2×2 matrix, got a 3×3 matrix/);
      assert.equal(verdictOf('collapse-bias', 'c = transpose([W2 * b1 + b2])').passed, true);
    });
  });

  describe('messages that teach', () => {
    it('asks to run the cells above when the exercise needs names they define', () => {
      const check = inSession('collapse-two-layers', ['[[1, 2], [3, 4]]']).check;
      assert.equal(check?.passed, false);
      assert.match(check?.message ?? '', /^Run the cells above this exercise first: `W2` and `W1` are defined there and not defined yet/);
      const error = inSession('collapse-two-layers', ['W = W2 * W1']).error;
      assert.match(error ?? '', /^Run the cells above this exercise first: `W2` is defined there/);
    });

    it('asks for an answer when the cell has none, and for a function when it ends with a number', () => {
      assert.match(verdictOf('sigmoid-derivative', '# nothing yet').message, /No answer yet: define `ds\(x\) = …`/);
      assert.match(verdictOf('sigmoid-max-slope', '# nothing yet').message, /No answer yet/);
      assert.match(verdictOf('sigmoid-derivative', '0.25').message, /A function is expected here/);
    });

    it('accepts a function under another name when it is the cell’s last value, and names it', () => {
      const check = verdictOf('sigmoid-derivative', 'slope(x) = sigmoid(x) * (1 - sigmoid(x))');
      assert.equal(check.passed, true);
      assert.match(check.message, /^`slope` matches/);
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
      const md = gradeExercise(session, { lastValue: session.evaluate('s(x) = 0'), lastUsage: undefined }, { precision: 6, exercise: 'sigmoid-formula', attempt: 1 })
        .toOutputs({ precision: 6 })[1].data as string;
      assert.match(md, /Hint 1\/3/);
      assert.match(md, /Hint 2\/3/);
      assert.doesNotMatch(md, /Hint 3\/3/);
    });

    it('speaks Simplified Chinese when asked', () => {
      const check = verdictOf('sigmoid-derivative', 'ds(x) = 0', 0, 'zh-cn');
      const spec = findExercise('sigmoid-derivative');
      assert.match(check.message, /^`ds` 在 x ∈ \[−20, 20\] 上不对：在 x = 0 处它给出 0，参考答案是 0\.25。$/);
      assert.equal(check.hint, spec?.hints[0]['zh-cn']);
      assert.match(verdictOf('sigmoid-formula', 's(x) = sigmoid(x)', 0, 'zh-cn').message, /^本题要求不使用 `sigmoid`/);
      assert.match(verdictOf('sigmoid-sum', '1.8', 0, 'zh-cn').message, /^你的答案是 1\.8，偏小（本题核对到 6 位有效数字）。$/);
    });
  });

  it('throws a clear, suggestive error for an unknown exercise id', () => {
    const session = new Session();
    assert.throws(
      () => gradeExercise(session, { lastValue: 1, lastUsage: undefined }, { precision: 6, exercise: 'sigmoid-derivatve' }),
      (e: unknown) => e instanceof UnknownExerciseError && /no exercise "sigmoid-derivatve"/.test(e.message) && /Did you mean "sigmoid-derivative"/.test(e.message),
    );
  });

  it('reports an unknown id as a cell error from the session', () => {
    const result = new Session().run('1', { precision: 6, exercise: 'no-such-exercise' });
    assert.equal(result.error?.name, 'UnknownExercise');
  });

  it('gives the same verdict on every run', () => {
    const a = verdictOf('two-class-shift', 'q(x) = sigmoid(x - 2) - 0.0001 * x^2');
    const b = verdictOf('two-class-shift', 'q(x) = sigmoid(x - 2) - 0.0001 * x^2');
    assert.deepEqual(a, b);
    assert.equal(a.passed, false);
  });
});
