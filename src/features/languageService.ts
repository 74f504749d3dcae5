/**
 * Loads the language service (`dist/language-service.js`, with mathjs and the card
 * content) and the build-time assets (`dist/hover-assets.json`) on first use, so
 * activation stays cheap. Also the bits every language feature needs from the editor:
 * the display language, the theme kind, the text of earlier cells, and the chapter links.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CardContext, LanguageService, Locale, ThemeKind } from '../language/service';
import { registerCompletionSupport } from './completion';
import { registerDiagnosticsSupport } from './diagnostics';
import { registerFrameworkDiagnostics } from './frameworkDiagnostics';
import { registerFrameworkHoverSupport } from './frameworkHover';
import { registerHoverSupport, type EnginePeek } from './hover';
import { registerSignatureHelpSupport } from './signatureHelp';

type ServiceModule = typeof import('../language/service');

let loaded: LanguageService | undefined;

/** The service, loaded on the first call. Throws a clear error when the build output is missing. */
export function languageService(context: vscode.ExtensionContext): LanguageService {
  if (loaded) return loaded;
  const modulePath = context.asAbsolutePath('dist/language-service.js');
  const assetsPath = context.asAbsolutePath('dist/hover-assets.json');
  if (!fs.existsSync(modulePath) || !fs.existsSync(assetsPath)) {
    throw new Error(vscode.l10n.t('Activation Lab: hover cards are missing from this build (run "npm run build").'));
  }
  // A runtime path keeps esbuild from inlining mathjs into the main bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(modulePath) as ServiceModule;
  loaded = mod.createLanguageService(JSON.parse(fs.readFileSync(assetsPath, 'utf8')));
  return loaded;
}

/** `en` or `zh-cn`: the `activationLab.language` setting, or VS Code's display language under `auto`. */
export function cardLocale(): Locale {
  const chosen = vscode.workspace.getConfiguration('activationLab').get<string>('language', 'auto');
  if (chosen === 'en' || chosen === 'zh-cn') return chosen;
  const tag = vscode.env.language.toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-cn') || tag.startsWith('zh-hans') || tag === 'zh-sg' ? 'zh-cn' : 'en';
}

/** The assets' name for the current colour theme kind (their SVGs bake explicit colours). */
export function themeKind(): ThemeKind {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'hc-dark';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'hc-light';
    default:
      return 'dark';
  }
}

/** A `command:` link to the curriculum's own "open chapter" command (it picks the language and falls back to English). */
export function chapterLink(chapter: string): string {
  return `command:activationLab.openChapter?${encodeURIComponent(JSON.stringify([chapter]))}`;
}

export function cardContext(): CardContext {
  const locale = cardLocale();
  return { locale, theme: themeKind(), chapterLink };
}

/** The notebook a cell document belongs to. */
export function notebookOf(document: vscode.TextDocument): vscode.NotebookDocument | undefined {
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
}

/** Text of the code cells before this one (their definitions are known to this cell). */
export function earlierCells(document: vscode.TextDocument): string[] {
  const nb = notebookOf(document);
  if (!nb) return [];
  const cells = nb.getCells();
  const index = cells.findIndex((c) => c.document === document);
  return cells
    .slice(0, index < 0 ? cells.length : index)
    .filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'actlab')
    .map((c) => c.document.getText());
}

/** Registers hovers, completion, signature help, diagnostics and framework hovers. */
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
