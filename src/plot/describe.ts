/** Plain-text summaries of a plot: the SVG's alt text and the `text/plain` output. */
import { dataExtent, type PlotSpec } from './spec';
import { formatTick } from './ticks';

function short(value: number): string {
  return formatTick(Number(value.toPrecision(3)));
}

/**
 * One or two sentences, e.g. "Plot of sigmoid, sigmoid' for x from -6 to 6, y from 0 to 1.
 * sigmoid saturates (|f′| < 0.01) for x in [-6, -4.6] and [4.6, 6]."
 */
export function describePlot(spec: PlotSpec): string {
  const ext = dataExtent(spec);
  const [x0, x1] = spec.xRange ?? ext.x;
  const [y0, y1] = spec.yRange ?? ext.y;
  const names = spec.curves.map((c) => c.label).join(', ');
  const what = spec.title ? `${spec.title}: ` : 'Plot of ';
  const xName = spec.xLabel ?? 'x';
  const parts = [`${what}${names} for ${xName} from ${short(x0)} to ${short(x1)}, y from ${short(y0)} to ${short(y1)}${spec.yScale === 'log' ? ' (log scale)' : ''}.`];
  for (const c of spec.curves) {
    if (c.saturated && c.saturated.length > 0) {
      const spans = c.saturated.map(([a, b]) => `[${short(a)}, ${short(b)}]`).join(' and ');
      parts.push(`${c.label} saturates (|f′| < 0.01) for x in ${spans}.`);
    }
    const gaps = c.y.filter((y) => y === null).length;
    if (gaps > 0 && gaps < c.y.length) parts.push(`${c.label} is undefined or infinite at ${gaps} sampled points (drawn as gaps).`);
    if (gaps === c.y.length && c.y.length > 0) parts.push(`${c.label} has no finite value in this range.`);
  }
  return parts.join(' ');
}
