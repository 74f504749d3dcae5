/**
 * Draws one `application/vnd.actlab.value+json` output: a number or other short value as
 * monospace text, a vector as one bracketed line, a matrix as a table. Each entry carries
 * its full-precision form as a tooltip; everything is selectable so it can be copied.
 */
import styles from './value.css';
import { valueStrings, type ValueStrings } from './valueStrings';

/**
 * The shape of the data, as `ValueView` in `src/language/types.ts` defines it (the renderer
 * may not import the language layer). Saved notebooks can hold data from another version,
 * so it is checked before use.
 */
type View =
  | { kind: 'scalar'; text: string; full: string; locale?: string }
  | { kind: 'text'; text: string; locale?: string }
  | { kind: 'vector'; text: string; items: string[]; full: string[]; length: number; locale?: string }
  | {
      kind: 'matrix';
      text: string;
      rows: string[][];
      full: string[][];
      rowLabels: string[];
      columnLabels: string[];
      size: [number, number];
      locale?: string;
    };

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isView(value: unknown): value is View {
  const v = value as Partial<Record<string, unknown>> | null;
  if (typeof v !== 'object' || v === null || typeof v.text !== 'string') return false;
  switch (v.kind) {
    case 'scalar':
      return typeof v.full === 'string';
    case 'text':
      return true;
    case 'vector':
      return isStrings(v.items) && isStrings(v.full) && v.full.length === v.items.length && typeof v.length === 'number';
    case 'matrix':
      return (
        Array.isArray(v.rows) && v.rows.every(isStrings) && Array.isArray(v.full) && v.full.every(isStrings) &&
        isStrings(v.rowLabels) && isStrings(v.columnLabels) && Array.isArray(v.size)
      );
    default:
      return false;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The tooltip of an entry: its full-precision form, when it has one. */
function withFull<E extends HTMLElement>(e: E, full: string | undefined, s: ValueStrings): E {
  if (full) e.title = `${s.full} ${full}`;
  return e;
}

function vector(view: Extract<View, { kind: 'vector' }>, s: ValueStrings): HTMLElement[] {
  const line = el('pre', 'actlab-value-text actlab-value-vector');
  line.append('[');
  view.items.forEach((item, i) => {
    if (i > 0) line.append(', ');
    line.appendChild(withFull(el('span', undefined, item), view.full[i], s));
  });
  line.append(']');
  return view.length > view.items.length ? [line, el('div', 'actlab-value-note', s.entries(view.length))] : [line];
}

function matrix(view: Extract<View, { kind: 'matrix' }>, s: ValueStrings): HTMLElement[] {
  const table = el('table', 'actlab-value-matrix');
  const head = el('tr');
  head.appendChild(el('th'));
  for (const label of view.columnLabels) head.appendChild(el('th', undefined, label));
  table.appendChild(el('thead')).appendChild(head);
  const body = el('tbody');
  view.rows.forEach((row, i) => {
    const tr = el('tr');
    tr.appendChild(el('th', undefined, view.rowLabels[i] ?? ''));
    row.forEach((cell, j) => {
      const full = view.full[i]?.[j];
      tr.appendChild(withFull(el('td', full ? undefined : 'actlab-value-gap', cell), full, s));
    });
    body.appendChild(tr);
  });
  table.appendChild(body);
  const [rows, columns] = view.size;
  return [table, el('div', 'actlab-value-note', s.matrix(rows, columns))];
}

export function renderValue(data: unknown, element: HTMLElement): HTMLElement {
  const root = el('div', 'actlab-value');
  root.appendChild(el('style')).textContent = styles;
  if (!isView(data)) {
    const text = (data as { text?: unknown } | null)?.text;
    root.appendChild(el('pre', 'actlab-value-text', typeof text === 'string' ? text : valueStrings(undefined).outdated));
  } else {
    const s = valueStrings(data.locale);
    if (data.kind === 'vector') root.append(...vector(data, s));
    else if (data.kind === 'matrix') root.append(...matrix(data, s));
    else root.appendChild(withFull(el('pre', 'actlab-value-text', data.text), data.kind === 'scalar' ? data.full : undefined, s));
  }
  element.appendChild(root);
  return root;
}
