/**
 * Activation Lab's entry point: wires the features together and does nothing else. Each
 * feature registers itself and hands back a Disposable. Activation stays fast because
 * nothing here loads mathjs: cells are evaluated in the engine process (`dist/engine.js`).
 */
import * as vscode from 'vscode';
import { registerCommands } from './features/commands';
import { registerExercises } from './features/exercises';
import { registerLanguageFeatures } from './features/languageService';
import { registerReopenAsNotebook } from './features/reopenAsNotebook';
import { ExerciseProgress } from './features/progress';
import { ActlabNotebookController } from './notebook/controller';
import { NotebookEngines } from './notebook/engines';
import { registerNotebookSerializer } from './notebook/serializer';

export function activate(context: vscode.ExtensionContext): void {
  const engines = new NotebookEngines(context.asAbsolutePath('dist/engine.js'));
  const progress = new ExerciseProgress(context.globalState);
  const controller = new ActlabNotebookController(engines, progress);
  context.subscriptions.push(
    registerNotebookSerializer(),
    engines,
    controller,
    registerCommands(context, engines, controller),
    registerLanguageFeatures(context, engines),
    progress,
    registerExercises(context, progress),
    registerReopenAsNotebook(),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
