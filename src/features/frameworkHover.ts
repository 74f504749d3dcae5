/**
 * The same cards in Python, JavaScript and TypeScript over the framework names learners
 * type (`torch.sigmoid`, `nn.GELU(approximate='tanh')`, `activation="relu"`, `tf.relu`),
 * with that framework's own conventions. Off with `activationLab.frameworkHovers: false`.
 */
import * as vscode from 'vscode';
import { cardMarkdown } from './hover';
import { cardContext } from './editorContext';
import { languageService } from './languageService';

const LANGUAGES = ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

export function registerFrameworkHoverSupport(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    LANGUAGES.map((language) => ({ language })),
    {
      async provideHover(document, position) {
        if (!vscode.workspace.getConfiguration('activationLab').get<boolean>('frameworkHovers', true)) return undefined;
        const line = document.lineAt(position.line).text;
        // Cheap pre-check so ordinary code never loads the service.
        if (!/\b(torch|nn|F|tf|keras|layers|activations|jax|jnn)\.|activation\s*=/.test(line)) return undefined;
        const found = (await languageService(context)).frameworkHover(document.languageId, line, position.character, cardContext());
        if (!found) return undefined;
        const range = new vscode.Range(position.line, found.start, position.line, found.end);
        return new vscode.Hover(cardMarkdown(found.markdown), range);
      },
    },
  );
}
