// Two chapters of the second half of the curriculum inside a real VS Code: the shipped
// notebook opens with its Markdown and code cells, Run All finishes without a single error
// output, every exercise cell gets a ✗ verdict for its placeholder, and the reference
// solution typed into a cell turns its verdict into ✓. The headless runner covers every
// chapter; these two (one per language, the fast ones) cover the editor path.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openChapter, outputItems, replaceText, verdictOf, whenCellsDone } from './lib/notebooks';

const ERROR_MIME = 'application/vnd.code.notebook.error';

const CASES = [
  { lang: 'en', chapter: '10-maxout', solve: 'maxout-absolute-value', solution: 'g(x) = max(x, -x)' },
  {
    lang: 'zh-cn',
    chapter: '12-mish',
    solve: 'mish-stable-derivative',
    solution: 'g(x) = tanh(softplus(x)) + x sigmoid(x) (1 - tanh(softplus(x))^2)',
  },
] as const;

describe('chapters 07–13 in VS Code', function () {
  this.timeout(120000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const c of CASES) {
    it(`${c.lang}/${c.chapter}: Run All has no errors, placeholders get ✗, the solution gets ✓`, async () => {
      const notebook = await openChapter(c.lang, c.chapter);
      const cells = notebook.getCells();
      const code = cells.filter((cell) => cell.kind === vscode.NotebookCellKind.Code).map((cell) => cell.index);
      assert.ok(cells.some((cell) => cell.kind === vscode.NotebookCellKind.Markup), 'no Markdown cells');
      assert.ok(code.length >= 8, `only ${code.length} code cells`);

      const since = Date.now() - 1;
      const all = whenCellsDone(notebook, code, since, 90000);
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
        assert.strictEqual(verdict.exercise, cell.metadata.exercise);
        assert.strictEqual(verdict.passed, false, `the placeholder of ${verdict.exercise} passes`);
      }

      const target = exercises.find((cell) => cell.metadata.exercise === c.solve);
      assert.ok(target, `no cell for ${c.solve}`);
      await replaceText(target, c.solution);
      const again = Date.now() - 1;
      const finished = whenCellsDone(notebook, [target.index], again, 30000);
      await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: target.index, end: target.index + 1 }], document: notebook.uri });
      await finished;
      const verdict = verdictOf(notebook.cellAt(target.index));
      assert.ok(verdict, 'no verdict after solving');
      assert.strictEqual(verdict.passed, true, verdict.message);
    });
  }
});
