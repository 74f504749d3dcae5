/**
 * One warm evaluation engine per open notebook. Starting an engine costs about 0.7 s (it
 * loads mathjs), so it is started on the first run and kept until the notebook closes;
 * variables then persist across cells. A change of the memory cap restarts every engine
 * (the cap is fixed when the process starts); the time limit is sent with each run.
 */
import * as vscode from 'vscode';
import { EngineHost } from '../engine/host';
import { affectsEngineProcess, engineSettings } from './settings';

export class NotebookEngines implements vscode.Disposable {
  private readonly hosts = new Map<string, EngineHost>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly enginePath: string) {
    this.subscriptions = [
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.close(notebook)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsEngineProcess(event)) this.closeAll();
      }),
    ];
  }

  /** The notebook's engine, started if it has none yet. */
  get(notebook: vscode.NotebookDocument): EngineHost {
    const key = notebook.uri.toString();
    let host = this.hosts.get(key);
    if (!host) {
      const { timeLimitMs, memoryMb } = engineSettings();
      host = new EngineHost({ enginePath: this.enginePath, timeoutMs: timeLimitMs, memoryMb });
      this.hosts.set(key, host);
    }
    return host;
  }

  /** The notebook's engine if one is running (hovers use it to inspect variables without starting one). */
  peek(notebook: vscode.NotebookDocument): EngineHost | undefined {
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
