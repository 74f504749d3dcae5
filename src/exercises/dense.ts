/**
 * Comparing a learner's function of one variable with the reference densely, so an answer
 * that is wrong on a small stretch cannot pass:
 *
 * - a grid of `GRID_INTERVALS + 1` points over the domain the exercise is about, with its
 *   ends and the extra points the exercise names (e.g. ±710, where a literal formula
 *   overflows);
 * - both sides of every branch point of the reference and of the answer: the sign changes
 *   of their switches (comparisons, `abs`, `max`, … read from their definitions) located
 *   on the grid and refined by bisection.
 *
 * The tolerance follows the reference's condition: at x it is
 * `rtol·(|f(x)| + |x·f′(x)| + 10⁻⁶·max|f|)`. The first two terms are what rounding the
 * input and the output of f costs any correct formula; the last, a millionth of the
 * function's scale on the domain, lets through a correct form that cancels where f itself
 * is tiny (`1 − tanh(x)²` far out in the tails). So algebraically equal forms pass while a
 * wrong piece, a wrong sign or a wrong constant does not.
 *
 * A failure is reported as the stretch of x where the answer is wrong, its ends refined
 * by bisection, with one example point.
 */
import { formatDistinct, formatNumber } from './format';
import { t } from './messages';
import type { LocalisedText } from './types';

/** Points of the grid over the domain, minus one. */
export const GRID_INTERVALS = 1000;
/** Default relative tolerance of function answers (see the module comment). */
export const FUNCTION_TOLERANCE = 1e-8;
/** Branch points beyond this many are not refined (a function with thousands of branches). */
const MAX_BRANCH_POINTS = 200;

/** What the learner's function gave at one point. */
export type Sample =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'not-a-number'; readonly what: LocalisedText };

export interface DenseComparison {
  readonly name: string;
  readonly domain: readonly [number, number];
  readonly extra: readonly number[];
  /** The reference at x; throws when it cannot be computed there. */
  readonly reference: (x: number) => number;
  readonly answer: (x: number) => Sample;
  /** Switches of both functions (see `language/switches.ts`). */
  readonly switches: readonly ((x: number) => number)[];
  readonly tolerance: number;
}

export type DenseOutcome =
  | { readonly passed: true; readonly message: LocalisedText }
  | { readonly passed: false; readonly message: LocalisedText }
  | { readonly passed: false; readonly referenceFailedAt: number; readonly error: unknown };

/** The grid over the domain, the branch points found on it, and the points either side of each. */
export function testPoints(
  domain: readonly [number, number],
  extra: readonly number[],
  switches: readonly ((x: number) => number)[],
): { points: number[]; branchPoints: number[] } {
  const [lo, hi] = domain;
  const grid = Array.from({ length: GRID_INTERVALS + 1 }, (_, i) => (i === GRID_INTERVALS ? hi : lo + ((hi - lo) * i) / GRID_INTERVALS));
  const branchPoints = new Set<number>();
  for (const s of switches) {
    const values = grid.map((x) => safe(s, x));
    for (let i = 0; i < grid.length && branchPoints.size < MAX_BRANCH_POINTS; i++) {
      if (values[i] === 0) branchPoints.add(grid[i]);
      else if (i + 1 < grid.length && values[i] * values[i + 1] < 0) branchPoints.add(bisect((x) => safe(s, x) < 0 === values[i] < 0, grid[i], grid[i + 1]));
    }
  }
  const points = new Set<number>([...grid, ...extra]);
  for (const r of branchPoints) {
    const scale = Math.max(1, Math.abs(r));
    for (const d of [0, 1e-9, 1e-6, 1e-3]) {
      for (const x of [r - d * scale, r + d * scale]) if (x >= lo && x <= hi) points.add(x);
    }
  }
  return { points: [...points].sort((a, b) => a - b), branchPoints: [...branchPoints].sort((a, b) => a - b) };
}

