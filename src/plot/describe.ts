/** Plain-text summaries of a plot: the SVG's alt text and the `text/plain` output. */
import type { Locale } from './locale';
import { dataExtent, type PlotSpec } from './spec';
import { formatTick } from './ticks';

function short(value: number): string {
  return formatTick(Number(value.toPrecision(3)));
}

/**
 * One or two sentences, e.g. "Plot of sigmoid, sigmoid' for x from -6 to 6, y from 0 to 1.
 * sigmoid saturates (|f′| < 0.01) for x in [-6, -4.6] and [4.6, 6]."
 */
export function describePlot(spec: PlotSpec, locale: Locale = 'en'): string {
  const zh = locale === 'zh-cn';
  const ext = dataExtent(spec);
  const [x0, x1] = spec.xRange ?? ext.x;
  const [y0, y1] = spec.yRange ?? ext.y;
  const names = spec.curves.map((c) => c.label).join(', ');
  const xName = spec.xLabel ?? 'x';
  const log = spec.yScale === 'log';
  const parts = zh
    ? [`${spec.title ? `${spec.title}：` : '函数图像：'}${names}，${xName} 从 ${short(x0)} 到 ${short(x1)}，y 从 ${short(y0)} 到 ${short(y1)}${log ? '（对数刻度）' : ''}。`]
    : [`${spec.title ? `${spec.title}: ` : 'Plot of '}${names} for ${xName} from ${short(x0)} to ${short(x1)}, y from ${short(y0)} to ${short(y1)}${log ? ' (log scale)' : ''}.`];
  for (const c of spec.curves) {
    if (c.saturated && c.saturated.length > 0) {
      const spans = c.saturated.map(([a, b]) => `[${short(a)}, ${short(b)}]`).join(zh ? ' 和 ' : ' and ');
      parts.push(zh ? `${c.label} 在 x ∈ ${spans} 处饱和（|f′| < 0.01）。` : `${c.label} saturates (|f′| < 0.01) for x in ${spans}.`);
    }
    const gaps = c.y.filter((y) => y === null).length;
    if (gaps > 0 && gaps < c.y.length) {
      parts.push(zh ? `${c.label} 在 ${gaps} 个采样点上无定义或为无穷（画作断开）。` : `${c.label} is undefined or infinite at ${gaps} sampled points (drawn as gaps).`);
    }
    if (gaps === c.y.length && c.y.length > 0) parts.push(zh ? `${c.label} 在此范围内没有有限值。` : `${c.label} has no finite value in this range.`);
  }
  return parts.join(' ');
}
