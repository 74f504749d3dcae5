// What several in-host suites need: the test window's workspace folder, opening a shipped
// chapter, editing and running cells through VS Code's own commands until they have
// finished, and reading their outputs and exercise verdicts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'activation-lab.activation-lab';

export function workspaceDir(): string {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  return dir;
}

/** Resolves when every listed cell has finished a run that started after `since`. */
export function whenCellsDone(
  notebook: vscode.NotebookDocument,
  indexes: readonly number[],
  since: number,
  timeoutMs: number,
): Promise<void> {
  const pending = (): number[] =>
    indexes.filter((i) => (notebook.cellAt(i).executionSummary?.timing?.endTime ?? 0) < since);
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (pending().length > 0) return;
      cleanup();
      resolve();
    };
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook === notebook) check();
    });
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cells ${pending().join(', ')} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
    };
    check();
  });
}

/** Writes a fresh notebook with one code cell per source, opens it, and runs all of it. */
export async function runNotebook(name: string, sources: readonly string[]): Promise<vscode.NotebookDocument> {
  const file = path.join(workspaceDir(), `${name}-${process.pid}-${Date.now()}.actlab.md`);
  fs.writeFileSync(file, sources.map((s) => '```actlab\n' + s + '\n```\n').join('\n'));
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  const since = Date.now() - 1;
  const done = whenCellsDone(notebook, [notebook.cellCount - 1], since, 45000);
  await vscode.commands.executeCommand('notebook.execute', notebook.uri);
  await done;
  return notebook;
}

export const CHECK_MIME = 'application/vnd.actlab.check+json';

/** Every output item of a cell, decoded as text. */
export function outputItems(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  const decoder = new TextDecoder();
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: decoder.decode(i.data) })));
}

/** The exercise verdict a cell shows, if any. */
export function verdictOf(cell: vscode.NotebookCell): { exercise: string; passed: boolean; message: string } | undefined {
  const item = outputItems(cell).find((i) => i.mime === CHECK_MIME);
  return item === undefined ? undefined : (JSON.parse(item.text) as { exercise: string; passed: boolean; message: string });
}

/** Opens a shipped chapter from the workspace's copy of notebooks/ with the kit's kernel. */
export async function openChapter(lang: string, chapter: string): Promise<vscode.NotebookDocument> {
  const file = path.join(workspaceDir(), 'notebooks', lang, `${chapter}.actlab.md`);
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  return notebook;
}

/** Replaces a cell's whole text, as typing would. */
export async function replaceText(cell: vscode.NotebookCell, text: string): Promise<void> {
  const doc = cell.document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was refused');
}
