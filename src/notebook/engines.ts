/**
 * One warm evaluation engine per open notebook. Starting an engine costs about 0.7 s on
 * desktop (it loads mathjs), so it is started on the first run and kept until the notebook
 * closes; variables then persist across cells. Which engine runs the cells is the platform's
 * choice — a child process on desktop, a Web Worker in the browser — handed in by the entry
 * point as a factory; everything here works through the `Engine` interface. A change of the
 * memory cap restarts every engine that has one (the cap is fixed when a process starts); the
 * time limit is sent with each run.
 */
import * as vscode from 'vscode';
import type { Engine } from '../engine/engine';
import { affectsEngineProcess, engineSettings, type EngineSettings } from './settings';

/** Starts an engine for one notebook with the current settings. */
export type EngineFactory = (settings: EngineSettings) => Engine;

export interface NotebookEnginesOptions {
  /** Whether the engines have a memory cap (fixed when one starts): a browser worker has none. */
  readonly memoryCap: boolean;
}

export class NotebookEngines implements vscode.Disposable {
  private readonly hosts = new Map<string, Engine>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly createEngine: EngineFactory,
    options: NotebookEnginesOptions,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.close(notebook)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Without a cap to apply, a new cap is no reason to drop the learner's variables.
        if (options.memoryCap && affectsEngineProcess(event)) this.closeAll();
      }),
    ];
  }

  /** The notebook's engine, started if it has none yet. */
  get(notebook: vscode.NotebookDocument): Engine {
    const key = notebook.uri.toString();
    let host = this.hosts.get(key);
    if (!host) {
      host = this.createEngine(engineSettings());
      this.hosts.set(key, host);
    }
    return host;
  }

  /** The notebook's engine if one is running (hovers use it to inspect variables without starting one). */
  peek(notebook: vscode.NotebookDocument): Engine | undefined {
    return this.hosts.get(notebook.uri.toString());
  }

  private close(notebook: vscode.NotebookDocument): void {
    const key = notebook.uri.toString();
    this.hosts.get(key)?.dispose();
    this.hosts.delete(key);
  }

  /** Disposes every engine; the next run starts a fresh one with the current settings. */
  private closeAll(): void {
    for (const host of this.hosts.values()) host.dispose();
    this.hosts.clear();
  }

  dispose(): void {
    this.closeAll();
    for (const s of this.subscriptions) s.dispose();
  }
}
