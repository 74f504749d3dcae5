/**
 * What the language features read from the editor: the theme kind and display language a
 * card is drawn for, the chapter links inside cards, and the cells before the one being
 * edited (their definitions are known to it).
 */
import * as vscode from 'vscode';
import type { CardContext, ThemeKind } from '../language/service';
import { displayLocale } from '../notebook/settings';

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
  return { locale: displayLocale(), theme: themeKind(), chapterLink };
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
