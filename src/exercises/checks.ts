/**
 * The three kinds of check: a value, a function of one variable, a function of a vector.
 * Each compares the learner's answer with the reference at many points and explains the
 * first disagreement in both display languages.
 */
import { describeShape, formatIndex, formatNumber, formatVector } from './format';
import { compareNumeric, type Mismatch, type Numeric, type NumericProblem, toNumeric } from './numeric';
import { scalarPoints, vectorPoints } from './points';
import type { ExerciseEvaluator, ExerciseSpec, LocalisedText } from './types';

export interface Outcome {
  readonly passed: boolean;
  readonly message: LocalisedText;
}

/** Default relative tolerance; the absolute part is a thousandth of it (see `tolerances`). */
export const DEFAULT_TOLERANCE = 1e-6;

/** Pass when |got − expected| ≤ rtol·|expected| + atol, with atol = rtol/1000, so values near zero still compare. */
function tolerances(tolerance: number | undefined): { rtol: number; atol: number } {
  const rtol = tolerance ?? DEFAULT_TOLERANCE;
  return { rtol, atol: rtol * 1e-3 };
}

const t = (en: string, zh: string): LocalisedText => ({ en, 'zh-cn': zh });
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

// ---------------------------------------------------------------------------------- value

/**
 * A value answer. The expected value is not revealed (the learner could copy it); the
 * message says which entry is off and in which direction.
 */
export function checkValue(spec: ExerciseSpec, evaluator: ExerciseEvaluator, lastValue: unknown): Outcome {
  if (spec.answer.kind !== 'value') throw new Error(`checkValue called for a ${spec.answer.kind} exercise`);
  const { rtol, atol } = tolerances(spec.answer.tolerance);
  if (lastValue === undefined) {
    return fail(t('No answer yet: end this cell with your answer (a number, vector or matrix).', '还没有答案：请让本单元格的最后一行给出你的答案（数、向量或矩阵）。'));
  }
  const got = toNumeric(lastValue);
  if (!got.ok) {
    const p = problemText(got.problem);
    return fail(t(`Your answer is ${p.en}; a number, vector or matrix is expected.`, `你的答案是${p['zh-cn']}；这里需要数、向量或矩阵。`));
  }
  const expected = referenceValue(() => evaluator.evaluate(spec.answer.reference));
  if (!expected.ok) return fail(expected.message);
  const mismatch = compareNumeric(got.value, expected.value, rtol, atol);
  if (mismatch === undefined) return { passed: true, message: t('Your answer matches.', '你的答案正确。') };
  if (mismatch.kind === 'shape') {
    const m = shapeMismatch(mismatch);
    return fail(t(`The shape is off: ${m.en}.`, `形状不对：${m['zh-cn']}。`));
  }
  const where = formatIndex(mismatch.index);
  const g = formatNumber(mismatch.got);
  const direction = directionOf(mismatch.got, mismatch.expected);
  const en = `${where === '' ? 'Your answer' : `Entry ${where}`} is ${g}, which is ${direction.en}.`;
  const zh = `${where === '' ? '你的答案' : `元素 ${where}`}是 ${g}，${direction['zh-cn']}。`;
  return fail(t(en, zh));
}

function directionOf(got: number, expected: number): LocalisedText {
  if (Number.isNaN(got) || !Number.isFinite(got)) return t('not a finite number', '它不是有限数');
  if (Number.isNaN(expected)) return t('not what was expected', '与预期不符');
  if (got !== 0 && expected !== 0 && Math.sign(got) !== Math.sign(expected)) return t('of the wrong sign', '符号不对');
  return got > expected ? t('too large', '偏大') : t('too small', '偏小');
}

