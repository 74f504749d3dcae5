// Exercises inside a real VS Code: an exercise cell run by the controller is graded, the
// verdict updates progress, hints advance with each wrong try, the commands show hints and
// solutions for the cell under the cursor, reset clears progress, and progress written to
// a Memento is read back by a fresh store (what `globalState` does across reloads).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ExerciseProgress } from '../../src/features/progress';

const EXTENSION_ID = 'activation-lab.activation-lab';
const CHECK_MIME = 'application/vnd.actlab.check+json';
const ID = 'sigmoid-derivative';

interface Check {
  exercise: string;
  passed: boolean;
  message: string;
  hint?: string;
  attempt: number;
}

interface ProgressReport {
  solved: number;
  total: number;
  exercise?: { tries: number; solved: boolean; lastPassed: boolean; hintsRevealed: number };
  status?: 'solved' | 'tried' | 'open';
}

function workspaceDir(): string {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  return dir;
}

let counter = 0;
async function openExercise(answer: string, id = ID): Promise<vscode.NotebookEditor> {
  const file = path.join(workspaceDir(), `exercise-${process.pid}-${++counter}.actlab.md`);
  fs.writeFileSync(file, `# Exercise\n\n\`\`\`actlab exercise=${id}\n${answer}\n\`\`\`\n`);
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  return editor;
}

function codeIndex(notebook: vscode.NotebookDocument, id = ID): number {
  const i = notebook.getCells().findIndex((c) => c.metadata.exercise === id);
  assert.ok(i >= 0, 'no exercise cell');
  return i;
}

async function setText(cell: vscode.NotebookCell, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const doc = cell.document;
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/** Runs the cell and waits until its execution has ended. */
async function run(notebook: vscode.NotebookDocument, index: number): Promise<vscode.NotebookCell> {
  const since = Date.now() - 1;
  const done = new Promise<vscode.NotebookCell>((resolve, reject) => {
    const poll = setInterval(() => {
      const cell = notebook.cellAt(index);
      const end = cell.executionSummary?.timing?.endTime;
      if (end !== undefined && end >= since) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(cell);
      }
    }, 50);
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error('the exercise cell did not finish within 30 s'));
    }, 30000);
  });
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: notebook.uri });
  const cell = await done;
  console.log(`exercise cell ran in ${Date.now() - since} ms`);
  return cell;
}

function outputs(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  const decoder = new TextDecoder();
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: decoder.decode(i.data) })));
}

function checkOf(cell: vscode.NotebookCell): Check {
  const item = outputs(cell).find((i) => i.mime === CHECK_MIME);
  assert.ok(item, `no verdict; got ${outputs(cell).map((i) => i.mime).join(', ')}`);
  return JSON.parse(item.text) as Check;
}

function markdownOf(cell: vscode.NotebookCell): string {
  return outputs(cell).find((i) => i.mime === 'text/markdown')?.text ?? '';
}

async function progressOf(id = ID): Promise<ProgressReport> {
  return (await vscode.commands.executeCommand('activationLab.exerciseProgress', id)) as ProgressReport;
}

