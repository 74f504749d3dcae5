/**
 * The three kinds of check: a value, a function of one variable, a function of a vector.
 * Each first reads what the answer uses against the exercise's `forbidden` list, then
 * compares numbers: a value at the exercise's precision, a function densely over its domain
 * (`dense.ts`), a vector function at given and seeded random vectors. Every verdict explains
 * itself in both display languages.
 */
import { compareDensely, FUNCTION_TOLERANCE, type Sample } from './dense';
import { forbiddenUse } from './forbidden';
import { describeShape, formatDistinct, formatExact, formatIndex, formatNumber, formatVector } from './format';
import { runCellsAbove, t } from './messages';
import { compareNumeric, type Mismatch, type Numeric, type NumericProblem, toNumeric } from './numeric';
import { vectorPoints } from './points';
import { agreesAt, precisionText } from './precision';
import type { CellAnswer, ExerciseEvaluator, ExerciseSpec, LocalisedText, Usage } from './types';

export interface Outcome {
  readonly passed: boolean;
  readonly message: LocalisedText;
}

const fail = (message: LocalisedText): Outcome => ({ passed: false, message });

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function problemText(problem: NumericProblem): LocalisedText {
  switch (problem) {
    case 'complex':
      return t('a complex number', '一个复数');
    case 'ragged':
      return t('rows of different lengths', '长度不一的行');
    case 'not-numeric':
      return t('something that is not a number', '不是数值的东西');
  }
}

function shapeMismatch(m: Extract<Mismatch, { kind: 'shape' }>): LocalisedText {
  const e = describeShape(m.expected);
  const g = describeShape(m.got);
  return t(`expected ${e.en}, got ${g.en}`, `应为${e['zh-cn']}，得到${g['zh-cn']}`);
}

/** The forbidden check, as a failed outcome (undefined when the answer keeps the rules). */
function breaksRules(spec: ExerciseSpec, usage: Usage | undefined): Outcome | undefined {
  const broken = usage === undefined ? undefined : forbiddenUse(spec, usage);
  return broken === undefined ? undefined : fail(broken);
}

/**
 * Why a reference could not be computed: most often the chapter's earlier cells (which
 * define `W1`, `b`, …) have not run yet, and the learner should be told so.
 */
function referenceFailure(evaluator: ExerciseEvaluator, reference: string, e: unknown, at?: string): Outcome {
  const missing = evaluator.undefinedNames(reference);
  if (missing.length > 0) return fail(runCellsAbove(missing));
  const where = at === undefined ? t('', '') : t(` at ${at}`, `（在 ${at} 处）`);
  const why = errorText(e);
  return fail(t(`The reference answer could not be computed${where.en} (${why}).`, `无法计算参考答案${where['zh-cn']}（${why}）。`));
}

// ---------------------------------------------------------------------------------- value

/**
 * A value answer, checked at the exercise's precision. The expected value is not revealed
 * (the learner could copy it); the message says which entry is off and in which direction,
 * and shows the learner's own number with every digit it has.
 */
export function checkValue(spec: ExerciseSpec, evaluator: ExerciseEvaluator, answer: CellAnswer): Outcome {
  if (spec.answer.kind !== 'value') throw new Error(`checkValue called for a ${spec.answer.kind} exercise`);
  const { reference, precision } = spec.answer;
  if (answer.lastValue === undefined) {
    return fail(t('No answer yet: end this cell with your answer (a number, vector or matrix).', '还没有答案：请让本单元格的最后一行给出你的答案（数、向量或矩阵）。'));
  }
  const broken = breaksRules(spec, answer.lastUsage);
  if (broken) return broken;
  const got = toNumeric(answer.lastValue);
  if (!got.ok) {
    const p = problemText(got.problem);
    return fail(t(`Your answer is ${p.en}; a number, vector or matrix is expected.`, `你的答案是${p['zh-cn']}；这里需要数、向量或矩阵。`));
  }
  let expected: Numeric;
  try {
    const r = toNumeric(evaluator.evaluate(reference));
    if (!r.ok) return fail(t('The reference answer is not numeric.', '参考答案不是数值。'));
    expected = r.value;
  } catch (e) {
    return referenceFailure(evaluator, reference, e);
  }
  const mismatch = compareNumeric(got.value, expected, (g, e) => agreesAt(g, e, precision));
  const checked = precisionText(precision);
  if (mismatch === undefined) {
    return { passed: true, message: t(`Your answer matches (checked ${checked.en}).`, `你的答案正确（${checked['zh-cn'].replace(/^到/, '核对到')}）。`) };
  }
  if (mismatch.kind === 'shape') {
    const m = shapeMismatch(mismatch);
    return fail(t(`The shape is off: ${m.en}.`, `形状不对：${m['zh-cn']}。`));
  }
  const where = formatIndex(mismatch.index);
  const g = formatExact(mismatch.got);
  const direction = directionOf(mismatch.got, mismatch.expected);
  const en = `${where === '' ? 'Your answer' : `Entry ${where}`} is ${g}, which is ${direction.en} (answers here are checked ${checked.en}).`;
  const zh = `${where === '' ? '你的答案' : `元素 ${where}`}是 ${g}，${direction['zh-cn']}（本题核对${checked['zh-cn']}）。`;
  return fail(t(en, zh));
}

