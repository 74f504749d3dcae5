/**
 * The notebook controller: runs `actlab` cells in the notebook's engine (a child process,
 * never the extension host), one cell at a time per notebook, and shows what they produce.
 * Cancelling a running cell interrupts the engine; cancelling a queued cell skips it.
 */
import * as vscode from 'vscode';
import type { CellResult, RunOptions } from '../language/types';
import { toCellOutputs } from './cellOutputs';
import { checkVerdict } from './checkVerdict';
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
  /** Notebooks with a cell running right now. */
  private readonly running = new Set<string>();

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
    if (this.running.has(key)) this.engines.peek(notebook)?.interrupt();
  }

  private async runCell(execution: vscode.NotebookCellExecution, notebook: vscode.NotebookDocument): Promise<void> {
    if (execution.token.isCancellationRequested) {
      execution.end(undefined); // cancelled while waiting: leave the cell as it was
      return;
    }
    const key = notebook.uri.toString();
    const order = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, order);
    execution.executionOrder = order;
    execution.start(Date.now());
    await execution.clearOutput();

    const cell = execution.cell;
    const exercise = typeof cell.metadata.exercise === 'string' ? cell.metadata.exercise : undefined;
    const locale = displayLocale();
    const options: RunOptions = {
      precision: precision(),
      locale,
      ...(exercise ? { exercise, attempt: this.tracker?.attempts(exercise) ?? 0 } : {}),
    };

    const engine = this.engines.get(notebook);
    const onCancel = execution.token.onCancellationRequested(() => engine.interrupt());
    let result: CellResult;
    this.running.add(key);
    try {
      result = await engine.run(cell.document.getText(), options, {
        timeoutMs: engineSettings().timeLimitMs,
        onProgress: (message: string, fraction?: number) => {
          const text = fraction === undefined ? message : `${message} (${Math.round(100 * fraction)}%)`;
          void execution.replaceOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.text(text)]));
        },
      });
    } catch (e) {
      // The engine could not even answer (it failed to start, or was disposed mid-run).
      result = { outputs: [], error: { name: 'EngineCrashed', message: e instanceof Error ? e.message : String(e) } };
    } finally {
      onCancel.dispose();
      this.running.delete(key);
    }

    await execution.replaceOutput(toCellOutputs(result, locale));
    if (exercise && this.tracker) {
      const passed = checkVerdict(result);
      if (passed !== undefined) this.tracker.record(exercise, passed);
    }
    execution.end(result.error === undefined, Date.now());
  }

  dispose(): void {
    this.controller.dispose();
  }
}

