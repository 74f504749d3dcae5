/**
 * Output items for a value, in the order VS Code should pick them: the value view for the
 * kit's renderer, a markdown table for matrices, `text/plain` at the run's precision, and
 * the exact `application/json` encoding. Rich values (plots, reports, checks) supply their
 * own items.
 */
import { encodeValue } from './encode';
import { formatValue, isMatrix2D, markdownTable } from './format';
import { isRichValue } from './rich';
import { MIME, type OutputItem, type RunOptions } from './types';
import { asArray } from './values';
import { valueView } from './valueView';

/**
 * Above this many entries a value's JSON is not sent: it would cost the receiving process
 * (the extension host) hundreds of megabytes to parse. The text shows that it was left out.
 */
export const MAX_JSON_ENTRIES = 1_000_000;

function countEntries(value: unknown[]): number {
  let n = 0;
  for (const x of value) n += Array.isArray(x) ? countEntries(x) : 1;
  return n;
}

/** Output items for one value, richest first. */
export function outputItems(value: unknown, options: RunOptions): OutputItem[] {
  if (isRichValue(value)) return value.toOutputs(options);
  // First: VS Code's display order would otherwise prefer application/json to the text.
  const items: OutputItem[] = [{ mime: MIME.value, data: valueView(value, options) }];
  const arr = asArray(value);
  if (arr !== undefined && isMatrix2D(arr)) {
    items.push({ mime: MIME.markdown, data: markdownTable(arr, options.precision) });
  }
  const entries = arr === undefined ? 0 : countEntries(arr);
  const tooBig = entries > MAX_JSON_ENTRIES;
  const text = formatValue(value, options);
  items.push({ mime: MIME.text, data: tooBig ? `${text}\n(${entries} entries: too many to send in full; end the line with ; to hide it)` : text });
  if (typeof value !== 'function' && !tooBig) items.push({ mime: MIME.json, data: encodeValue(value) });
  return items;
}
