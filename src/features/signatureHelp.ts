/** Signature help while typing the arguments of a registry function, with the active parameter. */
import * as vscode from 'vscode';
import { displayLocale } from '../notebook/settings';
import { languageService } from './languageService';

export function registerSignatureHelpSupport(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerSignatureHelpProvider(
    { language: 'actlab' },
    {
      async provideSignatureHelp(document, position) {
        const info = (await languageService(context)).signatureHelp(document.getText(), document.offsetAt(position), displayLocale());
        if (!info) return undefined;
        const sig = new vscode.SignatureInformation(info.label, new vscode.MarkdownString(info.documentation));
        sig.parameters = info.parameters.map((p) => new vscode.ParameterInformation(p.label, new vscode.MarkdownString(p.documentation)));
        const help = new vscode.SignatureHelp();
        help.signatures = [sig];
        help.activeSignature = 0;
        help.activeParameter = info.activeParameter;
        return help;
      },
    },
    { triggerCharacters: ['(', ','], retriggerCharacters: [','] },
  );
}
