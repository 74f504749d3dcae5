/**
 * The interactive chart: uPlot on a canvas, with a crosshair readout of x, f(x) and f′(x),
 * wheel and drag zoom, shift-drag pan, per-curve toggles, the saturated tails shaded
 * (|f′| < 0.01 all the way out, src/plot/saturation.ts) and sliders for activation
 * parameters. Curves from the registry are re-evaluated here with the same core (no round
 * trip to the engine); a learner's curves keep their sampled points.
 *
 * uPlot: ~50 KB, canvas-based and fast enough to redraw 2,000-point curves on every slider
 * event, which SVG-based libraries are not.
 */
import uPlot from 'uplot';
import { getActivation } from '../core/registry';
import { withParams } from '../plot/functionPlot';
import { sourceFunction, sourceSlope } from '../plot/source';
import { curveColour, type PlotSpec } from '../plot/spec';
import { formatTick } from '../plot/ticks';
import { fmt, paramSymbol } from './format';
import { sliderRange } from './params';
import { STRINGS } from './strings';
import { measurable, panned, zoomed } from './zoom';

type Params = Record<string, number>;

function cssVar(name: string, fallback: string): string {
  const v = getComputedStyle(document.body).getPropertyValue(name).trim();
  return v || fallback;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function alignedData(spec: PlotSpec): uPlot.AlignedData {
  return [Float64Array.from(spec.x), ...spec.curves.map((c) => c.y.map((v) => v) as (number | null)[])] as uPlot.AlignedData;
}

/** Whether every curve can be recomputed from the registry (then zoom and sliders re-sample). */
function resampleable(spec: PlotSpec): boolean {
  return spec.curves.length > 0 && spec.curves.every((c) => c.source !== undefined && c.x === undefined);
}

export interface MountedChart {
  readonly root: HTMLElement;
  dispose(): void;
  /** Current spec (after slider moves and zoom re-sampling); for tests and the readout. */
  current(): PlotSpec;
}

export function mountChart(spec: PlotSpec, host: HTMLElement): MountedChart {
  const text = STRINGS[spec.locale ?? 'en'];
  const root = el('div', 'actlab-chart');
  host.appendChild(root);
  const controls = el('div', 'actlab-controls');
  const plotBox = el('div', 'actlab-canvas');
  const readout = el('div', 'actlab-readout');
  readout.setAttribute('aria-live', 'polite');
  root.append(controls, plotBox, readout);

  // Parameter values per activation id, shared by f and f′ curves of the same activation.
  const params = new Map<string, Params>();
  for (const c of spec.curves) if (c.source && !params.has(c.source.id)) params.set(c.source.id, { ...c.source.params });
  const visible = spec.curves.map(() => true);
  let cur = spec;
  const log = spec.yScale === 'log';
  const canResample = resampleable(spec);

  // Canvas colours can't follow CSS variables by themselves: read them now and again
  // whenever VS Code switches theme (it changes the body's class).
  const colours = { fg: cssVar('--vscode-editor-foreground', '#888888') };
  const grid = 'rgba(128,128,128,0.18)';
  const font = `12px ${cssVar('--vscode-font-family', 'system-ui, sans-serif')}`;
  const axis = (label?: string, logScale = false): uPlot.Axis => ({
    stroke: () => colours.fg,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
    font,
    labelFont: font,
    // On a log axis only the powers of ten get a label; uPlot's minor splits stay unlabelled.
    values: (_u, splits) => splits.map((v) => (v === null || v === undefined ? '' : logScale && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) > 1e-6 ? '' : formatTick(v))),
    ...(label ? { label } : {}),
  });

  const shadeSaturation = (u: uPlot): void => {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    cur.curves.forEach((c, i) => {
      if (!visible[i] || !c.saturated) return;
      ctx.fillStyle = curveColour(i);
      ctx.globalAlpha = 0.1;
      for (const [a, b] of c.saturated) {
        const xa = Math.max(left, u.valToPos(a, 'x', true));
        const xb = Math.min(left + width, u.valToPos(b, 'x', true));
        if (xb > xa) ctx.fillRect(xa, top, xb - xa, height);
      }
    });
    ctx.restore();
  };

  // Where a drawn derivative does not exist: open circles at its one-sided limits, a dot at
  // the value the kit returns there (the static SVG draws the same).
  const markMissing = (u: uPlot): void => {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    const dpr = devicePixelRatio || 1;
    cur.curves.forEach((c, i) => {
      if (!visible[i]) return;
      for (const m of c.missing ?? []) {
        const cx = u.valToPos(m.x, 'x', true);
        const circle = (y: number, r: number, filled: boolean): void => {
          if (!Number.isFinite(y)) return;
          ctx.beginPath();
          ctx.arc(cx, u.valToPos(y, 'y', true), r * dpr, 0, 2 * Math.PI);
          if (filled) {
            ctx.fillStyle = curveColour(i);
            ctx.fill();
          } else {
            ctx.strokeStyle = curveColour(i);
            ctx.lineWidth = 1.5 * dpr;
            ctx.stroke();
          }
        };
        circle(m.left, 3.5, false);
        if (m.right !== m.left) circle(m.right, 3.5, false);
        circle(m.value, 2.5, true);
      }
    });
    ctx.restore();
    root.dataset.missingPoints = String(cur.curves.reduce((n, c, i) => n + (visible[i] ? (c.missing?.length ?? 0) : 0), 0));
  };

  const updateReadout = (u: uPlot): void => {
    const leftPx = u.cursor.left;
    if (leftPx === undefined || leftPx === null || leftPx < 0) {
      readout.textContent = text.hint;
      return;
    }
    const x = u.posToVal(leftPx, 'x');
    const parts = [`x = ${fmt(x)}`];
    cur.curves.forEach((c, i) => {
      if (!visible[i]) return;
      if (c.source) {
        const f = sourceFunction(c.source);
        const slope = sourceSlope(c.source);
        if (!f) return;
        parts.push(slope ? `${c.label}: f = ${fmt(f(x))}, f′ = ${fmt(slope(x))}` : `${c.label} = ${fmt(f(x))}`);
        return;
      }
      const idx = u.cursor.idx;
      if (idx === undefined || idx === null) return;
      const xs = cur.x;
      const y = c.y[idx];
      const y0 = c.y[Math.max(0, idx - 1)];
      const y1 = c.y[Math.min(xs.length - 1, idx + 1)];
      const dx = xs[Math.min(xs.length - 1, idx + 1)] - xs[Math.max(0, idx - 1)];
      const slope = y0 !== null && y1 !== null && dx > 0 ? `, f′ ≈ ${fmt((y1 - y0) / dx)}` : '';
      parts.push(`${c.label}: f = ${y === null ? text.undefinedValue : fmt(y)}${slope} (${text.at} x = ${fmt(xs[idx])})`);
    });
    readout.textContent = parts.join('   ');
  };

  let busy = false;
  const recompute = (u: uPlot, range?: readonly [number, number]): void => {
    const t0 = performance.now();
    const [min0, max0] = range ?? [u.scales.x.min ?? spec.x[0], u.scales.x.max ?? spec.x[spec.x.length - 1]];
    // A window no number can measure (a drag-zoom gone wild) is not re-sampled.
    if (!measurable(min0, max0)) return;
    busy = true;
    cur = withParams(spec, cur.curves.map((c) => (c.source ? params.get(c.source.id) : undefined)), [min0, max0]);
    const { min, max } = u.scales.x;
    u.setData(alignedData(cur), false);
    // Re-setting the same x window lets uPlot fit y to the new curves.
    if (min !== undefined && max !== undefined) u.setScale('x', { min, max });
    busy = false;
    // Exposed for the UI test's timing of a slider step (re-sampling plus data arrays).
    root.dataset.recomputeMs = (performance.now() - t0).toFixed(2);
    updateReadout(u);
  };

  let pending = 0;
  const opts: uPlot.Options = {
    width: Math.max(320, Math.min(900, host.clientWidth || 640)),
    height: 320,
    scales: {
      x: { time: false },
      y: log ? { distr: 3, log: 10 } : { auto: true, ...(spec.yRange ? { range: [spec.yRange[0], spec.yRange[1]] as uPlot.Range.MinMax } : {}) },
    },
    axes: [axis(spec.xLabel), axis(spec.yLabel, log)],
    legend: { show: false },
    cursor: {
      drag: { x: true, y: false, setScale: true },
      bind: {
        mousedown: (u, _targ, handler) => (e: MouseEvent) => {
          if (e.shiftKey || e.button === 1) {
            startPan(u, e);
            return null;
          }
          return handler(e);
        },
      },
    },
    series: [
      {},
      ...spec.curves.map((c, i): uPlot.Series => ({
        label: c.label,
        stroke: curveColour(i),
        width: 2,
        spanGaps: false,
        ...(c.points ? { paths: () => null, points: { show: true, size: 6, fill: curveColour(i) } } : { points: { show: false } }),
      })),
    ],
    hooks: {
      drawClear: [shadeSaturation],
      draw: [markMissing],
      setCursor: [updateReadout],
      setScale: [
        (u, key) => {
          if (key !== 'x' || busy || !canResample) return;
          cancelAnimationFrame(pending);
          pending = requestAnimationFrame(() => recompute(u));
        },
      ],
    },
  };

  const u = new uPlot(opts, alignedData(spec), plotBox);
  const xr = spec.xRange ?? [spec.x[0], spec.x[spec.x.length - 1]];
  busy = true;
  u.setScale('x', { min: xr[0], max: xr[1] });
  busy = false;
  updateReadout(u);

  // Wheel zoom around the cursor.
  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const min = u.scales.x.min ?? xr[0];
    const max = u.scales.x.max ?? xr[1];
    const at = u.posToVal(e.offsetX, 'x');
    const [lo, hi] = zoomed(min, max, at, e.deltaY < 0 ? 0.8 : 1.25);
    if (lo !== min || hi !== max) u.setScale('x', { min: lo, max: hi });
  };
  u.over.addEventListener('wheel', onWheel, { passive: false });

  // Shift-drag (or middle-button drag) pans.
  function startPan(plot: uPlot, e: MouseEvent): void {
    const x0 = e.clientX;
    const min0 = plot.scales.x.min ?? xr[0];
    const max0 = plot.scales.x.max ?? xr[1];
    const perPx = (max0 - min0) / plot.over.clientWidth;
    const move = (ev: MouseEvent): void => {
      const [lo, hi] = panned(min0, max0, -(ev.clientX - x0) * perPx);
      plot.setScale('x', { min: lo, max: hi });
    };
    const up = (): void => {
      document.removeEventListener('mousemove', move);
      document.removeEventListener('mouseup', up);
    };
    document.addEventListener('mousemove', move);
    document.addEventListener('mouseup', up);
  }

  // Curve toggles.
  const toggles = el('div', 'actlab-toggles');
  spec.curves.forEach((c, i) => {
    const label = el('label', 'actlab-toggle');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      visible[i] = box.checked;
      u.setSeries(i + 1, { show: box.checked });
      u.redraw(false, false);
      updateReadout(u);
    });
    const swatch = el('span', 'actlab-swatch');
    swatch.style.background = curveColour(i);
    label.append(box, swatch, document.createTextNode(c.label));
    toggles.appendChild(label);
  });
  const reset = el('button', 'actlab-reset', text.reset);
  reset.addEventListener('click', () => u.setScale('x', { min: xr[0], max: xr[1] }));
  toggles.appendChild(reset);
  controls.appendChild(toggles);

  // Parameter sliders, one set per activation.
  for (const [id, values] of params) {
    const act = getActivation(id);
    for (const p of act.params) {
      const range = sliderRange(p);
      if (!range) continue;
      const row = el('label', 'actlab-slider');
      const name = el('span', 'actlab-slider-name', `${id} ${paramSymbol(p.name)}`);
      const input = el('input');
      input.type = 'range';
      input.min = String(range.min);
      input.max = String(range.max);
      input.step = String(range.step);
      input.value = String(values[p.name] ?? p.default);
      input.dataset.param = `${id}.${p.name}`;
      const out = el('output', 'actlab-slider-value', fmt(values[p.name] ?? p.default));
      input.addEventListener('input', () => {
        const v = Number(input.value);
        if (p.check?.(v) !== undefined) return;
        values[p.name] = v;
        out.textContent = fmt(v);
        recompute(u);
      });
      row.append(name, input, out);
      controls.appendChild(row);
    }
  }

  const themeWatch = new MutationObserver(() => {
    const fg = cssVar('--vscode-editor-foreground', '#888888');
    if (fg !== colours.fg) {
      colours.fg = fg;
      u.redraw(false, true);
    }
  });
  themeWatch.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });

  const resize = new ResizeObserver(() => {
    const w = Math.max(320, Math.min(900, host.clientWidth || 640));
    if (Math.abs(w - u.width) > 2) u.setSize({ width: w, height: 320 });
  });
  resize.observe(host);

  return {
    root,
    current: () => cur,
    dispose: () => {
      resize.disconnect();
      themeWatch.disconnect();
      cancelAnimationFrame(pending);
      u.destroy();
      root.remove();
    },
  };
}
