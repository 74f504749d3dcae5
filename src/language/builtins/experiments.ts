/**
 * The experiments as cell functions: `vanishing`, `dead_units`, `zero_centering`, `cost`,
 * `race`, `stability`. The numbers come from `src/core/experiments` (deterministic under a
 * seed); the reports (table, reading, chart, figures) from `src/plot/reports`.
 */
import { bindActivation, type BoundActivation } from '../../core/experiments/activation';
import { measureCost } from '../../core/experiments/cost';
import { trainCountingDead } from '../../core/experiments/deadUnits';
import { race } from '../../core/experiments/race';
import { stability, STABILITY_FUNCTIONS } from '../../core/experiments/stability';
import type { Init } from '../../core/experiments/mlp';
import { vanishing } from '../../core/experiments/vanishing';
import { zeroCenteringStudies } from '../../core/experiments/zeroCentering';
import { REGISTRY } from '../../core/registry';
import { localeOf, type Locale } from '../../plot/locale';
import { chartSvg, reportMarkdown, reportPlotData, reportText, type Report } from '../../plot/report';
import { costReport } from '../../plot/reports/cost';
import { deadUnitsReport } from '../../plot/reports/deadUnits';
import { raceReport } from '../../plot/reports/race';
import { stabilityReport } from '../../plot/reports/stability';
import { vanishingReport } from '../../plot/reports/vanishing';
import { zeroCenteringReport } from '../../plot/reports/zeroCentering';
import { argumentError } from '../errors';
import { functionTag } from '../functionTags';
import type { RichValue } from '../rich';
import { MIME, type OutputItem, type RunOptions } from '../types';
import { scalarFunctionArg } from './plot';
import type { BuiltinContext, BuiltinFactory, BuiltinFunctions } from './types';

/** An experiment's result as a cell value; the report is written in the learner's language. */
export class ExperimentValue implements RichValue {
  readonly richKind = 'experiment';
  private readonly reports = new Map<Locale, Report>();
  constructor(private readonly build: (locale: Locale) => Report) {}

  report(locale: Locale): Report {
    let r = this.reports.get(locale);
    if (!r) {
      r = this.build(locale);
      this.reports.set(locale, r);
    }
    return r;
  }

  toOutputs(options: RunOptions): OutputItem[] {
    const locale = localeOf(options.locale);
    const report = this.report(locale);
    const items: OutputItem[] = [];
    if (report.chart || (report.figures?.length ?? 0) > 0) items.push({ mime: MIME.plot, data: { ...reportPlotData(report), locale } });
    items.push({ mime: MIME.markdown, data: reportMarkdown(report) });
    const svg = chartSvg(report) ?? report.figures?.[0]?.svg;
    if (svg) items.push({ mime: MIME.svg, data: svg });
    items.push({ mime: MIME.text, data: reportText(report) });
    return items;
  }

  toString(): string {
    return this.report('en').title;
  }
}

/** A list argument (`[sigmoid, tanh]`, a mathjs matrix) or a single value, as an array. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flat(Infinity);
  if (typeof value === 'object' && value !== null && typeof (value as { toArray?: unknown }).toArray === 'function') {
    return ((value as { toArray(): unknown[] }).toArray() as unknown[]).flat(Infinity);
  }
  return [value];
}

/** A registry activation drawn as f (not f′), bound to the parameters the learner gave. */
function activationArg(ctx: BuiltinContext, value: unknown, fn: string, arg: string): BoundActivation {
  const lf = scalarFunctionArg(ctx, value, fn, arg);
  if (!lf.activation) {
    throw argumentError(fn, arg, `is ${lf.label}, not a built-in activation; ${fn} needs one from the registry (sigmoid, tanh, relu, …) because it uses the exact derivative and fast kernels of the core`);
  }
  if (lf.activation.order !== 0) throw argumentError(fn, arg, `must be the activation itself (${lf.activation.id}), not its derivative`);
  return { ...bindActivation(lf.activation.id, lf.activation.params, fn), label: lf.label };
}

function activations(ctx: BuiltinContext, value: unknown, fn: string): BoundActivation[] {
  const items = listOf(value);
  if (items.length === 0) throw argumentError(fn, 'fs', 'is an empty list');
  return items.map((v, i) => activationArg(ctx, v, fn, items.length === 1 ? 'f' : `fs[${i + 1}]`));
}

function stringArg(value: unknown, fn: string, arg: string, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw argumentError(fn, arg, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
  return value;
}

function integerArg(ctx: BuiltinContext, value: unknown, fn: string, arg: string, min: number, max: number): number {
  const n = ctx.toNumber(value, fn, arg);
  if (!Number.isInteger(n) || n < min || n > max) throw argumentError(fn, arg, `must be a whole number from ${min} to ${max} (got ${n})`);
  return n;
}

function dedupe(acts: BoundActivation[]): BoundActivation[] {
  const seen = new Set<string>();
  return acts.filter((a) => !seen.has(a.label) && seen.add(a.label));
}

/** A clock in milliseconds: `performance.now` where the engine has it, `Date.now` otherwise. */
function clock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : Date.now;
}

