/**
 * The kit's cards over framework names in Python, JavaScript and TypeScript — resolved
 * through the file's imports (`nnf.gelu` after `import torch.nn.functional as nnf`), with the
 * call's arguments, the framework's defaults and version. Off with
 * `activationLab.frameworkHovers: false`.
 */
import * as vscode from 'vscode';
import { FRAMEWORK_LANGUAGES, frameworkAnalyzer, mentionsFramework } from './frameworkParser';
import { cardMarkdown } from './hover';
import { cardContext } from './editorContext';

export function registerFrameworkHoverSupport(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    FRAMEWORK_LANGUAGES.map((language) => ({ language })),
    {
      async provideHover(document, position) {
        if (!vscode.workspace.getConfiguration('activationLab').get<boolean>('frameworkHovers', true)) return undefined;
        const text = document.getText();
        if (!mentionsFramework(text)) return undefined;
        const analyzer = await frameworkAnalyzer(context);
        const found = analyzer.hover(document.languageId, text, document.offsetAt(position), cardContext());
        if (!found) return undefined;
        const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
        return new vscode.Hover(cardMarkdown(found.markdown), range);
      },
    },
  );
}
