/**
 * Notebook renderer entry for `application/vnd.actlab.value+json`, a bundle of its own
 * (`dist/value-renderer.js`) so showing a number never loads the plot renderer's chart
 * library. The logic is in `value.ts`; this file only adapts VS Code's renderer API to it.
 */
import { renderValue } from './value';

/** The part of VS Code's renderer API used here (`vscode-notebook-renderer`). */
interface OutputItem {
  readonly id: string;
  json(): unknown;
}

interface RendererApi {
  renderOutputItem(item: OutputItem, element: HTMLElement): void;
  disposeOutputItem(id?: string): void;
}

export function activate(): RendererApi {
  const live = new Map<string, HTMLElement>();
  return {
    renderOutputItem(item, element) {
      live.get(item.id)?.remove();
      element.replaceChildren();
      live.set(item.id, renderValue(item.json(), element));
    },
    disposeOutputItem(id) {
      if (id === undefined) {
        for (const root of live.values()) root.remove();
        live.clear();
        return;
      }
      live.get(id)?.remove();
      live.delete(id);
    },
  };
}
