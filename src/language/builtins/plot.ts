/**
 * `plot(f, g, …, xmin, xmax)`: plots activations, their derivatives (`sigmoid'`) and the
 * learner's own functions. Default range −6…6. The result carries the interactive plot
 * (drawn by the kit's renderer, with sliders for registry parameters), a static SVG and a
 * one-paragraph text summary.
 */
import { describePlot } from '../../plot/describe';
import { localeOf } from '../../plot/locale';
import { functionPlotSpec, type PlotFunction } from '../../plot/functionPlot';
import type { PlotSpec } from '../../plot/spec';
import { MAX_WIDTH } from '../../plot/span';
import { renderPlotSvg } from '../../plot/svg';
import { resolveParams } from '../../core/params';
import { getActivation, hasActivation } from '../../core/registry';
import { encodeNumber, type JsonValue } from '../encode';
import { argumentError } from '../errors';
import { functionTag } from '../functionTags';
import type { RichValue } from '../rich';
import { MIME, type OutputItem, type RunOptions } from '../types';
import type { BuiltinContext, BuiltinFactory, BuiltinFunctions, LabelledFunction } from './types';

export const DEFAULT_RANGE: readonly [number, number] = [-6, 6];

/** A plot as a cell value: the spec plus its renderings. */
export class PlotValue implements RichValue {
  readonly richKind = 'plot';
  constructor(readonly spec: PlotSpec) {}

  toOutputs(options: RunOptions): OutputItem[] {
    const locale = localeOf(options.locale);
    return [
      { mime: MIME.plot, data: { ...this.spec, locale } },
      { mime: MIME.svg, data: renderPlotSvg(this.spec, { locale }) },
      { mime: MIME.text, data: describePlot(this.spec, locale) },
    ];
  }

  toString(): string {
    return describePlot(this.spec);
  }

  /** The value encoding's form of a plot: what it shows, not how it looks. */
  toJson(): JsonValue {
    const [xmin, xmax] = this.spec.xRange ?? [this.spec.x[0], this.spec.x[this.spec.x.length - 1]];
    return { curves: this.spec.curves.map((c) => c.label), x: [encodeNumber(xmin), encodeNumber(xmax)] };
  }
}

/**
 * A function argument as a labelled function. mathjs's own untagged functions that share a
 * registry id (its `tanh`) are read as the registry activation: mathematically the same
 * function, and this way they get sliders, saturation shading and the experiments.
 */
export function scalarFunctionArg(ctx: BuiltinContext, value: unknown, fn: string, arg: string): LabelledFunction {
  const lf = ctx.toScalarFunction(value, fn, arg);
  if (lf.activation || functionTag(value) !== undefined || !hasActivation(lf.label)) return lf;
  const act = getActivation(lf.label);
  if (act.kind !== 'scalar') return lf;
  const params = resolveParams(act);
  return { label: lf.label, f: (x) => act.f(x, params), activation: { id: act.id, params, order: 0 } };
}

function isNumberLike(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'object' && value !== null && (value as { isBigNumber?: boolean }).isBigNumber === true);
}

/** Splits `plot`'s arguments into functions and the optional trailing range. */
export function parsePlotArgs(ctx: BuiltinContext, args: readonly unknown[]): { fns: PlotFunction[]; range: [number, number] } {
  let end = args.length;
  while (end > 0 && isNumberLike(args[end - 1])) end--;
  const numbers = args.slice(end);
  if (numbers.length !== 0 && numbers.length !== 2) {
    throw argumentError('plot', 'range', `must be two numbers at the end, plot(f, xmin, xmax); got ${numbers.length} number(s)`);
  }
  if (end === 0) throw argumentError('plot', 'f', 'is missing: pass at least one function, e.g. plot(sigmoid) or plot(sigmoid, sigmoid\', -6, 6)');
  const range: [number, number] =
    numbers.length === 2
      ? [ctx.toNumber(numbers[0], 'plot', 'xmin'), ctx.toNumber(numbers[1], 'plot', 'xmax')]
      : [DEFAULT_RANGE[0], DEFAULT_RANGE[1]];
  if (!Number.isFinite(range[0]) || !Number.isFinite(range[1])) throw argumentError('plot', 'range', 'must be two finite numbers');
  if (!(range[0] < range[1])) throw argumentError('plot', 'xmin', `must be less than xmax (got xmin = ${range[0]}, xmax = ${range[1]})`);
  // A chart measures its x axis by its width, which must itself be a number.
  if (!(range[1] - range[0] <= MAX_WIDTH)) {
    throw argumentError('plot', 'range', `from ${range[0]} to ${range[1]} is too wide to draw: its width is more than the largest number (about 1.8e308); narrow it`);
  }
  const fns = args.slice(0, end).map((value, i) => {
    const lf = scalarFunctionArg(ctx, value, 'plot', `argument ${i + 1}`);
    return { label: lf.label, f: lf.f, ...(lf.activation ? { source: lf.activation } : {}) };
  });
  return { fns, range };
}

export const plotBuiltins: BuiltinFactory = (ctx: BuiltinContext): BuiltinFunctions => ({
  plot: (...args: unknown[]): PlotValue => {
    const { fns, range } = parsePlotArgs(ctx, args);
    return new PlotValue(functionPlotSpec(fns, range[0], range[1]));
  },
});
