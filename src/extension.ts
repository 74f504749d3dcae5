/**
 * The desktop entry (`main`): cells run in a child process (`dist/engine.js`) with a time
 * limit and a memory cap. Everything else is shared with the browser entry.
 */
import * as vscode from 'vscode';
import { EngineHost } from './engine/host';
import { activateShared } from './extension.shared';

export function activate(context: vscode.ExtensionContext): void {
  const enginePath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'engine.js').fsPath;
  activateShared(context, {
    createEngine: ({ timeLimitMs, memoryMb }) => new EngineHost({ enginePath, timeoutMs: timeLimitMs, memoryMb }),
    memoryCap: true,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
