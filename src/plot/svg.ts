/**
 * The static SVG renderer: a plot spec to a self-contained SVG string (pure string
 * building, no DOM). Used for the `image/svg+xml` output of plots and experiments, and
 * for the small plots in hover cards.
 */
import { describePlot } from './describe';
import type { Locale } from './locale';
import { curveColour, curveX, dataExtent, type PlotSpec } from './spec';
import { neutralCss, themeCss } from './theme';
import { fraction, measurableRange } from './span';
import { formatTick, logTicks, niceTicks } from './ticks';
import { coord, escapeXml } from './xml';

export interface SvgOptions {
  /** Width and height in CSS pixels (default 640 × 360). */
  readonly width?: number;
  readonly height?: number;
  /** Show the legend (default: when there is more than one curve or the curve has a label). */
  readonly legend?: boolean;
  /** Show the spec's title (default true). */
  readonly title?: boolean;
  /** Font size in pixels (default 12). */
  readonly fontSize?: number;
  /** Prefix for ids and classes, so several inline SVGs on one page don't clash (default derived from the content). */
  readonly idPrefix?: string;
  /** Shade the saturated regions (default true). */
  readonly shadeSaturation?: boolean;
  /**
   * `theme` (default): VS Code's theme variables when inline, light/dark fallbacks by
   * `prefers-color-scheme`; `neutral`: fixed mid-grey text and axes that read on both, for
   * SVG shown as an image.
   */
  readonly palette?: 'theme' | 'neutral';
  /** Language of the alt text in `<desc>` (default English). */
  readonly locale?: Locale;
}

/** A small stable hash for default id prefixes. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}

/** Padded y range: 5% each side, or ±1 around a constant. */
function paddedY(lo: number, hi: number, log: boolean): [number, number] {
  if (log) {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    const pad = b > a ? (b - a) * 0.05 : 1;
    return [Math.pow(10, a - pad), Math.pow(10, b + pad)];
  }
  if (hi === lo) return [lo - 1, hi + 1];
  // In halves, and kept measurable, for values that lie further apart than a double can say.
  const pad = (hi / 2 - lo / 2) * 0.1;
  return measurableRange(Math.max(-Number.MAX_VALUE, lo - pad), Math.min(Number.MAX_VALUE, hi + pad));
}

