// The notebook format inside a real VS Code: files open as Activation Lab notebooks with the
// right cells, saving gives back the same bytes, edits keep the text around them, and a file
// that cannot be parsed is refused and never written over.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lab.activation-lab';

function workspaceDir(): string {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  return dir;
}

let counter = 0;
/** Writes a fresh file in the workspace and returns its URI. */
function writeNotebook(text: string | Uint8Array, name = 'format'): vscode.Uri {
  const file = path.join(workspaceDir(), `${name}-${process.pid}-${++counter}.actlab.md`);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Replaces a cell's whole text through a workspace edit, as typing would. */
async function setCellText(cell: vscode.NotebookCell, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const doc = cell.document;
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was refused');
}

const SAMPLE =
  '\uFEFF# 激活函数 Tour\r\n\r\nProse with a fence:\r\n```python\r\nimport torch\r\n```\r\n\r\n' +
  '~~~~actlab exercise=sigmoid-zero\r\nsigmoid(0)\r\n```\r\n~~~~\r\n\r\n\r\nBetween 中文\r\n' +
  '```actlab\r\ntanh(1)\r\n```';

describe('notebook format in VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens *.actlab.md as an Activation Lab notebook with code and Markdown cells', async () => {
    const uri = writeNotebook(SAMPLE);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    assert.strictEqual(notebook.notebookType, 'actlab-notebook');
    const cells = notebook.getCells().map((c) => [c.kind, c.document.languageId, c.document.getText()]);
    assert.deepStrictEqual(cells, [
      [vscode.NotebookCellKind.Markup, 'markdown', '# 激活函数 Tour\n\nProse with a fence:\n```python\nimport torch\n```'],
      [vscode.NotebookCellKind.Code, 'actlab', 'sigmoid(0)\n```'],
      [vscode.NotebookCellKind.Markup, 'markdown', 'Between 中文'],
      [vscode.NotebookCellKind.Code, 'actlab', 'tanh(1)'],
    ]);
    assert.strictEqual(notebook.cellAt(1).metadata.exercise, 'sigmoid-zero');
  });

  it('opens through the editor (vscode.open) as a notebook, not as Markdown text', async () => {
    const uri = writeNotebook('# T\n\n```actlab\n1\n```\n');
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor(() => vscode.window.activeNotebookEditor);
    assert.strictEqual(editor.notebook.uri.toString(), uri.toString());
    assert.strictEqual(editor.notebook.notebookType, 'actlab-notebook');
  });

  it('saves an edited-then-restored notebook as the very same bytes (CRLF, BOM, ~~~~, no final newline)', async () => {
    const uri = writeNotebook(SAMPLE);
    const before = fs.readFileSync(uri.fsPath);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    // Make it dirty so that save really runs the serializer, then put the text back.
    await setCellText(notebook.cellAt(3), 'tanh(2)');
    await setCellText(notebook.cellAt(3), 'tanh(1)');
    assert.ok(notebook.isDirty, 'the notebook should be dirty before saving');
    assert.ok(await notebook.save(), 'save failed');
    assert.deepStrictEqual(fs.readFileSync(uri.fsPath), before);
  });

  it('keeps the text around an edited cell', async () => {
    const uri = writeNotebook(SAMPLE);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await setCellText(notebook.cellAt(1), 'sigmoid(1)');
    assert.ok(await notebook.save(), 'save failed');
    const expected = SAMPLE.replace('sigmoid(0)\r\n```\r\n', 'sigmoid(1)\r\n');
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), expected);
  });

  it('writes a new cell in the stable style', async () => {
    const uri = writeNotebook('# Title\n\n```actlab\n1\n```\n');
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, [vscode.NotebookEdit.insertCells(2, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'relu(-1)', 'actlab')])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await notebook.save());
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), '# Title\n\n```actlab\n1\n```\n\n```actlab\nrelu(-1)\n```\n');
  });

  it('refuses a malformed file with the line number, and never writes over it', async () => {
    const text = '# Broken\n\n```actlab exercise=\nsigmoid(0)\n```\n';
    const uri = writeNotebook(text, 'broken');
    await assert.rejects(
      Promise.resolve(vscode.workspace.openNotebookDocument(uri)),
      (e: Error) => /line 3/.test(e.message) && /has no value/.test(e.message),
    );
    // Opening it in the editor shows the error; saving everything must leave the file alone.
    await vscode.commands.executeCommand('vscode.openWith', uri, 'actlab-notebook').then(
      () => undefined,
      () => undefined, // the editor reports the error itself
    );
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await delay(300);
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), text);
  });

  it('refuses an unclosed actlab fence and bytes that are not UTF-8', async () => {
    const unclosed = writeNotebook('text\n```actlab\nsigmoid(0)\n', 'unclosed');
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(unclosed)), /line 2.*never closed/);
    const bytes = new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x0a]);
    const binary = writeNotebook(bytes, 'binary');
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(binary)), /line 2.*UTF-8/);
    assert.deepStrictEqual(new Uint8Array(fs.readFileSync(binary.fsPath)), bytes);
  });
});

describe('notebook commands', function () {
  // Opening a notebook editor takes seconds on a busy machine.
  this.timeout(60000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('activationLab.newNotebook opens an untitled notebook with a starter cell', async () => {
    await vscode.commands.executeCommand('activationLab.newNotebook');
    const editor = await waitFor(() => vscode.window.activeNotebookEditor);
    assert.strictEqual(editor.notebook.notebookType, 'actlab-notebook');
    assert.strictEqual(editor.notebook.isUntitled, true);
    const code = editor.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.strictEqual(code.length, 1);
    assert.strictEqual(code[0].document.languageId, 'actlab');
    assert.match(code[0].document.getText(), /sigmoid/);
    // Untitled and dirty: revert instead of closing, which would ask whether to save.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('activationLab.openCurriculum opens the first chapter from the extension folder', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await vscode.commands.executeCommand('activationLab.openCurriculum');
    const editor = await waitFor(() => vscode.window.activeNotebookEditor);
    assert.strictEqual(editor.notebook.notebookType, 'actlab-notebook');
    const opened = editor.notebook.uri.fsPath;
    assert.ok(opened.startsWith(ext.extensionUri.fsPath), `${opened} is not inside the extension`);
    const folder = path.dirname(opened);
    const first = fs.readdirSync(folder).filter((n) => n.endsWith('.actlab.md')).sort()[0];
    assert.strictEqual(path.basename(opened), first);
    assert.match(opened, /notebooks[\\/](en|zh-cn)[\\/]/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await delay(50);
  }
}
