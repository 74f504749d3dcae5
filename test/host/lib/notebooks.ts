// What several in-host suites need: the test window's workspace folder, and running the
// cells of a notebook through VS Code's own commands until they have finished.
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
