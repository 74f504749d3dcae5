/**
 * Draws the walkthrough's pictures, one small plot per chapter, with the kit's own core and
 * SVG renderer. Run from the repository root: `node --import tsx scripts/generate-walkthrough-media.ts`.
 * The SVGs it writes are generated; edit this script, not them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bindActivation } from '../src/core/experiments/activation';
import { vanishing } from '../src/core/experiments/vanishing';
import { resolveParams } from '../src/core/params';
import { getActivation } from '../src/core/registry';
import type { Params } from '../src/core/types';
import { CHAPTERS, type ChapterId } from '../src/exercises/types';
import { functionPlotSpec, type PlotFunction } from '../src/plot/functionPlot';
import type { PlotSpec } from '../src/plot/spec';
import { renderPlotSvg } from '../src/plot/svg';

/** f (order 0) or f′ (order 1) of a registry activation, as a labelled curve. */
function act(id: string, order: 0 | 1 = 0, given: Record<string, number> = {}, label?: string): PlotFunction {
  const a = getActivation(id);
  if (a.kind !== 'scalar') throw new Error(`${id} is not element-wise`);
  const p: Params = resolveParams(a, given);
  return { label: label ?? (order === 0 ? id : `${id}'`), f: order === 0 ? (x) => a.f(x, p) : (x) => a.df(x, p) };
}

/**
 * f″ of a registry activation, with its source so that the picture marks where f″ does not
 * exist (a gap, open circles at the one-sided limits, a dot at the value returned).
 */
function second(id: string): PlotFunction {
  const a = getActivation(id);
  if (a.kind !== 'scalar') throw new Error(`${id} is not element-wise`);
  const p: Params = resolveParams(a);
  return { label: `${id}''`, f: (x) => a.d2f(x, p), source: { id, params: p, order: 2 } };
}

const relu = (x: number): number => Math.max(0, x);
/** Entry k of softmax([x, 0, 1]), written out for the picture. */
const softmax3 = (k: number) => (x: number) => {
  const z = [x, 0, 1];
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  return e[k] / e.reduce((s, v) => s + v, 0);
};

/**
 * Chapter 15's picture is an experiment, not a function: the variance of each layer's outputs
 * through 40 layers of SELU and of ELU with LeCun initialisation (the notebook's own run).
 */
function selfNormalisingSpec(): PlotSpec {
  const r = vanishing([bindActivation('selu'), bindActivation('elu')], 40, { init: 'lecun', width: 100 });
  return {
    version: 1,
    xLabel: 'layer',
    yLabel: 'variance of h',
    yScale: 'log',
    x: Array.from({ length: r.depth + 1 }, (_, l) => l),
    curves: r.entries.map((e) => ({ label: `${e.label}, LeCun init`, y: Array.from(e.variance) })),
  };
}

const PICTURES: Record<ChapterId, { fns: PlotFunction[]; range: [number, number] } | { spec: () => PlotSpec }> = {
  '01-why-nonlinear': {
    fns: [
      { label: 'linear stack', f: (x) => 4 * (-0.5 * (2 * x + 1) + 3) - 1 },
      { label: 'relu(x+1) − 2·relu(x−1)', f: (x) => relu(x + 1) - 2 * relu(x - 1) },
    ],
    range: [-3, 3],
  },
  '02-sigmoid': { fns: [act('sigmoid'), act('sigmoid', 1)], range: [-6, 6] },
  '03-softmax': {
    fns: [
      { label: 'softmax([x, 0, 1])₁', f: softmax3(0) },
      { label: 'softmax([x, 0, 1])₂', f: softmax3(1) },
      { label: 'softmax([x, 0, 1])₃', f: softmax3(2) },
    ],
    range: [-5, 5],
  },
  '04-softmax-vs-sigmoid': {
    fns: [act('sigmoid'), { label: 'softmax([x, 0])₁', f: (x) => 1 / (1 + Math.exp(-x)) }],
    range: [-6, 6],
  },
  '05-sigmoid-problems': {
    fns: [act('sigmoid', 1), act('tanh', 1)],
    range: [-6, 6],
  },
  '06-tanh': { fns: [act('tanh'), act('sigmoid')], range: [-4, 4] },
  '07-relu': { fns: [act('relu'), act('relu', 1)], range: [-3, 3] },
  '08-leaky-relu-prelu': { fns: [act('leaky_relu', 0, { alpha: 0.1 }, 'leaky_relu(x, 0.1)'), act('relu')], range: [-3, 3] },
  '09-elu-selu': { fns: [act('elu'), act('selu'), act('relu')], range: [-3, 2] },
  '10-maxout': {
    fns: [
      { label: 'max(−x, 0.5x, 1)', f: (x) => Math.max(-x, 0.5 * x, 1) },
      { label: '−x', f: (x) => -x },
      { label: '0.5x', f: (x) => 0.5 * x },
    ],
    range: [-4, 4],
  },
  '11-swish': { fns: [act('swish', 0, { beta: 1 }, 'swish, β = 1'), act('swish', 0, { beta: 4 }, 'swish, β = 4'), act('relu')], range: [-4, 3] },
  '12-mish': { fns: [act('mish'), act('mish', 1)], range: [-5, 3] },
  '13-choosing': { fns: [act('relu'), act('gelu'), act('silu'), act('tanh')], range: [-3, 3] },
  '14-cross-entropy': {
    fns: [
      { label: 'squared error′, target 1', f: (x) => (1 / (1 + Math.exp(-x)) - 1) * act('sigmoid', 1).f(x) },
      { label: 'cross-entropy′ = σ(x) − 1', f: (x) => 1 / (1 + Math.exp(-x)) - 1 },
    ],
    range: [-8, 8],
  },
  '15-gradient-flow': { spec: selfNormalisingSpec },
  '16-gated': { fns: [act('sigmoid'), act('gelu'), act('silu')], range: [-4, 4] },
  '17-curvature': { fns: [second('gelu'), second('elu')], range: [-4, 4] },
};

for (const chapter of CHAPTERS) {
  const picture = PICTURES[chapter];
  const spec = 'spec' in picture ? picture.spec() : functionPlotSpec(picture.fns, picture.range[0], picture.range[1]);
  const svg = renderPlotSvg(spec, { width: 480, height: 300, palette: 'neutral', idPrefix: `w${chapter.slice(0, 2)}` });
  const file = join(__dirname, '..', 'media', 'walkthrough', `${chapter}.svg`);
  writeFileSync(file, svg.replace(/^(<\?xml[^>]*>\s*)?/, (head) => `${head}<!-- generated by scripts/generate-walkthrough-media.ts; do not edit -->\n`));
  console.log(`wrote ${file}`);
}
