/**
 * How the browser entry starts an engine worker. A worker cannot be created from the
 * extension's own URL in every web host (`vscode-remote:` and extension URLs are refused,
 * microsoft/vscode#168942), so the script is read once through `workspace.fs` — which works
 * for any scheme the extension is served from — and each worker starts from a Blob URL of
 * its text.
 */
import * as vscode from 'vscode';
import type { WorkerLike } from '../engine/webHost';

const SCRIPT = 'dist/web/engine.js';

export interface EngineWorkers extends vscode.Disposable {
  /** A new worker running the engine script; rejects with a clear error when the script cannot be read. */
  start(): Promise<WorkerLike>;
}

export function engineWorkers(extensionUri: vscode.Uri): EngineWorkers {
  let url: Promise<string> | undefined;
  const scriptUrl = async (): Promise<string> => {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SCRIPT));
    } catch (e) {
      throw new Error(`${SCRIPT} could not be read (${e instanceof Error ? e.message : String(e)})`, { cause: e });
    }
    // workspace.fs hands back ordinary (never shared) memory, which is what a Blob takes.
    return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/javascript' }));
  };
  return {
    async start() {
      // A failed read is not remembered, so the next cell tries again.
      url ??= scriptUrl().catch((e: unknown) => {
        url = undefined;
        throw e;
      });
      return new Worker(await url, { name: 'Activation Lab engine' });
    },
    dispose() {
      void url?.then((u) => URL.revokeObjectURL(u), () => undefined);
    },
  };
}