export function renderPlotSvg(spec: PlotSpec, options: SvgOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const fs = options.fontSize ?? 12;
  const p = options.idPrefix ?? `actlab-${hash(JSON.stringify([spec.title, spec.curves.map((c) => c.label), spec.x.length, width]))}`;
  const log = spec.yScale === 'log';
  const showTitle = (options.title ?? true) && !!spec.title;
  const showLegend = options.legend ?? spec.curves.length > 0;
  const ext = dataExtent(spec);
  const [x0, x1] = spec.xRange ?? (ext.x[1] > ext.x[0] ? ext.x : [ext.x[0] - 1, ext.x[1] + 1]);
  const [y0, y1] = spec.yRange ?? paddedY(ext.y[0], ext.y[1], log);

  // Layout: title on top, legend below the x-axis label.
  const charW = fs * 0.6;
  const yTicks = log ? logTicks(y0, y1, Math.max(2, Math.floor(height / 60))) : niceTicks(y0, y1, Math.max(2, Math.floor(height / 50)));
  const yLabelW = Math.max(...yTicks.map((t) => formatTick(t).length), 1) * charW;
  const left = Math.round(yLabelW + fs * 0.8 + (spec.yLabel ? fs * 1.4 : 0));
  const right = 12;
  const top = showTitle ? Math.round(fs * 2.2) : Math.round(fs * 0.8);
  const legendItems = showLegend ? spec.curves.map((c, i) => ({ label: c.label, colour: curveColour(i), w: 26 + c.label.length * charW + 14 })) : [];
  const legendRows: { label: string; colour: string; w: number; x: number }[][] = [];
  {
    let row: { label: string; colour: string; w: number; x: number }[] = [];
    let x = left;
    for (const item of legendItems) {
      if (row.length > 0 && x + item.w > width - right) {
        legendRows.push(row);
        row = [];
        x = left;
      }
      row.push({ ...item, x });
      x += item.w;
    }
    if (row.length > 0) legendRows.push(row);
  }
  const bottom = Math.round(fs * 1.8 + (spec.xLabel ? fs * 1.4 : 0) + legendRows.length * fs * 1.6 + 4);
  const pw = Math.max(10, width - left - right);
  const ph = Math.max(10, height - top - bottom);

  // `fraction` places a point without computing widths that could overflow (±1e308).
  const sx = (x: number): number => left + fraction(x, x0, x1) * pw;
  const ly0 = log ? Math.log10(y0) : y0;
  const ly1 = log ? Math.log10(y1) : y1;
  const sy = (y: number): number => top + ph - fraction(log ? Math.log10(y) : y, ly0, ly1) * ph;

  const out: string[] = [];
  const desc = describePlot(spec, options.locale);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${p}-t ${p}-d" font-size="${fs}">`,
    `<title id="${p}-t">${escapeXml(spec.title ?? spec.curves.map((c) => c.label).join(', '))}</title>`,
    `<desc id="${p}-d">${escapeXml(desc)}</desc>`,
    `<style>${options.palette === 'neutral' ? neutralCss(p) : themeCss(p)}</style>`,
    `<defs><clipPath id="${p}-clip"><rect x="${left}" y="${top}" width="${pw}" height="${ph}"/></clipPath></defs>`,
  );

  // Saturated regions behind everything else.
  if (options.shadeSaturation ?? true) {
    spec.curves.forEach((c, i) => {
      for (const [a, b] of c.saturated ?? []) {
        const xa = Math.max(left, sx(a));
        const xb = Math.min(left + pw, sx(b));
        if (xb > xa) out.push(`<rect x="${coord(xa)}" y="${top}" width="${coord(xb - xa)}" height="${ph}" fill="${curveColour(i)}" fill-opacity="0.1"/>`);
      }
    });
  }

  // Grid and tick labels.
  const xTicks = niceTicks(x0, x1, Math.max(2, Math.floor(pw / 70)));
  for (const t of xTicks) {
    const x = coord(sx(t));
    out.push(`<line class="${t === 0 ? `${p}-zero` : `${p}-grid`}" x1="${x}" y1="${top}" x2="${x}" y2="${top + ph}"/>`);
    out.push(`<text class="${p}-text" x="${x}" y="${coord(top + ph + fs * 1.3)}" text-anchor="middle">${escapeXml(formatTick(t))}</text>`);
  }
  for (const t of yTicks) {
    if (t < y0 || t > y1) continue;
    const y = coord(sy(t));
    out.push(`<line class="${t === 0 ? `${p}-zero` : `${p}-grid`}" x1="${left}" y1="${y}" x2="${left + pw}" y2="${y}"/>`);
    out.push(`<text class="${p}-text" x="${left - fs * 0.4}" y="${coord(sy(t) + fs * 0.35)}" text-anchor="end">${escapeXml(formatTick(t))}</text>`);
  }
  out.push(`<rect class="${p}-axis" x="${left}" y="${top}" width="${pw}" height="${ph}" fill="none"/>`);

  // Curves: one path each, broken at gaps.
  out.push(`<g clip-path="url(#${p}-clip)" fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">`);
  spec.curves.forEach((c, i) => {
    const xs = curveX(spec, c);
    const colour = curveColour(i);
    if (c.points) {
      const dots: string[] = [];
      for (let k = 0; k < c.y.length; k++) {
        const y = c.y[k];
        if (y === null || (log && !(y > 0))) continue;
        dots.push(`<circle cx="${coord(sx(xs[k]))}" cy="${coord(sy(y))}" r="2.5"/>`);
      }
      out.push(`<g fill="${colour}" stroke="none">${dots.join('')}</g>`);
      return;
    }
    const d: string[] = [];
    let pen = false;
    for (let k = 0; k < c.y.length; k++) {
      const y = c.y[k];
      if (y === null || (log && !(y > 0)) || !Number.isFinite(xs[k])) {
        pen = false;
        continue;
      }
      d.push(`${pen ? 'L' : 'M'}${coord(sx(xs[k]))} ${coord(sy(y))}`);
      pen = true;
    }
    if (d.length > 0) out.push(`<path stroke="${colour}" d="${d.join('')}"/>`);
  });
  out.push('</g>');

  // Where a drawn derivative does not exist: open circles at its one-sided limits, a dot at
  // the value the kit returns there.
  spec.curves.forEach((c, i) => {
    const colour = curveColour(i);
    for (const m of c.missing ?? []) {
      if (m.x < x0 || m.x > x1) continue;
      const cx = coord(sx(m.x));
      const shown = (y: number): boolean => Number.isFinite(y) && y >= y0 && y <= y1 && (!log || y > 0);
      const open = m.left === m.right ? [m.left] : [m.left, m.right];
      for (const y of open.filter(shown)) {
        out.push(`<circle class="${p}-missing" cx="${cx}" cy="${coord(sy(y))}" r="3.5" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
      }
      if (shown(m.value)) out.push(`<circle cx="${cx}" cy="${coord(sy(m.value))}" r="2.5" fill="${colour}"/>`);
    }
  });

  // Axis labels, title, legend.
  let yCursor = top + ph + fs * 1.3;
  if (spec.xLabel) {
    yCursor += fs * 1.4;
    out.push(`<text class="${p}-text" x="${coord(left + pw / 2)}" y="${coord(yCursor)}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);
  }
  if (spec.yLabel) {
    const cx = fs;
    const cy = top + ph / 2;
    out.push(`<text class="${p}-text" x="${cx}" y="${coord(cy)}" text-anchor="middle" transform="rotate(-90 ${cx} ${coord(cy)})">${escapeXml(spec.yLabel)}</text>`);
  }
  if (showTitle && spec.title) {
    out.push(`<text class="${p}-text" x="${coord(left + pw / 2)}" y="${coord(fs * 1.4)}" text-anchor="middle" font-weight="600">${escapeXml(spec.title)}</text>`);
  }
  for (const row of legendRows) {
    yCursor += fs * 1.6;
    for (const item of row) {
      const ly = coord(yCursor - fs * 0.35);
      out.push(`<line x1="${item.x}" y1="${ly}" x2="${item.x + 20}" y2="${ly}" stroke="${item.colour}" stroke-width="3"/>`);
      out.push(`<text class="${p}-text" x="${item.x + 26}" y="${coord(yCursor)}">${escapeXml(item.label)}</text>`);
    }
  }
  out.push('</svg>');
  return out.join('');
}
