/**
 * Draws one `application/vnd.actlab.plot+json` output: the title, the interactive chart
 * (or the static SVG when the curves don't share one x grid, e.g. paths in weight space),
 * then for experiment reports the extra figures, the table and the reading.
 */
import uplotCss from 'uplot/dist/uPlot.min.css';
import type { PlotSpec } from '../plot/spec';
import { renderPlotSvg } from '../plot/svg';
import { mountChart, type MountedChart } from './chart';
import styles from './styles.css';

export interface RenderedPlot {
  dispose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Parses an SVG string of our own making into a node (no HTML parsing of text content). */
function svgNode(svg: string): Node {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return document.importNode(doc.documentElement, true);
}

/** Whether the data looks like a plot spec this renderer understands (version 1). */
function isPlotSpec(value: unknown): value is PlotSpec {
  const v = value as PlotSpec | null;
  return typeof v === 'object' && v !== null && v.version === 1 && Array.isArray(v.x) && Array.isArray(v.curves);
}

export function renderPlot(spec: PlotSpec, element: HTMLElement): RenderedPlot {
  if (!isPlotSpec(spec)) {
    const message = el('div', 'actlab-plot', 'This plot was made by a different version of Activation Lab; run the cell again to redraw it.');
    element.appendChild(message);
    return { dispose: () => message.remove() };
  }
  const root = el('div', 'actlab-plot');
  const style = el('style');
  style.textContent = uplotCss + styles;
  root.appendChild(style);
  if (spec.title) root.appendChild(el('div', 'actlab-title', spec.title));
  element.appendChild(root);

  let chart: MountedChart | undefined;
  const aligned = spec.curves.length > 0 && spec.curves.every((c) => c.x === undefined) && spec.x.length > 0;
  if (aligned) {
    chart = mountChart(spec, root);
  } else if (spec.curves.length > 0) {
    const box = el('div', 'actlab-static');
    box.appendChild(svgNode(renderPlotSvg({ ...spec, title: undefined })));
    root.appendChild(box);
  }

  for (const figure of spec.figures ?? []) {
    const box = el('figure', 'actlab-figure');
    box.appendChild(svgNode(figure.svg));
    box.setAttribute('aria-label', figure.alt);
    root.appendChild(box);
  }

  if (spec.table) {
    const table = el('table', 'actlab-table');
    const head = el('tr');
    for (const c of spec.table.columns) head.appendChild(el('th', undefined, c));
    table.appendChild(el('thead')).appendChild(head);
    const body = el('tbody');
    for (const r of spec.table.rows) {
      const tr = el('tr');
      for (const c of r) tr.appendChild(el('td', undefined, c));
      body.appendChild(tr);
    }
    table.appendChild(body);
    root.appendChild(table);
  }
  for (const note of spec.notes ?? []) root.appendChild(el('p', 'actlab-note', note));

  return {
    dispose: () => {
      chart?.dispose();
      root.remove();
    },
  };
}
