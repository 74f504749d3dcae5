/**
 * Diagnostics in cells as you type (debounced), without running anything: syntax errors,
 * unknown names with "did you mean", wrong arity for registry functions. A cell's
 * diagnostics are refreshed when it or an earlier cell changes.
 */
import * as vscode from 'vscode';
import { cardLocale, earlierCells, languageService, notebookOf } from './languageService';

const DELAY_MS = 250;

export function registerDiagnosticsSupport(context: vscode.ExtensionContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('actlab');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'actlab' || document.isClosed) return;
    const found = languageService(context).diagnostics(document.getText(), cardLocale(), earlierCells(document));
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

  const schedule = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'actlab') return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        refresh(document);
        // Later cells may use what this one defines.
        const nb = notebookOf(document);
        if (!nb) return;
        const cells = nb.getCells();
        const index = cells.findIndex((c) => c.document === document);
        for (const cell of cells.slice(index + 1)) refresh(cell.document);
      }, DELAY_MS),
    );
  };

  const refreshNotebook = (nb: vscode.NotebookDocument): void => {
    for (const cell of nb.getCells()) refresh(cell.document);
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
