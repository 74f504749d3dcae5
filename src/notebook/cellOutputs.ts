/**
 * Turns the engine's `CellResult` into VS Code cell outputs: each `Output` becomes one
 * `NotebookCellOutput` whose items keep their mime (JSON mimes as JSON, other strings as
 * text), and an error becomes VS Code's error item after whatever the cell printed first.
 */
import * as vscode from 'vscode';
import type { CellResult, OutputItem } from '../language/types';
import { describeCellError } from './cellErrors';
import type { Locale } from './locale';

export function toCellOutputs(result: CellResult, locale: Locale): vscode.NotebookCellOutput[] {
  const outputs = result.outputs.map((output) => new vscode.NotebookCellOutput(output.items.map(toItem)));
  if (result.error) {
    // A plain object, not an Error: VS Code would print the extension host's stack trace otherwise.
    const error = { name: result.error.name, message: describeCellError(result.error, locale) };
    outputs.push(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(error)]));
  }
  return outputs;
}

/** `application/json` and every `…+json` mime. */
function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || mime.endsWith('+json');
}

function toItem(item: OutputItem): vscode.NotebookCellOutputItem {
  // A JSON mime's data is always serialized: the encoding's "NaN" or "-0" written as bare
  // text would not be valid JSON.
  return isJsonMime(item.mime) || typeof item.data !== 'string'
    ? vscode.NotebookCellOutputItem.json(item.data, item.mime)
    : vscode.NotebookCellOutputItem.text(item.data, item.mime);
}