function directionOf(got: number, expected: number): LocalisedText {
  if (Number.isNaN(got) || !Number.isFinite(got)) return t('not a finite number', '它不是有限数');
  if (Number.isNaN(expected)) return t('not what was expected', '与预期不符');
  if (got !== 0 && expected !== 0 && Math.sign(got) !== Math.sign(expected)) return t('of the wrong sign', '符号不对');
  return got > expected ? t('too large', '偏大') : t('too small', '偏小');
}

// ------------------------------------------------------------------------------ functions

/**
 * The learner's function: the cell's last value when it is the function named in the
 * exercise, else the name bound in the session, else any function the cell ended with.
 */
function resolveFunction(evaluator: ExerciseEvaluator, lastValue: unknown, name: string): unknown {
  const isFn = (v: unknown): boolean => typeof v === 'function';
  const syntax = isFn(lastValue) ? (lastValue as { syntax?: unknown }).syntax : undefined;
  if (typeof syntax === 'string' && syntax.startsWith(`${name}(`)) return lastValue;
  const named = evaluator.lookup(name);
  if (isFn(named)) return named;
  if (isFn(lastValue)) return lastValue;
  return undefined;
}

function noFunction(name: string, variable: string, lastValue: unknown): Outcome {
  if (lastValue === undefined) {
    return fail(t(`No answer yet: define \`${name}(${variable}) = …\` in this cell.`, `还没有答案：请在本单元格中定义 \`${name}(${variable}) = …\`。`));
  }
  return fail(
    t(
      `A function is expected here: define \`${name}(${variable}) = …\` in this cell.`,
      `这里需要的是一个函数：请在本单元格中定义 \`${name}(${variable}) = …\`。`,
    ),
  );
}

/** The name the verdict calls the learner's function by (a function value knows the name it was defined with). */
function functionName(fn: unknown, fallback: string): string {
  const name = (fn as { name?: unknown }).name;
  return typeof name === 'string' && /^[A-Za-z_]\w*$/.test(name) ? name : fallback;
}

/** One call of the learner's function, as a sample the dense comparison can judge. */
function sampleAt(evaluator: ExerciseEvaluator, fn: unknown, x: number): Sample {
  let value: unknown;
  try {
    value = evaluator.call(fn, [x]);
  } catch (e) {
    return { kind: 'error', message: errorText(e) };
  }
  const n = toNumeric(value);
  if (!n.ok) return { kind: 'not-a-number', what: problemText(n.problem) };
  if (n.value.data.length !== 1) return { kind: 'not-a-number', what: describeShape(n.value.shape) };
  return { kind: 'number', value: n.value.data[0] };
}

function scalarOf(value: unknown): number {
  const n = toNumeric(value);
  if (!n.ok || n.value.data.length !== 1) throw new Error('the reference is not a number here');
  return n.value.data[0];
}

/** A function of one real variable, compared densely over the exercise's domain. */
export function checkFunction(spec: ExerciseSpec, evaluator: ExerciseEvaluator, answer: CellAnswer): Outcome {
  const a = spec.answer;
  if (a.kind !== 'function') throw new Error(`checkFunction called for a ${a.kind} exercise`);
  const fn = resolveFunction(evaluator, answer.lastValue, a.name);
  if (fn === undefined) return noFunction(a.name, 'x', answer.lastValue);
  const broken = breaksRules(spec, evaluator.usageOf(fn));
  if (broken) return broken;
  let reference: unknown;
  try {
    reference = evaluator.compile(a.reference, ['x']);
  } catch (e) {
    return referenceFailure(evaluator, a.reference, e);
  }
  const outcome = compareDensely({
    name: functionName(fn, a.name),
    domain: a.domain,
    extra: a.points ?? [],
    reference: (x) => scalarOf(evaluator.call(reference, [x])),
    answer: (x) => sampleAt(evaluator, fn, x),
    switches: [...evaluator.switches(reference), ...evaluator.switches(fn)],
    tolerance: a.tolerance ?? FUNCTION_TOLERANCE,
  });
  if ('referenceFailedAt' in outcome) return referenceFailure(evaluator, a.reference, outcome.error, `x = ${formatNumber(outcome.referenceFailedAt)}`);
  return outcome;
}

