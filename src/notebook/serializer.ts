/**
 * The bridge between `*.actlab.md` files and VS Code notebooks. Parsing and printing live in
 * `markdown.ts`/`printer.ts`; this file only moves data between their shapes and VS Code's.
 * A file that cannot be parsed makes `deserializeNotebook` throw, so VS Code shows the
 * error and never gets a notebook it could save over the file.
 */
import * as vscode from 'vscode';
import { decodeNotebook, encodeNotebook, parseNotebook, printNotebook, type CellOrigin, type NotebookLayout, type PrintableCell } from '../notebookFormat/markdown';

export const NOTEBOOK_TYPE = 'actlab-notebook';
export const CELL_LANGUAGE = 'actlab';

/** Cell metadata key holding the cell's original text (see `CellOrigin`). */
const ORIGIN = 'actlab.origin';
/** Notebook metadata key holding the file's layout (BOM, line ending, trailing blank lines). */
const LAYOUT = 'actlab.layout';

export class ActlabNotebookSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const parsed = parseNotebook(decodeNotebook(content));
    const cells = parsed.cells.map((cell) => {
      const data =
        cell.kind === 'code'
          ? new vscode.NotebookCellData(vscode.NotebookCellKind.Code, cell.source, CELL_LANGUAGE)
          : new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, cell.source, 'markdown');
      data.metadata = { ...cell.metadata, [ORIGIN]: cell.origin };
      return data;
    });
    const data = new vscode.NotebookData(cells);
    data.metadata = { [LAYOUT]: parsed.layout };
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const cells: PrintableCell[] = data.cells.map((cell) => {
      const { attributes, origin } = splitMetadata(cell.metadata);
      return {
        kind: cell.kind === vscode.NotebookCellKind.Markup ? 'markup' : 'code',
        source: cell.value,
        metadata: attributes,
        origin,
      };
    });
    return encodeNotebook(printNotebook(cells, readLayout(data.metadata)));
  }
}

/** Registers the serializer; outputs are recomputed on run, so they never make a notebook dirty. */
export function registerNotebookSerializer(): vscode.Disposable {
  return vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new ActlabNotebookSerializer(), {
    transientOutputs: true,
  });
}

/** Info-string attributes (string values with plain keys) and the cell's origin, if any. */
function splitMetadata(metadata: { [key: string]: unknown } | undefined): {
  attributes: Record<string, string>;
  origin?: CellOrigin;
} {
  const attributes: Record<string, string> = {};
  let origin: CellOrigin | undefined;
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (key === ORIGIN) origin = isOrigin(value) ? value : undefined;
    else if (typeof value === 'string') attributes[key] = value;
  }
  return { attributes, origin };
}

function isOrigin(value: unknown): value is CellOrigin {
  const o = value as CellOrigin | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.index === 'number' &&
    typeof o.before === 'string' &&
    typeof o.raw === 'string' &&
    typeof o.source === 'string' &&
    typeof o.metadata === 'object' &&
    o.metadata !== null
  );
}

function readLayout(metadata: { [key: string]: unknown } | undefined): NotebookLayout | undefined {
  const layout = metadata?.[LAYOUT] as NotebookLayout | undefined;
  if (typeof layout !== 'object' || layout === null) return undefined;
  if (typeof layout.bom !== 'boolean' || typeof layout.eol !== 'string' || typeof layout.trailing !== 'string') return undefined;
  return layout;
}
