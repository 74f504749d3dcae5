/**
 * The browser entry (`browser`: vscode.dev, github.dev, any web extension host): cells run
 * in a Web Worker started from the engine script (`dist/web/engine.js`), with the same time
 * limit and interrupt as on desktop but no memory cap. Everything else is shared.
 */
import * as vscode from 'vscode';
import { WebEngineHost } from './engine/webHost';
import { activateShared } from './extension.shared';
import { engineWorkers } from './notebook/webEngines';

export function activate(context: vscode.ExtensionContext): void {
  const workers = engineWorkers(context.extensionUri);
  context.subscriptions.push(workers);
  activateShared(context, {
    createEngine: ({ timeLimitMs }) => new WebEngineHost({ startWorker: () => workers.start(), timeoutMs: timeLimitMs }),
    memoryCap: false,
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
