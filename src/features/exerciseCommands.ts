/**
 * Exercise commands: open a chapter (optionally at one exercise), show the next hint or the
 * solution of the exercise cell under the cursor, and reset progress. The confirmations
 * can be skipped with `{ confirmed: true }` for scripted use (the extension-host tests).
 */
import * as vscode from 'vscode';
import { CHAPTER_TITLES } from '../exercises/chapterTitles';
import { findExercise } from '../exercises/catalog';
import { CHAPTERS, type ExerciseSpec } from '../exercises/types';
import { NOTEBOOK_TYPE } from '../notebook/serializer';
import { displayLocale } from '../notebook/settings';
import { EXERCISES_TEXT } from './exercisesText';
import type { ExerciseProgress } from './progress';

interface Confirmable {
  readonly confirmed?: boolean;
}

export function registerExerciseCommands(context: vscode.ExtensionContext, progress: ExerciseProgress): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('activationLab.openChapter', (chapter?: string, exercise?: string) =>
      openChapter(context, chapter, exercise),
    ),
    vscode.commands.registerCommand('activationLab.showNextHint', () => showNextHint(progress)),
    vscode.commands.registerCommand('activationLab.showSolution', (options?: Confirmable) => showSolution(options)),
    vscode.commands.registerCommand('activationLab.resetProgress', (options?: Confirmable) => resetProgress(progress, options)),
    // Not in the command palette: lets scripts and the extension-host tests read progress.
    vscode.commands.registerCommand('activationLab.exerciseProgress', (id?: string) => ({
      ...progress.count(),
      ...(id === undefined ? {} : { exercise: progress.get(id), status: progress.status(id) }),
    })),
  );
}

/**
 * The chapter's notebook in the display language, else in English, with its bytes. Each
 * candidate is read rather than `stat`-ed: a web host that serves the extension over https
 * (vscode.dev) answers every `stat` with "a file", and only a read tells whether it exists.
 */
async function shippedChapter(extensionUri: vscode.Uri, chapter: string): Promise<{ uri: vscode.Uri; bytes: Uint8Array } | undefined> {
  for (const lang of [...new Set([displayLocale(), 'en'])]) {
    const uri = vscode.Uri.joinPath(extensionUri, 'notebooks', lang, `${chapter}.actlab.md`);
    try {
      return { uri, bytes: await vscode.workspace.fs.readFile(uri) };
    } catch {
      continue; // not in this language; try the next one
    }
  }
  return undefined;
}

/** The chapter's notebook in the display language, else in English. */
export async function chapterUri(extensionUri: vscode.Uri, chapter: string): Promise<vscode.Uri | undefined> {
  return (await shippedChapter(extensionUri, chapter))?.uri;
}

/**
 * The learner's own copy of a chapter, in the extension's global storage: answers typed into
 * it are saved there and survive updates of the extension, whose shipped notebooks stay
 * untouched. The copy is made from the shipped notebook the first time the chapter opens
 * (written from its bytes, so it works whichever schemes the two folders live on).
 */
export async function learnerCopy(context: vscode.ExtensionContext, chapter: string): Promise<vscode.Uri | undefined> {
  const shipped = await shippedChapter(context.extensionUri, chapter);
  if (shipped === undefined) return undefined;
  const lang = shipped.uri.path.split('/').slice(-2)[0];
  const copy = vscode.Uri.joinPath(context.globalStorageUri, 'notebooks', lang, `${chapter}.actlab.md`);
  try {
    await vscode.workspace.fs.stat(copy);
  } catch {
    // No copy yet: this is the chapter's first opening.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(copy, '..'));
    await vscode.workspace.fs.writeFile(copy, shipped.bytes);
  }
  return copy;
}

