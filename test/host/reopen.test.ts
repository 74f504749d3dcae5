// A `*.actlab.md` file that VS Code opened as plain text before the extension was ready is
// reopened as a notebook; a text editor with unsaved edits is left alone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { reopenTextTabs, textTabsOfNotebookFiles } from '../../src/features/reopenAsNotebook';

function workspaceFile(name: string, text: string): vscode.Uri {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  const file = path.join(dir, `${name}-${process.pid}.actlab.md`);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

const openTabs = (uri: vscode.Uri) =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => (t.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() === uri.toString());

describe('reopening notebook files shown as text', function () {
  // code-server sometimes stalls ~30 s the first time a notebook editor opens in a window
  // (its webview service worker waits for a controller change), as other suites see too.
  this.timeout(90_000);
  before(async () => {
    await vscode.extensions.getExtension('activation-lab.activation-lab')?.activate();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('turns an unedited text tab of a *.actlab.md file into the notebook', async () => {
    const text = '# Reopen\n\n```actlab\nsigmoid(0)\n```\n';
    const uri = workspaceFile('reopen', text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.strictEqual(textTabsOfNotebookFiles().length, 1, 'the file is open as text first');

    await reopenTextTabs();

    const tabs = openTabs(uri);
    assert.strictEqual(tabs.length, 1, `one tab for the file, got ${tabs.length}`);
    assert.ok(tabs[0].input instanceof vscode.TabInputNotebook, 'the tab is a notebook');
    assert.strictEqual((tabs[0].input as vscode.TabInputNotebook).notebookType, 'actlab-notebook');
    assert.strictEqual(textTabsOfNotebookFiles().length, 0);
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), text, 'the file is unchanged');
  });

  it('leaves a text tab with unsaved edits as it is', async () => {
    const uri = workspaceFile('reopen-dirty', '# Draft\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'more text\n'));

    await reopenTextTabs();

    const tabs = openTabs(uri);
    assert.strictEqual(tabs.length, 1);
    assert.ok(tabs[0].input instanceof vscode.TabInputText, 'still the text editor');
    assert.ok(tabs[0].isDirty, 'the edit is kept');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
