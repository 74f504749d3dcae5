/** Reading an exercise verdict out of a cell's result, for progress tracking. */
import { MIME, type CellResult } from '../language/types';

/** The `passed` flag of the result's `application/vnd.actlab.check+json` item; undefined when the cell was not checked. */
export function checkVerdict(result: CellResult): boolean | undefined {
  for (const output of result.outputs) {
    for (const item of output.items) {
      if (item.mime !== MIME.check) continue;
      const data = typeof item.data === 'string' ? parseJson(item.data) : item.data;
      const passed = (data as { passed?: unknown } | null | undefined)?.passed;
      if (typeof passed === 'boolean') return passed;
    }
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON: there is no verdict to read
  }
}
