/** Plain-text summaries of a plot: the SVG's alt text and the `text/plain` output. */
import type { Locale } from './locale';
import { curveX, dataExtent, type MissingPoint, type PlotSpec } from './spec';
import { formatTick } from './ticks';

function short(value: number): string {
  return formatTick(Number(value.toPrecision(3)));
}

/** A saturated tail within [x0, x1] as "x ≤ b", "x ≥ a", or every x shown. */
function tailText(a: number, b: number, x0: number, x1: number, xName: string, zh: boolean): string {
  const left = a <= x0;
  const right = b >= x1;
  if (left && right) return zh ? `整个范围内的所有 ${xName}` : `every ${xName} shown`;
  if (left) return `${xName} ≤ ${short(b)}`;
  if (right) return `${xName} ≥ ${short(a)}`;
  return `${xName} ∈ [${short(a)}, ${short(b)}]`;
}

/** Where a drawn derivative does not exist, and what is drawn there instead. */
function missingText(label: string, m: MissingPoint, xName: string, zh: boolean): string {
  const at = short(m.x);
  if (m.left === m.right) {
    return zh
      ? `${label} 在 ${xName} = ${at} 处不存在（更低阶的导数在那里跳变）；圆点是本工具在该点返回的值 ${short(m.value)}。`
      : `${label} does not exist at ${xName} = ${at} (a lower derivative jumps there); the dot is the value the kit returns there, ${short(m.value)}.`;
  }
  return zh
    ? `${label} 在 ${xName} = ${at} 处不存在：它从 ${short(m.left)} 跳到 ${short(m.right)}；圆点是本工具在该点返回的值 ${short(m.value)}。`
    : `${label} does not exist at ${xName} = ${at}: it jumps from ${short(m.left)} to ${short(m.right)}; the dot is the value the kit returns there, ${short(m.value)}.`;
}

/**
 * One or two sentences, e.g. "Plot of sigmoid, sigmoid' for x from -6 to 6, y from 0 to 1.
 * sigmoid saturates for x ≤ -4.58 and x ≥ 4.58 (|f′| < 0.01 there and all the way beyond)."
 * Saturated pieces are tails (saturation.ts), so each one reaches an edge of the range.
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
      const spans = c.saturated.map(([a, b]) => tailText(a, b, x0, x1, xName, zh)).join(zh ? ' 和 ' : ' and ');
      parts.push(zh ? `${c.label} 在 ${spans} 处饱和（那里直到无穷远处 |f′| < 0.01）。` : `${c.label} saturates for ${spans} (|f′| < 0.01 there and all the way beyond).`);
    }
    // The gaps left at points where a derivative does not exist are described on their own.
    const joins = new Set((c.missing ?? []).map((m) => m.x));
    const xs = curveX(spec, c);
    const gaps = c.y.filter((y, i) => y === null && !joins.has(xs[i])).length;
    if (gaps > 0 && gaps < c.y.length) {
      parts.push(zh ? `${c.label} 在 ${gaps} 个采样点上无定义或为无穷（画作断开）。` : `${c.label} is undefined or infinite at ${gaps} sampled points (drawn as gaps).`);
    }
    if (gaps === c.y.length && c.y.length > 0) parts.push(zh ? `${c.label} 在此范围内没有有限值。` : `${c.label} has no finite value in this range.`);
    for (const m of c.missing ?? []) parts.push(missingText(c.label, m, xName, zh));
  }
  return parts.join(' ');
}
