// What the web-host suites share: the test window's workspace folder (a `vscode-remote:`
// folder here, reached only through workspace.fs — the worker has no file system), writing
// and opening notebooks, running cells through VS Code's own commands, and reading outputs.
import * as vscode from 'vscode';
import { ok } from './assert';

export const EXTENSION_ID = 'activation-lab.activation-lab';
export const ERROR_MIME = 'application/vnd.code.notebook.error';

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test window has no workspace folder');
  return folder.uri;
}

let counter = 0;
/** A file name no earlier test used. */
export function fresh(name: string, extension = '.actlab.md'): string {
  return `${name}-${Date.now()}-${++counter}${extension}`;
}

export async function writeText(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The text of a notebook whose code cells are `sources`, each after an optional info-string tail. */
export function notebookText(sources: readonly (string | { code: string; info: string })[]): string {
  return sources
    .map((s) => (typeof s === 'string' ? { code: s, info: '' } : s))
    .map((s) => '```actlab' + (s.info ? ` ${s.info}` : '') + '\n' + s.code + '\n```\n')
    .join('\n');
}

/** Writes a notebook, shows it, and selects the kit's controller. */
export async function openNotebook(name: string, sources: readonly (string | { code: string; info: string })[]): Promise<vscode.NotebookEditor> {
  const uri = await writeText(fresh(name), `# ${name}\n\n${notebookText(sources)}`);
  const notebook = await vscode.workspace.openNotebookDocument(uri);
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  return editor;
}

/** Index of the n-th code cell (notebooks written here start with a Markdown heading). */
export function codeIndex(notebook: vscode.NotebookDocument, n: number): number {
  const code = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
  ok(code[n], `no code cell ${n}`);
  return code[n].index;
}

/** Resolves when the cell's execution ended after `since` (ms since the epoch). */
export function whenDone(notebook: vscode.NotebookDocument, index: number, since: number, timeoutMs = 45_000): Promise<vscode.NotebookCell> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      const cell = notebook.cellAt(index);
      const end = cell.executionSummary?.timing?.endTime;
      if (end !== undefined && end >= since) {
        cleanup();
        resolve(cell);
      }
    };
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook === notebook) done();
    });
    const poll = setInterval(done, 50);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cell ${index} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
    };
    done();
  });
}

/** Runs one cell with VS Code's command and waits for it to end. */
export async function runCell(notebook: vscode.NotebookDocument, index: number, timeoutMs?: number): Promise<vscode.NotebookCell> {
  const since = Date.now() - 1;
  const finished = whenDone(notebook, index, since, timeoutMs);
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: notebook.uri });
  return finished;
}

/** Runs the whole notebook and waits for its last cell. */
export async function runAll(notebook: vscode.NotebookDocument): Promise<void> {
  const since = Date.now() - 1;
  const last = whenDone(notebook, notebook.cellCount - 1, since);
  await vscode.commands.executeCommand('notebook.execute', notebook.uri);
  await last;
}

export function items(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  const decoder = new TextDecoder();
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: decoder.decode(i.data) })));
}

export function itemText(cell: vscode.NotebookCell, mime: string): string {
  const item = items(cell).find((i) => i.mime === mime);
  ok(item, `no ${mime}; got ${items(cell).map((i) => i.mime).join(', ') || 'no outputs'}`);
  return item.text;
}

export function errorOf(cell: vscode.NotebookCell): { name: string; message: string } {
  return JSON.parse(itemText(cell, ERROR_MIME)) as { name: string; message: string };
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('activationLab').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function closeAll(): Promise<void> {
  for (const notebook of vscode.workspace.notebookDocuments) if (notebook.isDirty) await notebook.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function waitFor<T>(get: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every hover's markdown at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function codeCells(notebook: vscode.NotebookDocument): vscode.TextDocument[] {
  return notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code).map((c) => c.document);
}