export const experimentBuiltins: BuiltinFactory = (ctx: BuiltinContext): BuiltinFunctions => ({
  vanishing: (fs: unknown, depth: unknown = 10, init: unknown = 'xavier', dropout: unknown = 0, scale: unknown = 1, width: unknown = 32): ExperimentValue => {
    const acts = activations(ctx, fs, 'vanishing');
    const d = integerArg(ctx, depth, 'vanishing', 'depth', 1, 200);
    const i = stringArg(init, 'vanishing', 'init', ['xavier', 'he', 'lecun']) as Init;
    const p = ctx.toNumber(dropout, 'vanishing', 'dropout');
    if (!(p >= 0 && p < 1)) throw argumentError('vanishing', 'dropout', `must be a rate from 0 up to (not including) 1 (got ${p})`);
    const s = ctx.toNumber(scale, 'vanishing', 'scale');
    if (!(s > 0) || !Number.isFinite(s)) throw argumentError('vanishing', 'scale', `must be a positive number, the standard deviation of the inputs (got ${s})`);
    const w = integerArg(ctx, width, 'vanishing', 'width', 2, 256);
    const result = vanishing(acts, d, { init: i, dropout: p, scale: s, width: w });
    return new ExperimentValue((locale) => vanishingReport(result, locale));
  },

  dead_units: (f: unknown, lr: unknown = 3, steps: unknown = 200): ExperimentValue => {
    const act = activationArg(ctx, f, 'dead_units', 'f');
    const rate = ctx.toNumber(lr, 'dead_units', 'lr');
    if (!(rate > 0) || !Number.isFinite(rate)) throw argumentError('dead_units', 'lr', `must be a positive number (got ${rate})`);
    const n = integerArg(ctx, steps, 'dead_units', 'steps', 1, 5000);
    const leaky = bindActivation('leaky_relu');
    const plan: [BoundActivation, 'xavier' | 'he'][] = [
      [act, 'xavier'],
      [act, 'he'],
      ...(act.id === 'leaky_relu' ? [] : ([[leaky, 'xavier'], [leaky, 'he']] as [BoundActivation, 'xavier' | 'he'][])),
    ];
    const runs = plan.map(([a, init], k) => {
      ctx.progress(`dead_units: ${a.label} (${init})`, k / plan.length);
      return trainCountingDead(a, rate, n, { init });
    });
    return new ExperimentValue((locale) => deadUnitsReport(runs, n, rate, locale));
  },

  zero_centering: (f: unknown, fanIn: unknown = 16): ExperimentValue => {
    const acts = dedupe([activationArg(ctx, f, 'zero_centering', 'f'), bindActivation('sigmoid'), bindActivation('tanh')]);
    const n = integerArg(ctx, fanIn, 'zero_centering', 'fan_in', 2, 64);
    // An even fan-in keeps the target (1, −1, 1, −1, …) orthogonal to the mean direction.
    if (n % 2 !== 0) throw argumentError('zero_centering', 'fan_in', `must be even, so the target (1, −1, 1, −1, …) has mean 0 (got ${n})`);
    ctx.progress('zero_centering: training', 0);
    const studies = zeroCenteringStudies(acts, { fanIn: n });
    return new ExperimentValue((locale) => zeroCenteringReport(studies, locale));
  },

  cost: (fs?: unknown): ExperimentValue => {
    const acts =
      fs === undefined
        ? REGISTRY.filter((a) => a.kind === 'scalar').map((a) => bindActivation(a.id))
        : activations(ctx, fs, 'cost');
    const size = 100_000;
    const repeats = 9;
    ctx.progress('cost: timing', 0);
    const { baseline, entries } = measureCost(acts, bindActivation('relu'), { size, repeats, clock: clock() });
    return new ExperimentValue((locale) => costReport(entries, baseline, size, repeats, locale));
  },

  race: (fs: unknown, dataset: unknown = 'xor', epochs: unknown = 300): ExperimentValue => {
    const acts = activations(ctx, fs, 'race');
    const name = stringArg(dataset, 'race', 'dataset', ['xor', 'circle', 'spiral', 'gaussian']);
    const e = integerArg(ctx, epochs, 'race', 'epochs', 1, 5000);
    const result = race(acts, name, { epochs: e, onProgress: (fraction, message) => ctx.progress(message, fraction) });
    return new ExperimentValue((locale) => raceReport(result, locale));
  },

  stability: (f?: unknown): ExperimentValue => {
    if (f === undefined) {
      const rows = STABILITY_FUNCTIONS.flatMap((name) => stability(name));
      return new ExperimentValue((locale) => stabilityReport(STABILITY_FUNCTIONS.join(', '), rows, locale));
    }
    const name = stabilityName(ctx, f);
    const rows = stability(name);
    return new ExperimentValue((locale) => stabilityReport(name, rows, locale));
  },
});

/** Which function `stability` should examine: a name string, an activation, or `mish'`. */
function stabilityName(ctx: BuiltinContext, f: unknown): string {
  const allowed = STABILITY_FUNCTIONS as readonly string[];
  if (typeof f === 'string') return stringArg(f, 'stability', 'f', allowed);
  const tag = functionTag(f);
  if (tag?.kind === 'activation' && (tag.id === 'softmax' || tag.id === 'log_softmax') && tag.order === 0) return tag.id;
  const lf = scalarFunctionArg(ctx, f, 'stability', 'f');
  const name = lf.activation ? `${lf.activation.id}${"'".repeat(lf.activation.order)}` : lf.label;
  if (!allowed.includes(name)) throw argumentError('stability', 'f', `has no textbook formula on file (${name}); try ${STABILITY_FUNCTIONS.join(', ')}`);
  return name;
}
