/**
 * Diagnostics in cells as you type (debounced), without running anything: syntax errors,
 * unknown names with "did you mean", wrong arity for registry functions. A cell's
 * diagnostics are refreshed when it or an earlier cell changes.
 */
import * as vscode from 'vscode';
import { displayLocale } from '../notebook/settings';
import { earlierCells, notebookOf } from './editorContext';
import { languageService } from './languageService';

const DELAY_MS = 250;

export function registerDiagnosticsSupport(context: vscode.ExtensionContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('actlab');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = async (document: vscode.TextDocument): Promise<void> => {
    if (document.languageId !== 'actlab' || document.isClosed) return;
    const version = document.version;
    const service = await languageService(context);
    // Edited while the service loaded: the edit scheduled a refresh of its own.
    if (document.isClosed || document.version !== version) return;
    const found = service.diagnostics(document.getText(), displayLocale(), earlierCells(document));
    collection.set(
      document.uri,
      found.map((d) => {
        const range = new vscode.Range(document.positionAt(d.start), document.positionAt(d.end));
        // Each of these would make the cell fail when run, so all are errors.
        const diagnostic = new vscode.Diagnostic(range, d.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = vscode.l10n.t('Activation Lab');
        diagnostic.code = d.code;
        return diagnostic;
      }),
    );
  };

  // Runs from timers, where a rejection would go unnoticed: say in the log why a cell has no diagnostics.
  const refreshLogged = (document: vscode.TextDocument): void => {
    refresh(document).catch((e: unknown) => console.error('Activation Lab: diagnostics could not be computed', e));
  };

  /** Earliest changed cell per notebook: it and every later cell (which may use its names) are refreshed. */
  const pending = new Map<string, number>();

  const scheduleKey = (key: string, run: () => void): void => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        run();
      }, DELAY_MS),
    );
  };

  const scheduleNotebook = (nb: vscode.NotebookDocument, fromIndex: number): void => {
    const key = nb.uri.toString();
    pending.set(key, Math.min(fromIndex, pending.get(key) ?? Infinity));
    scheduleKey(key, () => {
      const from = pending.get(key) ?? 0;
      pending.delete(key);
      for (const cell of nb.getCells().slice(from)) refreshLogged(cell.document);
    });
  };

  const schedule = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'actlab') return;
    const nb = notebookOf(document);
    if (nb) scheduleNotebook(nb, Math.max(0, nb.getCells().findIndex((c) => c.document === document)));
    else scheduleKey(document.uri.toString(), () => refreshLogged(document));
  };

  // Debounced like edits, so opening a notebook (which is what activates the extension)
  // never waits for the language service to load.
  const refreshNotebook = (nb: vscode.NotebookDocument): void => {
    if (nb.getCells().some((c) => c.document.languageId === 'actlab')) scheduleNotebook(nb, 0);
  };

  for (const nb of vscode.workspace.notebookDocuments) refreshNotebook(nb);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenNotebookDocument(refreshNotebook),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidOpenTextDocument(schedule),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
