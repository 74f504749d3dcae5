/**
 * The exercises feature: a status bar item ("Exercises 7/39 ✓"), the Exercises tree in the
 * Explorer, the exercise commands, and the `activationLab.chapterDone.*` context keys that
 * complete the walkthrough's steps. Progress itself lives in `ExerciseProgress`.
 */
import * as vscode from 'vscode';
import { displayLocale } from '../notebook/settings';
import { registerExerciseCommands } from './exerciseCommands';
import { EXERCISES_TEXT } from './exercisesText';
import { EXERCISES_VIEW, ExercisesTreeProvider } from './exercisesView';
import type { ExerciseProgress } from './progress';

export function registerExercises(context: vscode.ExtensionContext, progress: ExerciseProgress): vscode.Disposable {
  const tree = new ExercisesTreeProvider(progress);
  const view = vscode.window.createTreeView(EXERCISES_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('activationLab.exercisesStatus', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Activation Lab Exercises';
  status.command = `${EXERCISES_VIEW}.focus`;

  const refresh = (): void => {
    const text = EXERCISES_TEXT[displayLocale()];
    const { solved, total } = progress.count();
    status.text = text.statusBar(solved, total);
    status.tooltip = text.statusTooltip;
    status.show();
    tree.refresh();
    void progress.publishContext();
  };
  refresh();

  return vscode.Disposable.from(
    view,
    status,
    progress.onDidChange(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('activationLab.language')) refresh();
    }),
    registerExerciseCommands(context, progress),
  );
}
