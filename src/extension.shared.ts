/**
 * What the desktop and the browser entries share: everything but how cells are run. Each
 * feature registers itself and hands back a Disposable. Activation stays fast because
 * nothing here loads mathjs: cells are evaluated in the engine, and the language service
 * is loaded on first use.
 */
import * as vscode from 'vscode';
import { registerCommands } from './features/commands';
import { registerExercises } from './features/exercises';
import { registerLanguageFeatures } from './features/languageFeatures';
import { registerReopenAsNotebook } from './features/reopenAsNotebook';
import { ExerciseProgress } from './features/progress';
import { ActlabNotebookController } from './notebook/controller';
import { NotebookEngines, type EngineFactory } from './notebook/engines';
import { registerNotebookSerializer } from './notebook/serializer';

/** What differs between the platforms. */
export interface PlatformBits {
  /** Starts the engine of one notebook: a child process on desktop, a Web Worker in the browser. */
  readonly createEngine: EngineFactory;
  /** Whether those engines have a memory cap (`activationLab.memoryLimitMb`). */
  readonly memoryCap: boolean;
}

export function activateShared(context: vscode.ExtensionContext, platform: PlatformBits): void {
  const engines = new NotebookEngines(platform.createEngine, { memoryCap: platform.memoryCap });
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
