/** Hover cards over names in cells: registry functions, their derivatives, parameters and the learner's own names. */
import * as vscode from 'vscode';
import { cardContext, earlierCells, notebookOf } from './editorContext';
import { languageService } from './languageService';

/** What the hover needs from the notebook engines: a running engine to ask about a name, if any. */
export interface EnginePeek {
  peek(notebook: vscode.NotebookDocument): { inspect(name: string): Promise<string | undefined> } | undefined;
}

/** Trusted only for the command that opens a chapter notebook. */
export function cardMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.supportHtml = true;
  md.isTrusted = { enabledCommands: ['activationLab.openChapter'] };
  return md;
}

export function registerHoverSupport(context: vscode.ExtensionContext, engines?: EnginePeek): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'actlab' },
    {
      async provideHover(document, position) {
        const service = await languageService(context);
        const text = document.getText();
        const offset = document.offsetAt(position);
        const ctx = cardContext();
        const found = service.hover(text, offset, ctx);
        if (!found) return undefined;
        const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
        if (found.kind !== 'learner') return new vscode.Hover(cardMarkdown(found.markdown), range);
        const nb = notebookOf(document);
        const engine = nb ? engines?.peek(nb) : undefined;
        const description = engine ? await engine.inspect(found.name) : undefined;
        // A name the cells define but the engine does not know yet: say how to get its value.
        if (description === undefined && !service.defines(found.name, [...earlierCells(document), text])) return undefined;
        return new vscode.Hover(cardMarkdown(service.learnerHover(found.name, description, ctx.locale)), range);
      },
    },
  );
}