/**
 * A function of a vector `z` (its value a number, vector or matrix), compared at given and
 * seeded random vectors. Each entry is compared against the size of the whole result
 * (`rtol·(|refᵢ| + max|ref|)`), the usual norm-wise test for vector results: a correct
 * formula's rounding is relative to the largest entry, not to each tiny one.
 */
export function checkVectorFunction(spec: ExerciseSpec, evaluator: ExerciseEvaluator, answer: CellAnswer): Outcome {
  const a = spec.answer;
  if (a.kind !== 'vector-function') throw new Error(`checkVectorFunction called for a ${a.kind} exercise`);
  const fn = resolveFunction(evaluator, answer.lastValue, a.name);
  if (fn === undefined) return noFunction(a.name, 'z', answer.lastValue);
  const broken = breaksRules(spec, evaluator.usageOf(fn));
  if (broken) return broken;
  let reference: unknown;
  try {
    reference = evaluator.compile(a.reference, ['z']);
  } catch (e) {
    return referenceFailure(evaluator, a.reference, e);
  }
  const rtol = a.tolerance ?? FUNCTION_TOLERANCE;
  const vectors = vectorPoints(spec.id, a.inputs);
  const name = functionName(fn, a.name);
  let failures = 0;
  let first: LocalisedText | undefined;
  for (const v of vectors) {
    // Build the vector in the cell language so the learner's function receives the same
    // kind of value as when it is called from a cell.
    const label = `z = ${formatVector(v)}`;
    const z = evaluator.evaluate(`[${v.map((n) => String(n)).join(', ')}]`);
    let expected: Numeric;
    try {
      const r = toNumeric(evaluator.call(reference, [z]));
      if (!r.ok) return fail(t(`The reference answer is not numeric at ${label}.`, `参考答案在 ${label} 处不是数值。`));
      expected = r.value;
    } catch (e) {
      return referenceFailure(evaluator, a.reference, e, label);
    }
    const problem = compareVector(evaluator, fn, z, expected, rtol, label);
    if (problem === undefined) continue;
    failures++;
    first ??= problem;
  }
  if (first !== undefined) {
    return fail(t(`${first.en} (\`${name}\` is wrong at ${failures} of ${vectors.length} test vectors.)`, `${first['zh-cn']}（\`${name}\` 在 ${vectors.length} 个测试向量中有 ${failures} 个不对。）`));
  }
  return {
    passed: true,
    message: t(`\`${name}\` matches the reference at all ${vectors.length} test vectors.`, `\`${name}\` 在全部 ${vectors.length} 个测试向量上都与参考答案一致。`),
  };
}

function compareVector(evaluator: ExerciseEvaluator, fn: unknown, z: unknown, expected: Numeric, rtol: number, label: string): LocalisedText | undefined {
  let value: unknown;
  try {
    value = evaluator.call(fn, [z]);
  } catch (e) {
    return t(`At ${label}, your function raised an error: ${errorText(e)}`, `在 ${label} 处，你的函数出错了：${errorText(e)}`);
  }
  const got = toNumeric(value);
  if (!got.ok) {
    const p = problemText(got.problem);
    return t(`At ${label}, your function returned ${p.en}.`, `在 ${label} 处，你的函数返回了${p['zh-cn']}。`);
  }
  const size = expected.data.reduce((m, e) => (Number.isFinite(e) ? Math.max(m, Math.abs(e)) : m), 0);
  const close = (g: number, e: number): boolean => {
    if (Number.isNaN(e)) return Number.isNaN(g);
    if (!Number.isFinite(e) || !Number.isFinite(g)) return g === e;
    return Math.abs(g - e) <= rtol * (Math.abs(e) + size) + Number.MIN_VALUE;
  };
  const mismatch = compareNumeric(got.value, expected, close);
  if (mismatch === undefined) return undefined;
  if (mismatch.kind === 'shape') {
    const m = shapeMismatch(mismatch);
    return t(`At ${label}: ${m.en}.`, `在 ${label} 处：${m['zh-cn']}。`);
  }
  const where = formatIndex(mismatch.index);
  const [g, e] = formatDistinct(mismatch.got, mismatch.expected);
  return t(
    `At ${label}${where === '' ? '' : `, entry ${where}`}: expected ${e}, got ${g}.`,
    `在 ${label} 处${where === '' ? '' : `，元素 ${where}`}：应为 ${e}，得到 ${g}。`,
  );
}