function safe(s: (x: number) => number, x: number): number {
  try {
    return s(x);
  } catch {
    return NaN; // a switch that cannot be evaluated here marks no branch
  }
}

/** The boundary between `a` (where `stays` holds) and `b` (where it does not), to near machine precision. */
function bisect(stays: (x: number) => boolean, a: number, b: number): number {
  let lo = a;
  let hi = b;
  for (let k = 0; k < 64; k++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (stays(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

interface Failure {
  readonly x: number;
  readonly sample: Sample;
  readonly expected: number;
}

export function compareDensely(c: DenseComparison): DenseOutcome {
  const { points, branchPoints } = testPoints(c.domain, c.extra, c.switches);
  const expected: number[] = [];
  for (const x of points) {
    try {
      expected.push(c.reference(x));
    } catch (error) {
      return { passed: false, referenceFailedAt: x, error };
    }
  }
  const scale = expected.reduce((m, e) => (Number.isFinite(e) ? Math.max(m, Math.abs(e)) : m), 0);
  const floor = 1e-6 * scale;
  const fails = (x: number, e: number, sample: Sample): boolean => {
    if (sample.kind !== 'number') return true;
    const g = sample.value;
    if (Number.isNaN(e)) return !Number.isNaN(g);
    if (!Number.isFinite(e) || !Number.isFinite(g)) return g !== e;
    const diff = Math.abs(g - e);
    if (diff <= c.tolerance * (Math.abs(e) + floor)) return false;
    return diff > c.tolerance * (Math.abs(e) + conditionTerm(c.reference, x) + floor);
  };
  const failing: boolean[] = [];
  const failures = new Map<number, Failure>();
  points.forEach((x, i) => {
    const sample = c.answer(x);
    const bad = fails(x, expected[i], sample);
    failing.push(bad);
    if (bad) failures.set(i, { x, sample, expected: expected[i] });
  });
  if (failures.size === 0) return { passed: true, message: passMessage(c, points.length, branchPoints.length) };

  // Group failing points into runs of neighbours; each run is one stretch (or one point).
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < points.length; i++) {
    if (!failing[i]) continue;
    if (runs.length > 0 && runs[runs.length - 1].last === i - 1) runs[runs.length - 1].last = i;
    else runs.push({ first: i, last: i });
  }
  const failsAt = (x: number): boolean => {
    try {
      return fails(x, c.reference(x), c.answer(x));
    } catch {
      return true;
    }
  };
  const run = runs.reduce((best, r) => (r.last - r.first > best.last - best.first ? r : best), runs[0]);
  const example = failures.get(Math.floor((run.first + run.last) / 2)) ?? failures.get(run.first);
  if (example === undefined) throw new Error('a failing run without a failing point');
  const where = describeRun(points, run, failsAt);
  const what = describeFailure(example);
  const others = runs.length - 1;
  const more =
    others === 0
      ? t('', '')
      : t(
          ` It is also wrong in ${others} other place${others === 1 ? '' : 's'}${otherExample(points, runs, run)}.`,
          `另外还有 ${others} 处不对${otherExampleZh(points, runs, run)}。`,
        );
  const at = where.point ? t('', '') : t(`at x = ${formatNumber(example.x)} `, `在 x = ${formatNumber(example.x)} 处`);
  return {
    passed: false,
    message: t(
      `\`${c.name}\` is wrong ${where.text.en}: ${at.en}${what.en}.${more.en}`,
      `\`${c.name}\` ${where.text['zh-cn']}不对：${at['zh-cn']}${what['zh-cn']}。${more['zh-cn']}`,
    ),
  };
}

/** |x·f′(x)| of the reference, by a central difference (only needed for the tolerance's size). */
function conditionTerm(reference: (x: number) => number, x: number): number {
  const h = 1e-6 * Math.max(1, Math.abs(x));
  try {
    const slope = (reference(x + h) - reference(x - h)) / (2 * h);
    return Number.isFinite(slope) ? Math.abs(x * slope) : 0;
  } catch {
    return 0;
  }
}

function describeRun(points: readonly number[], run: { first: number; last: number }, failsAt: (x: number) => boolean): { point: boolean; text: LocalisedText } {
  const before = run.first > 0 ? points[run.first - 1] : undefined;
  const after = run.last + 1 < points.length ? points[run.last + 1] : undefined;
  if (run.first === run.last) {
    // One point: an extra point far from the grid (±710), or a branch point whose close
    // neighbours on both sides are right — a convention at a kink, say.
    const x = points[run.first];
    const gaps = [before === undefined ? Infinity : x - before, after === undefined ? Infinity : after - x];
    if (Math.min(...gaps) > 1 || Math.max(...gaps) < 1e-3 * Math.max(1, Math.abs(x))) {
      return { point: true, text: t(`at x = ${formatNumber(x)}`, `在 x = ${formatNumber(x)} 处`) };
    }
  }
  const lo = before === undefined ? undefined : bisect((x) => !failsAt(x), before, points[run.first]);
  const hi = after === undefined ? undefined : bisect((x) => failsAt(x), points[run.last], after);
  const a = lo === undefined ? `[${formatNumber(points[run.first])}` : `(${round4(lo)}`;
  const b = hi === undefined ? `${formatNumber(points[run.last])}]` : `${round4(hi)})`;
  return { point: false, text: t(`for x in ${a}, ${b}`, `在 x ∈ ${a}, ${b} 上`) };
}

/** A boundary as a learner reads it: 4 significant digits, and 0 for what rounds to it. */
function round4(x: number): string {
  return Math.abs(x) < 1e-9 ? '0' : formatNumber(Number(x.toPrecision(4)));
}

function describeFailure(f: Failure): LocalisedText {
  switch (f.sample.kind) {
    case 'error':
      return t(`your function raised an error: ${f.sample.message}`, `你的函数出错了：${f.sample.message}`);
    case 'not-a-number':
      return t(`it gives ${f.sample.what.en}, where a number is expected`, `它给出${f.sample.what['zh-cn']}，这里需要一个数`);
    case 'number': {
      const [got, want] = formatDistinct(f.sample.value, f.expected);
      return t(`it gives ${got}, the reference gives ${want}`, `它给出 ${got}，参考答案是 ${want}`);
    }
  }
}

function otherExample(points: readonly number[], runs: readonly { first: number }[], shown: { first: number }): string {
  const other = runs.find((r) => r !== shown);
  return other === undefined ? '' : `, e.g. at x = ${formatNumber(points[other.first])}`;
}

function otherExampleZh(points: readonly number[], runs: readonly { first: number }[], shown: { first: number }): string {
  const other = runs.find((r) => r !== shown);
  return other === undefined ? '' : `，例如 x = ${formatNumber(points[other.first])}`;
}

function passMessage(c: DenseComparison, count: number, branches: number): LocalisedText {
  const [lo, hi] = c.domain.map((x) => formatNumber(x));
  const extra = c.extra.filter((x) => x < c.domain[0] || x > c.domain[1]).map((x) => formatNumber(x));
  const branchEn = branches === 0 ? '' : ` and both sides of ${branches === 1 ? 'its branch point' : `each of its ${branches} branch points`}`;
  const branchZh = branches === 0 ? '' : `、${branches} 个分段点的两侧`;
  const extraEn = extra.length === 0 ? '' : `, and at x = ${extra.join(', ')}`;
  const extraZh = extra.length === 0 ? '' : `以及 x = ${extra.join('、')}`;
  return t(
    `\`${c.name}\` matches the reference at all ${count} test points: a fine grid over [${lo}, ${hi}]${branchEn}${extraEn}.`,
    `\`${c.name}\` 在全部 ${count} 个测试点上都与参考答案一致：[${lo}, ${hi}] 上的细密网格${branchZh}${extraZh}。`,
  );
}
