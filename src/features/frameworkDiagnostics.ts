/**
 * Activation pitfalls in Python, JavaScript and TypeScript as diagnostics — double softmax,
 * sigmoid before BCELoss, Xavier on ReLU layers, … — each linking to the chapter that
 * explains it, with a quick fix where a safe rewrite exists and an action that opens the
 * chapter. Each rule can be switched off with `activationLab.pitfalls.<rule>`.
 */
import * as vscode from 'vscode';
import type { PitfallDiagnostic } from '../language/service';
import { FRAMEWORK_LANGUAGES, frameworkAnalyzer, mentionsFramework } from './frameworkParser';
import { chapterLink } from './editorContext';
import { displayLocale } from '../notebook/settings';

const SOURCE = 'Activation Lab';
const DELAY_MS = 300;

interface Stored {
  readonly diagnostic: vscode.Diagnostic;
  readonly found: PitfallDiagnostic;
}

function ruleEnabled(rule: string): boolean {
  return vscode.workspace.getConfiguration('activationLab.pitfalls').get<boolean>(rule, true);
}

export function registerFrameworkDiagnostics(context: vscode.ExtensionContext): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('activationLab.pitfalls');
  const stored = new Map<string, Stored[]>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const analyse = async (document: vscode.TextDocument): Promise<void> => {
    const key = document.uri.toString();
    if (!FRAMEWORK_LANGUAGES.includes(document.languageId)) return;
    const text = document.getText();
    if (!mentionsFramework(text)) {
      collection.delete(document.uri);
      stored.delete(key);
      return;
    }
    const version = document.version;
    let found: PitfallDiagnostic[];
    try {
      found = (await frameworkAnalyzer(context)).diagnostics(document.languageId, text, displayLocale(), ruleEnabled);
    } catch (err) {
      // The learner's file is never at fault here; say once what went wrong and show nothing.
      console.error(`Activation Lab: framework analysis failed: ${String(err)}`);
      return;
    }
    if (document.isClosed || document.version !== version) return;
    const items = found.map((f): Stored => {
      const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
      const d = new vscode.Diagnostic(range, f.message, f.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
      d.source = SOURCE;
      d.code = { value: f.rule, target: vscode.Uri.parse(chapterLink(f.chapter)) };
      return { diagnostic: d, found: f };
    });
    stored.set(key, items);
    collection.set(document.uri, items.map((s) => s.diagnostic));
  };

  const schedule = (document: vscode.TextDocument, delay = DELAY_MS): void => {
    if (!FRAMEWORK_LANGUAGES.includes(document.languageId)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void analyse(document);
      }, delay),
    );
  };

  const actions = vscode.languages.registerCodeActionsProvider(
    FRAMEWORK_LANGUAGES.map((language) => ({ language })),
    {
      provideCodeActions(document, _range, ctx) {
        const mine = stored.get(document.uri.toString()) ?? [];
        const out: vscode.CodeAction[] = [];
        for (const d of ctx.diagnostics) {
          if (d.source !== SOURCE) continue;
          const s = mine.find((m) => m.diagnostic.range.isEqual(d.range) && m.diagnostic.message === d.message);
          if (!s) continue;
          for (const fix of s.found.fixes) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.diagnostics = [d];
            action.isPreferred = fix.preferred;
            const edit = new vscode.WorkspaceEdit();
            for (const e of fix.edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
            action.edit = edit;
            out.push(action);
          }
          const open = new vscode.CodeAction(s.found.chapterAction, vscode.CodeActionKind.QuickFix);
          open.diagnostics = [d];
          open.command = { command: 'activationLab.openChapter', title: s.found.chapterAction, arguments: [s.found.chapter] };
          out.push(open);
        }
        return out;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );

  for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
  return vscode.Disposable.from(
    collection,
    actions,
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      collection.delete(d.uri);
      stored.delete(d.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('activationLab.pitfalls') || e.affectsConfiguration('activationLab.language')) {
        for (const doc of vscode.workspace.textDocuments) schedule(doc, 0);
      }
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
