/**
 * Decision boundaries as SVG heat maps: one square panel per trained network, the
 * probability of class 1 over [−1, 1]² drawn as translucent cells (blue for class 1,
 * orange for class 0, clear near p = ½ where the boundary runs), with the data on top.
 */
import { CURVE_COLOURS } from './spec';
import { coord, escapeXml } from './xml';

export interface BoundaryPanel {
  readonly label: string;
  /** resolution² probabilities, rows from y = +1 down to y = −1. */
  readonly grid: ArrayLike<number>;
}

export interface BoundaryData {
  readonly resolution: number;
  /** n × 2 inputs in [−1, 1]², row-major. */
  readonly X: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

const CLASS1 = CURVE_COLOURS[0];
const CLASS0 = CURVE_COLOURS[1];
const LEVELS = 8;

/** Quantised colour level of a probability: −LEVELS … LEVELS, 0 near the boundary. */
function level(p: number): number {
  const q = Math.round((p - 0.5) * 2 * LEVELS);
  return Math.max(-LEVELS, Math.min(LEVELS, q));
}

export function renderBoundariesSvg(panels: readonly BoundaryPanel[], data: BoundaryData, options: { size?: number; title?: string } = {}): string {
  const size = options.size ?? 200;
  const gap = 16;
  const top = options.title ? 40 : 24;
  const width = panels.length * size + (panels.length + 1) * gap;
  const height = top + size + gap;
  const res = data.resolution;
  const cell = size / res;
  const out: string[] = [];
  const title = options.title ?? 'Decision boundaries';
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(`Probability of class 1 (blue) against class 0 (orange) over the square [-1, 1]² for ${panels.map((p) => p.label).join(', ')}, with the training points.`)}</desc>`,
    `<style>.t{fill:#808080;font-family:system-ui,sans-serif}</style>`,
  );
  if (options.title) out.push(`<text class="t" x="${gap}" y="18" font-weight="600">${escapeXml(options.title)}</text>`);
  panels.forEach((panel, k) => {
    const x0 = gap + k * (size + gap);
    out.push(`<text class="t" x="${coord(x0 + size / 2)}" y="${top - 6}" text-anchor="middle">${escapeXml(panel.label)}</text>`);
    out.push(`<g shape-rendering="crispEdges">`);
    for (let r = 0; r < res; r++) {
      // Merge runs of equal colour along a row to keep the SVG small.
      let c = 0;
      while (c < res) {
        const lv = level(panel.grid[r * res + c]);
        let end = c + 1;
        while (end < res && level(panel.grid[r * res + end]) === lv) end++;
        if (lv !== 0) {
          const colour = lv > 0 ? CLASS1 : CLASS0;
          const alpha = (Math.abs(lv) / LEVELS) * 0.55;
          out.push(`<rect x="${coord(x0 + c * cell)}" y="${coord(top + r * cell)}" width="${coord((end - c) * cell + 0.3)}" height="${coord(cell + 0.3)}" fill="${colour}" fill-opacity="${alpha.toFixed(2)}"/>`);
        }
        c = end;
      }
    }
    out.push('</g>');
    out.push(`<rect x="${x0}" y="${top}" width="${size}" height="${size}" fill="none" stroke="#8a8a8a"/>`);
    const dots: string[] = [];
    for (let i = 0; i < data.y.length; i++) {
      const px = x0 + ((data.X[2 * i] + 1) / 2) * size;
      const py = top + ((1 - data.X[2 * i + 1]) / 2) * size;
      dots.push(`<circle cx="${coord(px)}" cy="${coord(py)}" r="2.4" fill="${data.y[i] === 1 ? CLASS1 : CLASS0}"/>`);
    }
    out.push(`<g stroke="#ffffff" stroke-width="0.6">${dots.join('')}</g>`);
  });
  out.push('</svg>');
  return out.join('');
}
