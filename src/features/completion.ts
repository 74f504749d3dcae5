/** Completion in cells: registry functions and derivatives, parameters, and names from earlier cells. */
import * as vscode from 'vscode';
import { displayLocale } from '../notebook/settings';
import { earlierCells } from './editorContext';
import { languageService } from './languageService';

const KINDS = {
  function: vscode.CompletionItemKind.Function,
  parameter: vscode.CompletionItemKind.Property,
  variable: vscode.CompletionItemKind.Variable,
  learnerFunction: vscode.CompletionItemKind.Method,
} as const;

export function registerCompletionSupport(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: 'actlab' },
    {
      async provideCompletionItems(document, position) {
        const service = await languageService(context);
        const entries = service.completions(document.getText(), document.offsetAt(position), displayLocale(), earlierCells(document));
        const word = document.getWordRangeAtPosition(position, /[A-Za-z_][A-Za-z0-9_]*'*/);
        return entries.map((e) => {
          const item = new vscode.CompletionItem(e.label, KINDS[e.kind]);
          item.detail = e.detail;
          item.documentation = new vscode.MarkdownString(e.documentation);
          item.insertText = new vscode.SnippetString(e.insertSnippet);
          item.sortText = e.sortText;
          if (word) item.range = word;
          return item;
        });
      },
    },
  );
}
