/**
 * VS Code can open a `*.actlab.md` file as plain text when it does so before this
 * extension's notebook type is known — a file named on the command line or in the
 * workbench URL at start-up, or an editor restored from the last session. When the
 * extension activates, such editors are reopened once as notebooks. Later text editors
 * are left alone: a learner may open the Markdown source on purpose ("Reopen Editor
 * With… → Text Editor").
 */
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from '../notebook/serializer';

const NOTEBOOK_FILE = /\.actlab\.md$/i;

export function registerReopenAsNotebook(): vscode.Disposable {
  void reopenTextTabs();
  return new vscode.Disposable(() => undefined);
}

/** Tabs showing an Activation Lab notebook file as unedited text. */
export function textTabsOfNotebookFiles(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) =>
    group.tabs.filter(
      (tab) => tab.input instanceof vscode.TabInputText && NOTEBOOK_FILE.test(tab.input.uri.path) && !tab.isDirty,
    ),
  );
}

/** Reopens every such tab as a notebook in the same editor group, then closes the text tab. */
export async function reopenTextTabs(): Promise<void> {
  for (const tab of textTabsOfNotebookFiles()) {
    const uri = (tab.input as vscode.TabInputText).uri;
    try {
      await vscode.commands.executeCommand('vscode.openWith', uri, NOTEBOOK_TYPE, {
        viewColumn: tab.group.viewColumn,
        preserveFocus: !tab.isActive,
        preview: false,
      });
      // Opening the notebook changed the tab list; close the text tab by its current object.
      const stale = textTabsOfNotebookFiles().filter(
        (t) => (t.input as vscode.TabInputText).uri.toString() === uri.toString(),
      );
      if (stale.length > 0) await vscode.window.tabGroups.close(stale);
    } catch (error) {
      // The text editor stays open, which is still usable; say why it was not converted.
      console.warn(`Activation Lab: could not reopen ${uri.toString()} as a notebook:`, error);
    }
  }
}
