/** Registers the language features of cells, and the framework hovers and pitfall diagnostics in Python, JavaScript and TypeScript. */
import * as vscode from 'vscode';
import { registerCompletionSupport } from './completion';
import { registerDiagnosticsSupport } from './diagnostics';
import { registerFrameworkDiagnostics } from './frameworkDiagnostics';
import { registerFrameworkHoverSupport } from './frameworkHover';
import { registerHoverSupport, type EnginePeek } from './hover';
import { registerSignatureHelpSupport } from './signatureHelp';

export function registerLanguageFeatures(context: vscode.ExtensionContext, engines?: EnginePeek): vscode.Disposable {
  return vscode.Disposable.from(
    registerHoverSupport(context, engines),
    registerCompletionSupport(context),
    registerSignatureHelpSupport(context),
    registerDiagnosticsSupport(context),
    registerFrameworkHoverSupport(context),
    registerFrameworkDiagnostics(context),
  );
}
