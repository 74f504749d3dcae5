// Exercises in the web host: an exercise cell is graded ✗ then ✓ by the Web Worker engine,
// progress follows (kept in globalState), and a chapter opens as the learner's own copy in
// global storage — copied there through workspace.fs from the extension's folder, whatever
// scheme either lives on.
import * as vscode from 'vscode';
import { match, ok, strictEqual } from './lib/assert';
import { CHAPTERS } from '../../src/exercises/types';
import { activate, closeAll, codeIndex, EXTENSION_ID, itemText, openNotebook, runCell, waitFor } from './lib/notebooks';

const CHECK_MIME = 'application/vnd.actlab.check+json';
const ID = 'sigmoid-derivative';

interface ProgressReport {
  solved: number;
  total: number;
  exercise?: { tries: number; solved: boolean };
  status?: 'solved' | 'tried' | 'open';
}

const progressOf = async (): Promise<ProgressReport> => (await vscode.commands.executeCommand('activationLab.exerciseProgress', ID)) as ProgressReport;

describe('web host: exercises and progress', function () {
  this.timeout(90_000);

  before(activate);

  beforeEach(async () => {
    await vscode.commands.executeCommand('activationLab.resetProgress', { confirmed: true });
  });

  afterEach(closeAll);

  it('grades a wrong answer ✗ and a correct one ✓, and records both', async () => {
    const { notebook } = await openNotebook('web-exercise', [{ code: 'ds(x) = exp(-x) / (1 + exp(-x))', info: `exercise=${ID}` }]);
    const index = codeIndex(notebook, 0);
    const wrong = await runCell(notebook, index);
    const bad = JSON.parse(itemText(wrong, CHECK_MIME)) as { passed: boolean; message: string };
    strictEqual(bad.passed, false);
    // The grader names the answer and where it goes wrong (its wording is the desktop suite's to pin down).
    match(bad.message, /^`ds` is wrong for x in .*the reference gives/);
    match(itemText(wrong, 'text/markdown'), /^\*\*✗/);
    let p = await progressOf();
    strictEqual(p.status, 'tried');
    strictEqual(p.exercise?.tries, 1);

    const edit = new vscode.WorkspaceEdit();
    const doc = notebook.cellAt(index).document;
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), 'ds(x) = sigmoid(x) * (1 - sigmoid(x))');
    ok(await vscode.workspace.applyEdit(edit));
    const right = await runCell(notebook, index);
    strictEqual((JSON.parse(itemText(right, CHECK_MIME)) as { passed: boolean }).passed, true);
    match(itemText(right, 'text/markdown'), /^\*\*✓/);
    p = await progressOf();
    strictEqual(p.status, 'solved');
    strictEqual(p.exercise?.tries, 2);
    ok(p.solved >= 1 && p.total > p.solved, `progress ${p.solved}/${p.total}`);
  });

  it("opens the curriculum at the catalog's first chapter, straight from the extension folder", async () => {
    await vscode.commands.executeCommand('activationLab.openCurriculum');
    const editor = await waitFor(() => vscode.window.activeNotebookEditor, 30_000);
    ok(editor, 'no notebook editor opened');
    strictEqual(editor.notebook.notebookType, 'actlab-notebook');
    ok(editor.notebook.uri.path.endsWith(`/${CHAPTERS[0]}.actlab.md`), editor.notebook.uri.toString());
    const extension = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri.toString() ?? '';
    ok(extension !== '' && editor.notebook.uri.toString().startsWith(extension), `${editor.notebook.uri.toString()} is not in ${extension}`);
  });

  it("opens the walkthrough, whose every step's image is served from the extension's folder", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    ok(ext);
    const walkthrough = (ext.packageJSON as { contributes: { walkthroughs: { id: string; steps: { media: { image: string } }[] }[] } }).contributes.walkthroughs[0];
    ok(walkthrough.steps.length > 0, 'the walkthrough has steps');
    for (const step of walkthrough.steps) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, step.media.image));
      match(new TextDecoder().decode(bytes.slice(0, 400)), /<svg/, step.media.image);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
  });

  it('opens a chapter as the learner’s own copy in global storage, at the requested exercise', async () => {
    await vscode.commands.executeCommand('activationLab.openChapter', '02-sigmoid', ID);
    const editor = vscode.window.activeNotebookEditor;
    ok(editor, 'no notebook editor opened');
    match(editor.notebook.uri.path, /\/notebooks\/(en|zh-cn)\/02-sigmoid\.actlab\.md$/);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri.toString() ?? '';
    ok(!editor.notebook.uri.toString().startsWith(extension), `opened the shipped file ${editor.notebook.uri.toString()}`);
    strictEqual(editor.notebook.cellAt(editor.selection.start).metadata.exercise, ID);
  });
});
