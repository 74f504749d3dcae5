/**
 * The notebook controller: runs `actlab` cells in the notebook's engine (a child process,
 * never the extension host), one cell at a time per notebook, and shows what they produce.
 * Cancelling a running cell interrupts the engine; cancelling a queued cell skips it.
 */
import * as vscode from 'vscode';
import type { CellResult, RunOptions } from '../language/types';
import { toCellOutputs } from './cellOutputs';
import type { NotebookEngines } from './engines';
import type { ExerciseTracker } from './exerciseTracker';
import { CELL_LANGUAGE, NOTEBOOK_TYPE } from './serializer';
import { displayLocale, engineSettings, precision } from './settings';

export const CONTROLLER_ID = 'activation-lab';

export class ActlabNotebookController implements vscode.Disposable {
  private readonly controller: vscode.NotebookController;
  /** Per notebook: the tail of its queue of cell runs, so runs never overlap. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Per notebook: how many cells have run, for the execution order shown beside each cell. */
  private readonly counters = new Map<string, number>();
  /** Per notebook: bumped by `interrupt`, so cells queued before it are skipped. */
  private readonly generations = new Map<string, number>();
  /** Per notebook: aborts the cell running right now (even while its engine is still starting). */
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly engines: NotebookEngines,
    private readonly tracker?: ExerciseTracker,
  ) {
    this.controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, 'Activation Lab');
    this.controller.supportedLanguages = [CELL_LANGUAGE];
    this.controller.supportsExecutionOrder = true;
    this.controller.description =
      displayLocale() === 'zh-cn' ? '在独立的沙箱引擎中计算激活函数、导数和图像' : 'Activation functions, derivatives and plots, evaluated in a sandboxed engine';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
  }

  /** Queues the cells; each gets its execution now (so it shows as pending) and runs in turn. */
  private execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    const key = notebook.uri.toString();
    const executions = cells
      .filter((cell) => cell.kind === vscode.NotebookCellKind.Code)
      .flatMap((cell) => {
        try {
          return [this.controller.createNotebookCellExecution(cell)];
        } catch (e) {
          // VS Code refuses a second execution of a cell that is already queued or running.
          console.warn(`Activation Lab: not queuing cell ${cell.index}: ${e instanceof Error ? e.message : String(e)}`);
          return [];
        }
      });
    const generation = this.generations.get(key) ?? 0;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const done = previous.then(async () => {
      for (const execution of executions) {
        if ((this.generations.get(key) ?? 0) !== generation) execution.end(undefined); // interrupted while queued
        else await this.runCell(execution, notebook);
      }
    });
    this.queues.set(key, done);
    void done.finally(() => {
      if (this.queues.get(key) === done) this.queues.delete(key);
    });
    return done;
  }

  /** Stops the running cell (the engine restarts) and drops the cells queued behind it. */
  interrupt(notebook: vscode.NotebookDocument): void {
    const key = notebook.uri.toString();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.running.get(key)?.abort();
  }

  private async runCell(execution: vscode.NotebookCellExecution, notebook: vscode.NotebookDocument): Promise<void> {
    if (execution.token.isCancellationRequested) {
      execution.end(undefined); // cancelled while waiting: leave the cell as it was
      return;
    }
    const key = notebook.uri.toString();
    // Registered before the first await, so an interrupt that comes at any moment from here on
    // reaches this cell (the engine drops a cell aborted before it starts).
    const abort = new AbortController();
    this.running.set(key, abort);
    const onCancel = execution.token.onCancellationRequested(() => abort.abort());
    try {
      const order = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, order);
      execution.executionOrder = order;
      execution.start(Date.now());
      await execution.clearOutput();
      const locale = displayLocale();
      const exercise = typeof execution.cell.metadata.exercise === 'string' ? execution.cell.metadata.exercise : undefined;
      const result = await this.evaluate(execution, notebook, abort.signal, locale, exercise);
      await execution.replaceOutput(toCellOutputs(result, locale));
      if (result.verdict) this.recordAttempt(result.verdict.exercise, result.verdict.passed);
      execution.end(result.error === undefined, Date.now());
    } catch (e) {
      // Only the editor side can fail here (e.g. the notebook closed mid-run); never leave the cell spinning.
      console.error('Activation Lab: cell execution failed', e);
      try {
        execution.end(false, Date.now());
      } catch (endError) {
        // Already ended, or its notebook is gone: there is no cell left to update.
        console.warn('Activation Lab: could not end the cell execution', endError);
      }
    } finally {
      onCancel.dispose();
      if (this.running.get(key) === abort) this.running.delete(key);
    }
  }

  /** Progress is bookkeeping: a failure there must not fail the learner's cell. */
  private recordAttempt(exercise: string, passed: boolean): void {
    if (!this.tracker) return;
    try {
      this.tracker.record(exercise, passed);
    } catch (e) {
      console.error(`Activation Lab: could not record progress for ${exercise}`, e);
    }
  }

  /** Runs the cell's code in the notebook's engine; never throws (failures become the result's error). */
  private async evaluate(
    execution: vscode.NotebookCellExecution,
    notebook: vscode.NotebookDocument,
    signal: AbortSignal,
    locale: RunOptions['locale'],
    exercise: string | undefined,
  ): Promise<CellResult> {
    const options: RunOptions = {
      precision: precision(),
      locale,
      ...(exercise ? { exercise, attempt: this.tracker?.attempts(exercise) ?? 0 } : {}),
    };
    try {
      return await this.engines.get(notebook).run(execution.cell.document.getText(), options, {
        timeoutMs: engineSettings().timeLimitMs,
        signal,
        onProgress: (message: string, fraction?: number) => {
          const text = fraction === undefined ? message : `${message} (${Math.round(100 * fraction)}%)`;
          void execution.replaceOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.text(text)]));
        },
      });
    } catch (e) {
      // The engine could not even answer (it failed to start, or was disposed mid-run).
      return { outputs: [], error: { name: 'EngineCrashed', message: e instanceof Error ? e.message : String(e) } };
    }
  }

  dispose(): void {
    this.controller.dispose();
  }
}

