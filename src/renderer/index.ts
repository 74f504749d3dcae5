/**
 * Notebook renderer entry for `application/vnd.actlab.plot+json`: VS Code calls
 * `activate` once per webview and `renderOutputItem` per output. The logic is in
 * `render.ts`; this file only adapts VS Code's renderer API to it.
 */
import { renderPlot, type RenderedPlot } from './render';
import type { PlotSpec } from '../plot/spec';

/** The part of VS Code's renderer API used here (`vscode-notebook-renderer`). */
interface OutputItem {
  readonly id: string;
  readonly mime: string;
  json(): unknown;
}

interface RendererApi {
  renderOutputItem(item: OutputItem, element: HTMLElement, signal?: AbortSignal): void;
  disposeOutputItem(id?: string): void;
}

export function activate(): RendererApi {
  const live = new Map<string, RenderedPlot>();
  return {
    renderOutputItem(item, element) {
      live.get(item.id)?.dispose();
      element.replaceChildren();
      live.set(item.id, renderPlot(item.json() as PlotSpec, element));
    },
    disposeOutputItem(id) {
      if (id === undefined) {
        for (const plot of live.values()) plot.dispose();
        live.clear();
        return;
      }
      live.get(id)?.dispose();
      live.delete(id);
    },
  };
}
