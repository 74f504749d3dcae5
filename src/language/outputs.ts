/**
 * Output items for a value, in the order VS Code should pick them: the value view for the
 * kit's renderer, a markdown table for matrices, `text/plain` at the run's precision, and
 * the exact `application/json` encoding. Rich values (plots, reports, checks) supply their
 * own items, followed by their encoding. Every value has an `application/json` item (with
 * `encodeEveryValue`, reports shown as Markdown too), so a reader of the encoding
 * (`actlab eval --json`) never has to fall back to display text.
 */
import { encodeValue, MAX_JSON_ENTRIES } from './encode';
import { formatValue, isMatrix2D, markdownTable } from './format';
import { isRichValue } from './rich';
import { MIME, type OutputItem, type RunOptions } from './types';
import { asArray } from './values';
import { valueView } from './valueView';

export { MAX_JSON_ENTRIES };

/** Output items for one value, richest first. */
export function outputItems(value: unknown, options: RunOptions): OutputItem[] {
  if (isRichValue(value)) {
    const rich = value.toOutputs(options);
    // A kit mime first ranks above application/json in VS Code; Markdown first does not.
    const drawnByKit = rich[0]?.mime.startsWith('application/vnd.actlab.') === true;
    return drawnByKit || options.encodeEveryValue === true ? [...rich, { mime: MIME.json, data: encodeValue(value) }] : rich;
  }
  // First: VS Code's display order would otherwise prefer application/json to the text.
  const items: OutputItem[] = [{ mime: MIME.value, data: valueView(value, options) }];
  const arr = asArray(value);
  if (arr !== undefined && isMatrix2D(arr)) {
    items.push({ mime: MIME.markdown, data: markdownTable(arr, options.precision) });
  }
  // The encoding of a large matrix is the costly item; it is not built when not asked for.
  if (options.mimes !== undefined && !options.mimes.includes(MIME.json)) {
    items.push({ mime: MIME.text, data: formatValue(value, options) });
    return items;
  }
  const json = encodeValue(value);
  const omitted = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json.tooLarge as { entries?: number; characters?: number } | undefined) : undefined;
  const text = formatValue(value, options);
  const amount = omitted?.entries !== undefined ? `${omitted.entries} entries` : `${omitted?.characters} characters`;
  items.push({ mime: MIME.text, data: omitted ? `${text}\n(${amount}: too many to send in full; end the line with ; to hide it)` : text });
  items.push({ mime: MIME.json, data: json });
  return items;
}

/** The output of a function definition: a one-line confirmation, and the function's encoding. */
export function definitionItems(text: string, fn: unknown): OutputItem[] {
  return [
    { mime: MIME.value, data: { kind: 'text', text } },
    { mime: MIME.text, data: text },
    { mime: MIME.json, data: encodeValue(fn) },
  ];
}