async function openChapter(context: vscode.ExtensionContext, chapter?: string, exercise?: string): Promise<vscode.NotebookEditor | undefined> {
  const locale = displayLocale();
  const text = EXERCISES_TEXT[locale];
  let target = chapter;
  if (target === undefined) {
    const picked = await vscode.window.showQuickPick(
      CHAPTERS.map((c) => ({ label: `${c.slice(0, 2)} · ${CHAPTER_TITLES[c][locale]}`, chapter: c })),
      { placeHolder: text.pickChapter },
    );
    if (picked === undefined) return undefined;
    target = picked.chapter;
  }
  const uri = await learnerCopy(context, target);
  if (uri === undefined) {
    void vscode.window.showErrorMessage(text.chapterMissing(target));
    return undefined;
  }
  await vscode.commands.executeCommand('vscode.openWith', uri, NOTEBOOK_TYPE);
  const editor = vscode.window.activeNotebookEditor;
  if (editor !== undefined && exercise !== undefined) {
    const index = editor.notebook.getCells().findIndex((c) => c.metadata.exercise === exercise);
    if (index >= 0) {
      const range = new vscode.NotebookRange(index, index + 1);
      editor.selections = [range];
      editor.revealRange(range, vscode.NotebookEditorRevealType.InCenter);
    }
  }
  return editor;
}

/** The exercise cell the learner is working on: the selected cell of the active notebook. */
function currentExercise(): { cell: vscode.NotebookCell; spec: ExerciseSpec } | undefined {
  const text = EXERCISES_TEXT[displayLocale()];
  const editor = vscode.window.activeNotebookEditor;
  if (editor === undefined || editor.notebook.notebookType !== NOTEBOOK_TYPE) {
    void vscode.window.showWarningMessage(text.noNotebook);
    return undefined;
  }
  const index = editor.selection.isEmpty ? -1 : editor.selection.start;
  const cell = index >= 0 && index < editor.notebook.cellCount ? editor.notebook.cellAt(index) : undefined;
  const id = cell?.metadata.exercise;
  const spec = typeof id === 'string' ? findExercise(id) : undefined;
  if (cell === undefined || spec === undefined) {
    void vscode.window.showWarningMessage(text.notInExercise);
    return undefined;
  }
  return { cell, spec };
}

/** Reveals one more hint than the learner has seen (grader hints count as seen). */
async function showNextHint(progress: ExerciseProgress): Promise<string | undefined> {
  const current = currentExercise();
  if (current === undefined) return undefined;
  const locale = displayLocale();
  const text = EXERCISES_TEXT[locale];
  const hints = current.spec.hints;
  const k = progress.revealHint(current.spec.id, hints.length);
  const message = text.hint(k, hints.length, hints[k - 1][locale]) + (k === hints.length ? ` ${text.lastHint}` : '');
  void vscode.window.showInformationMessage(message);
  return message;
}

/**
 * Replaces the exercise cell's text by the reference solution, keeping the learner's
 * attempt above it as comments so nothing they typed is lost.
 */
async function showSolution(options?: Confirmable): Promise<boolean> {
  const current = currentExercise();
  if (current === undefined) return false;
  const locale = displayLocale();
  const text = EXERCISES_TEXT[locale];
  if (options?.confirmed !== true) {
    const answer = await vscode.window.showWarningMessage(text.confirmSolution(current.spec.title[locale]), { modal: true }, text.showSolutionButton);
    if (answer !== text.showSolutionButton) return false;
  }
  const doc = current.cell.document;
  const attempt = doc.getText().trim();
  const lines = [
    ...(attempt === '' ? [] : [`# ${text.yourAttempt}`, ...attempt.split('\n').map((l) => `# ${l}`)]),
    `# ${text.solutionComment}`,
    current.spec.solution,
  ];
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), lines.join('\n'));
  return vscode.workspace.applyEdit(edit);
}

async function resetProgress(progress: ExerciseProgress, options?: Confirmable): Promise<boolean> {
  const text = EXERCISES_TEXT[displayLocale()];
  if (options?.confirmed !== true) {
    const answer = await vscode.window.showWarningMessage(text.confirmReset, { modal: true }, text.resetButton);
    if (answer !== text.resetButton) return false;
  }
  await progress.reset();
  void vscode.window.showInformationMessage(text.resetDone);
  return true;
}