describe('exercises in VS Code', function () {
  this.timeout(90000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('activationLab.resetProgress', { confirmed: true });
  });

  afterEach(async () => {
    // Save what the tests typed, so closing never waits on a "save changes?" prompt.
    for (const notebook of vscode.workspace.notebookDocuments) if (notebook.isDirty) await notebook.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('grades a wrong answer ✗ and a correct one ✓, and records both', async () => {
    const editor = await openExercise('ds(x) = exp(-x) / (1 + exp(-x))');
    const notebook = editor.notebook;
    const index = codeIndex(notebook);
    const wrong = await run(notebook, index);
    const bad = checkOf(wrong);
    assert.strictEqual(bad.passed, false);
    // 1 − σ(x) agrees with σ′(x) only where both are ≈ e^(−x), far to the right.
    assert.match(bad.message, /^`ds` is wrong for x in \[−20, 1\d(\.\d+)?\): at x = −?\d+(\.\d+)? it gives \d\.\d+, the reference gives \d\.\d+\.$/);
    assert.match(markdownOf(wrong), /^\*\*✗/);
    let p = await progressOf();
    assert.strictEqual(p.status, 'tried');
    assert.strictEqual(p.exercise?.tries, 1);
    assert.strictEqual(p.solved, 0);

    await setText(notebook.cellAt(index), 'ds(x) = sigmoid(x) * (1 - sigmoid(x))');
    const right = await run(notebook, index);
    const good = checkOf(right);
    assert.strictEqual(good.passed, true, good.message);
    assert.match(markdownOf(right), /^\*\*✓/);
    p = await progressOf();
    assert.strictEqual(p.status, 'solved');
    assert.strictEqual(p.solved, 1);
    assert.strictEqual(p.exercise?.tries, 2);
  });

  it('judges what the exercise asks: a forbidden built-in ✗ by name, another correct form ✓, a value typed as displayed ✓', async () => {
    const editor = await openExercise("ds(x) = sigmoid'(x)");
    const notebook = editor.notebook;
    const index = codeIndex(notebook);
    const forbidden = checkOf(await run(notebook, index));
    assert.strictEqual(forbidden.passed, false);
    assert.match(forbidden.message, /without letting the kit differentiate, but your answer has it differentiate `sigmoid`/);
    await setText(notebook.cellAt(index), 'ds(x) = 1 / (4 cosh(x / 2)^2)');
    const other = checkOf(await run(notebook, index));
    assert.strictEqual(other.passed, true, other.message);
    assert.strictEqual((await progressOf()).status, 'solved');

    const valueEditor = await openExercise('1.80284', 'sigmoid-sum');
    const value = checkOf(await run(valueEditor.notebook, codeIndex(valueEditor.notebook, 'sigmoid-sum')));
    assert.strictEqual(value.passed, true, value.message);
    await setText(valueEditor.notebook.cellAt(codeIndex(valueEditor.notebook, 'sigmoid-sum')), '1.80283');
    const off = checkOf(await run(valueEditor.notebook, codeIndex(valueEditor.notebook, 'sigmoid-sum')));
    assert.strictEqual(off.passed, false);
    assert.match(off.message, /Your answer is 1\.80283, which is too small \(answers here are checked to 6 significant digits\)/);
    assert.strictEqual((await progressOf('sigmoid-sum')).status, 'solved', 'a later wrong try does not undo a solved exercise');
  });

  it('shows one more hint after each wrong try', async () => {
    const editor = await openExercise('ds(x) = 0');
    const notebook = editor.notebook;
    const index = codeIndex(notebook);
    const hints: (string | undefined)[] = [];
    for (let k = 1; k <= 3; k++) {
      const cell = await run(notebook, index);
      const check = checkOf(cell);
      assert.strictEqual(check.attempt, k);
      hints.push(check.hint);
      assert.match(markdownOf(cell), new RegExp(`Hint ${k}/3`));
      assert.doesNotMatch(markdownOf(cell), new RegExp(`Hint ${k + 1}/3`));
    }
    assert.strictEqual(new Set(hints).size, 3, 'each try should unlock a new hint');
  });

  it('shows the next hint and the solution for the exercise cell under the cursor', async () => {
    const editor = await openExercise('ds(x) = 1');
    const notebook = editor.notebook;
    const index = codeIndex(notebook);
    editor.selections = [new vscode.NotebookRange(index, index + 1)];
    const hint = (await vscode.commands.executeCommand('activationLab.showNextHint')) as string;
    assert.match(hint, /^Hint 1\/3: /);
    assert.strictEqual((await progressOf()).exercise?.hintsRevealed, 1);

    assert.strictEqual(await vscode.commands.executeCommand('activationLab.showSolution', { confirmed: true }), true);
    const text = notebook.cellAt(index).document.getText();
    assert.match(text, /^# Your attempt:\n# ds\(x\) = 1\n/);
    assert.match(text, /ds\(x\) = sigmoid\(x\) \* \(1 - sigmoid\(x\)\)$/);
    const cell = await run(notebook, index);
    assert.strictEqual(checkOf(cell).passed, true);
  });

  it('reset clears progress', async () => {
    const editor = await openExercise('ds(x) = sigmoid(x) * (1 - sigmoid(x))');
    await run(editor.notebook, codeIndex(editor.notebook));
    assert.strictEqual((await progressOf()).solved, 1);
    assert.strictEqual(await vscode.commands.executeCommand('activationLab.resetProgress', { confirmed: true }), true);
    const p = await progressOf();
    assert.strictEqual(p.solved, 0);
    assert.strictEqual(p.status, 'open');
    assert.strictEqual(p.exercise?.tries, 0);
  });

  it('opens a chapter as the learner’s own copy, at the requested exercise', async () => {
    await vscode.commands.executeCommand('activationLab.openChapter', '02-sigmoid', ID);
    const editor = vscode.window.activeNotebookEditor;
    assert.ok(editor, 'no notebook editor opened');
    assert.match(editor.notebook.uri.path, /\/notebooks\/(en|zh-cn)\/02-sigmoid\.actlab\.md$/);
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri.path ?? '';
    assert.ok(!editor.notebook.uri.path.startsWith(extensionPath + '/'), `opened the shipped file ${editor.notebook.uri.path}`);
    assert.strictEqual(editor.notebook.cellAt(editor.selection.start).metadata.exercise, ID);
  });

  it('keeps progress in its Memento, so a new store reads it back', async () => {
    const data = new Map<string, unknown>();
    const memento: vscode.Memento = {
      keys: () => [...data.keys()],
      get: <T>(key: string, fallback?: T) => (data.has(key) ? (data.get(key) as T) : fallback) as T,
      update: async (key: string, value: unknown) => {
        data.set(key, value);
      },
    };
    const first = new ExerciseProgress(memento);
    first.record('tanh-derivative', false);
    first.record('tanh-derivative', true);
    first.record('sigmoid-formula', false);
    await new Promise((r) => setTimeout(r, 10));
    const second = new ExerciseProgress(memento);
    assert.strictEqual(second.status('tanh-derivative'), 'solved');
    assert.strictEqual(second.attempts('tanh-derivative'), 2);
    assert.strictEqual(second.status('sigmoid-formula'), 'tried');
    assert.deepStrictEqual(second.count('06-tanh'), { solved: 1, total: 4 });
    first.dispose();
    second.dispose();
  });
});
