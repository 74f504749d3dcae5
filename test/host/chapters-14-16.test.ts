// Two of the chapters after 13 inside a real VS Code: the shipped notebook opens, Run All
// finishes without an error output, every exercise cell shows ✗ for its placeholder; an
// answer in another correct form turns a verdict into ✓, and an answer that uses what the
// prompt forbids stays ✗ and names it. The gated units answer hovers and completion in the
// chapter's own cells. (The headless runner covers every chapter, the experiment-heavy 15
// included.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText } from './hoverHelpers';
import { EXTENSION_ID, openChapter, outputItems, replaceText, verdictOf, whenCellsDone } from './lib/notebooks';

const ERROR_MIME = 'application/vnd.code.notebook.error';

async function runCell(notebook: vscode.NotebookDocument, cell: vscode.NotebookCell): Promise<void> {
  const since = Date.now() - 1;
  const finished = whenCellsDone(notebook, [cell.index], since, 30000);
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: cell.index, end: cell.index + 1 }], document: notebook.uri });
  await finished;
}

const CASES = [
  {
    lang: 'en',
    chapter: '16-gated',
    solve: 'glu-formula',
    other: 'g(z) = [z[1] * sigmoid(z[3]), z[2] * sigmoid(z[4])]',
    cheat: 'g(z) = glu(z)',
    forbidden: /glu/,
  },
  {
    lang: 'zh-cn',
    chapter: '14-cross-entropy',
    solve: 'log-softmax-stable',
    other: 'lsm(z) = -(logsumexp(z) - z)',
    cheat: 'lsm(z) = log_softmax(z)',
    forbidden: /log_softmax/,
  },
] as const;

describe('chapters 14–16 in VS Code', function () {
  this.timeout(180000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const c of CASES) {
    it(`${c.lang}/${c.chapter}: Run All has no errors, placeholders get ✗, another correct form gets ✓, a forbidden one stays ✗`, async () => {
      const notebook = await openChapter(c.lang, c.chapter);
      const cells = notebook.getCells();
      const code = cells.filter((cell) => cell.kind === vscode.NotebookCellKind.Code).map((cell) => cell.index);
      assert.ok(cells.some((cell) => cell.kind === vscode.NotebookCellKind.Markup), 'no Markdown cells');
      assert.ok(code.length >= 8, `only ${code.length} code cells`);

      const since = Date.now() - 1;
      const all = whenCellsDone(notebook, code, since, 120000);
      await vscode.commands.executeCommand('notebook.execute', notebook.uri);
      await all;

      const exercises = code.map((i) => notebook.cellAt(i)).filter((cell) => typeof cell.metadata.exercise === 'string');
      assert.ok(exercises.length >= 3, `only ${exercises.length} exercise cells`);
      for (const i of code) {
        const cell = notebook.cellAt(i);
        const error = outputItems(cell).find((item) => item.mime === ERROR_MIME);
        assert.strictEqual(error, undefined, `cell ${i} (${cell.document.getText().split('\n')[0]}) failed: ${error?.text}`);
        assert.ok(cell.outputs.length > 0, `cell ${i} has no output`);
      }
      for (const cell of exercises) {
        const verdict = verdictOf(cell);
        assert.ok(verdict, `exercise cell ${cell.index} shows no verdict`);
        assert.strictEqual(verdict.passed, false, `the placeholder of ${verdict.exercise} passes`);
      }

      const target = exercises.find((cell) => cell.metadata.exercise === c.solve);
      assert.ok(target, `no cell for ${c.solve}`);
      await replaceText(target, c.cheat);
      await runCell(notebook, target);
      const refused = verdictOf(notebook.cellAt(target.index));
      assert.ok(refused, 'no verdict for the forbidden answer');
      assert.strictEqual(refused.passed, false, `accepted ${c.cheat}`);
      assert.match(refused.message, c.forbidden);

      await replaceText(target, c.other);
      await runCell(notebook, target);
      const verdict = verdictOf(notebook.cellAt(target.index));
      assert.ok(verdict, 'no verdict after solving');
      assert.strictEqual(verdict.passed, true, verdict.message);
    });
  }

  it('en/16-gated: the gated units answer hovers and completion in the chapter’s cells', async () => {
    const notebook = await openChapter('en', '16-gated');
    const cell = notebook.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().startsWith('glu(['));
    assert.ok(cell, 'no cell starting with glu(');
    const card = await hoverText(cell.document.uri, new vscode.Position(0, 1));
    assert.match(card, /GLU `glu\(z\)`/);
    assert.match(card, /first half/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cell.document.uri, new vscode.Position(0, 2));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['glu', 'geglu', 'swiglu']) assert.ok(labels.includes(id), `completion lacks ${id}`);
  });
});
