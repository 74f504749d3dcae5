/**
 * The kit's commands: a new notebook, the curriculum, and interrupt/restart of the
 * notebook's engine (also on the notebook toolbar).
 */
import * as vscode from 'vscode';
import { CHAPTERS } from '../exercises/types';
import type { NotebookEngines } from '../notebook/engines';
import { CELL_LANGUAGE, NOTEBOOK_TYPE } from '../notebook/serializer';
import { displayLocale, type Locale } from '../notebook/settings';
import { chapterUri } from './exerciseCommands';

const STARTER: Record<Locale, { markdown: string; code: string; restarted: string; noNotebook: string }> = {
  en: {
    markdown:
      '# My activation experiments\n\nRun a cell with **Shift+Enter**. Hover a function name to read about it.',
    code: "sigmoid(0)\nsigmoid'(0)\nplot(sigmoid, sigmoid', -6, 6)",
    restarted: 'Activation Lab: the engine was restarted; all variables and functions are forgotten.',
    noNotebook: 'Activation Lab: open an Activation Lab notebook first.',
  },
  'zh-cn': {
    markdown: '# 我的激活函数实验\n\n按 **Shift+Enter** 运行单元格。把鼠标悬停在函数名上可以查看说明。',
    code: "sigmoid(0)\nsigmoid'(0)\nplot(sigmoid, sigmoid', -6, 6)",
    restarted: 'Activation Lab：引擎已重启，所有变量和函数都已清除。',
    noNotebook: 'Activation Lab：请先打开一个 Activation Lab 笔记本。',
  },
};

/** What the commands need from the controller: stopping a notebook's running and queued cells. */
export interface CellInterrupter {
  interrupt(notebook: vscode.NotebookDocument): void;
}

export function registerCommands(
  context: vscode.ExtensionContext,
  engines: NotebookEngines,
  controller: CellInterrupter,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('activationLab.newNotebook', () => newNotebook()),
    vscode.commands.registerCommand('activationLab.openCurriculum', () => openCurriculum(context.extensionUri)),
    vscode.commands.registerCommand('activationLab.interrupt', (arg?: unknown) => {
      const notebook = targetNotebook(arg);
      if (notebook) controller.interrupt(notebook);
    }),
    vscode.commands.registerCommand('activationLab.restartEngine', async (arg?: unknown) => {
      const notebook = targetNotebook(arg);
      if (!notebook) return;
      controller.interrupt(notebook);
      await engines.peek(notebook)?.restart();
      void vscode.window.showInformationMessage(STARTER[displayLocale()].restarted);
    }),
  );
}

/** An untitled notebook with a starter cell. */
async function newNotebook(): Promise<void> {
  const text = STARTER[displayLocale()];
  const data = new vscode.NotebookData([
    new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, text.markdown, 'markdown'),
    new vscode.NotebookCellData(vscode.NotebookCellKind.Code, text.code, CELL_LANGUAGE),
  ]);
  const notebook = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, data);
  await vscode.window.showNotebookDocument(notebook);
}

/**
 * Opens the curriculum's first chapter (from the catalog) in the display language, English
 * when that language has none, or the tour when there are no chapters, straight from the
 * extension's folder. No directory listing: a web host serving the extension over https
 * cannot list folders.
 */
async function openCurriculum(extensionUri: vscode.Uri): Promise<void> {
  const first = CHAPTERS.length > 0 ? await chapterUri(extensionUri, CHAPTERS[0]) : undefined;
  const target = first ?? vscode.Uri.joinPath(extensionUri, 'notebooks', '00-tour.actlab.md');
  await vscode.commands.executeCommand('vscode.openWith', target, NOTEBOOK_TYPE);
}

/**
 * The notebook a command acts on: the one whose toolbar was clicked (VS Code passes
 * `{ notebookEditor }` or a URI), else the active notebook editor's.
 */
function targetNotebook(arg: unknown): vscode.NotebookDocument | undefined {
  const editor = (arg as { notebookEditor?: { notebookUri?: vscode.Uri } } | undefined)?.notebookEditor;
  const uri = arg instanceof vscode.Uri ? arg : editor?.notebookUri;
  const notebook = uri
    ? vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === uri.toString())
    : vscode.window.activeNotebookEditor?.notebook;
  if (!notebook || notebook.notebookType !== NOTEBOOK_TYPE) {
    void vscode.window.showWarningMessage(STARTER[displayLocale()].noNotebook);
    return undefined;
  }
  return notebook;
}
