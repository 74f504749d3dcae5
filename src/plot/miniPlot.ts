/**
 * The small plot of a hover card: f and f′ on [−6, 6] with the saturated tails shaded, and f″
 * when given (with a gap and open circles at its one-sided limits where it does not exist), as
 * an SVG template whose colours are tokens (`@f@`, `@df@`, `@d2f@`, `@text@`, `@shade@`,
 * `@shadeOpacity@`, `@axis@`) that the card fills in for the editor's theme. The build draws one
 * per registry function at its defaults (scripts/render-math.mjs); framework cards draw one at
 * the parameters written in the code.
 */

/** f″ for the plot, and where it does not exist (joins of a piecewise function in [−6, 6]). */
export interface MiniPlotSecond {
  readonly d2f: (x: number) => number;
  readonly missing: readonly { readonly at: number; readonly left: number; readonly right: number }[];
  readonly label: string;
}

export const MINI_PLOT_TOKENS = {
  text: '@text@',
  f: '@f@',
  df: '@df@',
  d2f: '@d2f@',
  shade: '@shade@',
  shadeOpacity: '@shadeOpacity@',
  axis: '@axis@',
} as const;

export function miniPlotSvg(
  f: (x: number) => number,
  df: (x: number) => number,
  intervals: readonly (readonly [number, number])[],
  labels: { readonly f: string; readonly df: string },
  second?: MiniPlotSecond,
): string {
  const theme = MINI_PLOT_TOKENS;
  const W = 260;
  const H = 150;
  const pad = { l: 8, r: 8, t: 8, b: 18 };
  const X0 = -6;
  const X1 = 6;
  const N = 241;
  const xs = Array.from({ length: N }, (_, i) => X0 + ((X1 - X0) * i) / (N - 1));
  const missing = second?.missing ?? [];
  // The joins where f″ does not exist are sample points themselves, left out of f″'s path.
  for (const m of missing) if (!xs.includes(m.at)) xs.push(m.at);
  xs.sort((a, b) => a - b);
  const fy = xs.map(f);
  const dy = xs.map(df);
  const d2y = second ? xs.map((x) => (missing.some((m) => m.at === x) ? NaN : second.d2f(x))) : [];
  // The whole of every curve on [−6, 6] is shown: clipping would draw a clipped curve as a
  // misleading flat segment.
  const finite = [...fy, ...dy, ...d2y, ...missing.flatMap((m) => [m.left, m.right])].filter(Number.isFinite);
  let y0 = Math.min(0, ...finite);
  let y1 = Math.max(1, ...finite);
  const padY = (y1 - y0) * 0.06;
  y0 -= padY;
  y1 += padY;
  const px = (x: number): number => pad.l + ((x - X0) / (X1 - X0)) * (W - pad.l - pad.r);
  const py = (y: number): number => pad.t + ((y1 - y) / (y1 - y0)) * (H - pad.t - pad.b);
  const path = (ys: readonly number[]): string => {
    let d = '';
    let pen = false;
    ys.forEach((y, i) => {
      if (!Number.isFinite(y)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${px(xs[i]).toFixed(1)} ${py(y).toFixed(1)}`;
      pen = true;
    });
    return d;
  };
  const shade = intervals
    .map(([a, b]) => [Math.max(a, X0), Math.min(b, X1)])
    .filter(([a, b]) => b > a)
    .map(
      ([a, b]) =>
        `<rect x="${px(a).toFixed(1)}" y="${pad.t}" width="${(px(b) - px(a)).toFixed(1)}" height="${H - pad.t - pad.b}" fill="${theme.shade}" fill-opacity="${theme.shadeOpacity}"/>`,
    )
    .join('');
  const axes =
    `<line x1="${pad.l}" x2="${W - pad.r}" y1="${py(0).toFixed(1)}" y2="${py(0).toFixed(1)}" stroke="${theme.axis}" stroke-width="0.8"/>` +
    `<line x1="${px(0).toFixed(1)}" x2="${px(0).toFixed(1)}" y1="${pad.t}" y2="${H - pad.b}" stroke="${theme.axis}" stroke-width="0.8"/>`;
  const font = 'font-family="system-ui,sans-serif" font-size="10"';
  const ticks = [-6, -3, 0, 3, 6]
    .map((t) => `<text x="${px(t).toFixed(1)}" y="${H - 5}" text-anchor="middle" fill="${theme.text}" ${font}>${t}</text>`)
    .join('');
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const legend =
    `<text x="${pad.l + 4}" y="${pad.t + 11}" fill="${theme.f}" ${font}>${esc(labels.f)}</text>` +
    `<text x="${pad.l + 4}" y="${pad.t + 24}" fill="${theme.df}" ${font}>${esc(labels.df)}</text>` +
    (second ? `<text x="${pad.l + 4}" y="${pad.t + 37}" fill="${theme.d2f}" ${font}>${esc(second.label)}</text>` : '');
  const circles = missing
    .flatMap((m) => (m.left === m.right ? [[m.at, m.left]] : [[m.at, m.left], [m.at, m.right]]))
    .map(([x, y]) => `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="2.6" fill="none" stroke="${theme.d2f}" stroke-width="1.2"/>`)
    .join('');
  const secondPath = second ? `<path d="${path(d2y)}" fill="none" stroke="${theme.d2f}" stroke-width="1.3" stroke-dasharray="1.5 2"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    shade +
    axes +
    `<path d="${path(fy)}" fill="none" stroke="${theme.f}" stroke-width="1.8"/>` +
    `<path d="${path(dy)}" fill="none" stroke="${theme.df}" stroke-width="1.5" stroke-dasharray="4 2"/>` +
    secondPath +
    circles +
    ticks +
    legend +
    '</svg>'
  );
}