function referenceValue(compute: () => unknown, at?: string): { ok: true; value: Numeric } | { ok: false; message: LocalisedText } {
  const where = at === undefined ? t('', '') : t(` at ${at}`, `（在 ${at} 处）`);
  try {
    const r = toNumeric(compute());
    if (r.ok) return r;
  } catch (e) {
    const why = errorText(e);
    return {
      ok: false,
      message: t(
        `The reference could not be computed${where.en} (${why}). Has a name it uses, such as sigmoid or softmax, been redefined in this notebook?`,
        `无法计算参考答案${where['zh-cn']}（${why}）。是否在本笔记本中重新定义了它用到的名字，例如 sigmoid 或 softmax？`,
      ),
    };
  }
  return { ok: false, message: t(`The reference is not numeric${where.en}.`, `参考答案${where['zh-cn']}不是数值。`) };
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

interface Probe {
  /** The input as the learner reads it: `x = 3` or `z = [1, 2]`. */
  readonly label: string;
  readonly expected: () => unknown;
  readonly got: () => unknown;
}

/** Runs every probe, counts the failures and explains the first one. */
function runProbes(probes: readonly Probe[], rtol: number, atol: number, expectScalar: boolean): Outcome {
  let failures = 0;
  let first: LocalisedText | undefined;
  for (const probe of probes) {
    const expected = referenceValue(probe.expected, probe.label);
    if (!expected.ok) return fail(expected.message);
    const problem = probeProblem(probe, expected.value, rtol, atol, expectScalar);
    if (problem !== undefined) {
      failures++;
      first ??= problem;
    }
  }
  if (first === undefined) return { passed: true, message: t('', '') };
  const n = probes.length;
  const en = first.en.replace(/\.$/, '');
  const zh = first['zh-cn'].replace(/。$/, '');
  return fail(t(`${en} (wrong at ${failures} of ${n} test points).`, `${zh}（${n} 个测试点中有 ${failures} 个不对）。`));
}

function probeProblem(probe: Probe, expected: Numeric, rtol: number, atol: number, expectScalar: boolean): LocalisedText | undefined {
  let raw: unknown;
  try {
    raw = probe.got();
  } catch (e) {
    const why = errorText(e);
    return t(`At ${probe.label}, your function raised an error: ${why}`, `在 ${probe.label} 处，你的函数出错：${why}`);
  }
  const got = toNumeric(raw);
  if (!got.ok) {
    const p = problemText(got.problem);
    return t(`At ${probe.label}, your function returned ${p.en}.`, `在 ${probe.label} 处，你的函数返回了${p['zh-cn']}。`);
  }
  const mismatch = compareNumeric(got.value, expected, rtol, atol);
  if (mismatch === undefined) return undefined;
  if (mismatch.kind === 'shape') {
    const m = shapeMismatch(mismatch);
    return t(`At ${probe.label}: ${m.en}.`, `在 ${probe.label} 处：${m['zh-cn']}。`);
  }
  const e = formatNumber(mismatch.expected);
  const g = formatNumber(mismatch.got);
  const entry = expectScalar || mismatch.index.length === 0 ? '' : ` entry ${formatIndex(mismatch.index)}`;
  const entryZh = entry === '' ? '' : `元素 ${formatIndex(mismatch.index)} `;
  return t(`At ${probe.label}:${entry} expected ${e}, got ${g}.`, `在 ${probe.label} 处：${entryZh}应为 ${e}，得到 ${g}。`);
}

function noFunction(name: string, variable: string, lastValue: unknown): Outcome {
  if (lastValue === undefined) {
    return fail(t(`No answer yet: define \`${name}(${variable}) = …\` in this cell.`, `还没有答案：请在本单元格中定义 \`${name}(${variable}) = …\`。`));
  }
  return fail(
    t(
      `A function is expected here: define \`${name}(${variable}) = …\` in this cell.`,
      `这里需要一个函数：请在本单元格中定义 \`${name}(${variable}) = …\`。`,
    ),
  );
}

/** A function of one real variable, compared at the edge points and seeded random points. */
export function checkFunction(spec: ExerciseSpec, evaluator: ExerciseEvaluator, lastValue: unknown): Outcome {
  const answer = spec.answer;
  if (answer.kind !== 'function') throw new Error(`checkFunction called for a ${answer.kind} exercise`);
  const fn = resolveFunction(evaluator, lastValue, answer.name);
  if (fn === undefined) return noFunction(answer.name, 'x', lastValue);
  const points = scalarPoints(spec.id, answer.points);
  const probes = points.map<Probe>((x) => ({
    label: `x = ${formatNumber(x)}`,
    expected: () => evaluator.evaluate(answer.reference, { x }),
    got: () => evaluator.call(fn, [x]),
  }));
  const { rtol, atol } = tolerances(answer.tolerance);
  const outcome = runProbes(probes, rtol, atol, true);
  if (!outcome.passed) return outcome;
  const lo = formatNumber(Math.min(...points));
  const hi = formatNumber(Math.max(...points));
  return {
    passed: true,
    message: t(
      `\`${answer.name}\` matches the reference at all ${points.length} test points, from x = ${lo} to x = ${hi}.`,
      `\`${answer.name}\` 在全部 ${points.length} 个测试点上（x 从 ${lo} 到 ${hi}）都与参考答案一致。`,
    ),
  };
}

/** A function of a vector `z` (its value a number, vector or matrix), compared at given and random vectors. */
export function checkVectorFunction(spec: ExerciseSpec, evaluator: ExerciseEvaluator, lastValue: unknown): Outcome {
  const answer = spec.answer;
  if (answer.kind !== 'vector-function') throw new Error(`checkVectorFunction called for a ${answer.kind} exercise`);
  const fn = resolveFunction(evaluator, lastValue, answer.name);
  if (fn === undefined) return noFunction(answer.name, 'z', lastValue);
  const vectors = vectorPoints(spec.id, answer.inputs);
  const probes = vectors.map<Probe>((v) => {
    // Build the vector in the cell language so the learner's function receives the same
    // kind of value as when it is called from a cell.
    const literal = `[${v.map((n) => String(n)).join(', ')}]`;
    return {
      label: `z = ${formatVector(v)}`,
      expected: () => evaluator.evaluate(answer.reference, { z: evaluator.evaluate(literal) }),
      got: () => evaluator.call(fn, [evaluator.evaluate(literal)]),
    };
  });
  const { rtol, atol } = tolerances(answer.tolerance);
  const outcome = runProbes(probes, rtol, atol, false);
  if (!outcome.passed) return outcome;
  return {
    passed: true,
    message: t(
      `\`${answer.name}\` matches the reference at all ${vectors.length} test vectors.`,
      `\`${answer.name}\` 在全部 ${vectors.length} 个测试向量上都与参考答案一致。`,
    ),
  };
}
