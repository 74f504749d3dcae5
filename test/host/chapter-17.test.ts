// Chapter 17 (curvature) inside a real VS Code, in both languages: the shipped notebook runs
// without an error output (its plots of f, f′ and f″ included), every exercise shows ✗ for its
// placeholder, an answer that lets the kit differentiate stays ✗ and says so (in the kit's
// language, set to the notebook's), and σ″ written in another correct form turns the verdict
// into ✓.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { setLanguage } from './hoverHelpers';
import { EXTENSION_ID, openChapter, outputItems, replaceText, verdictOf, whenCellsDone } from './lib/notebooks';

const ERROR_MIME = 'application/vnd.code.notebook.error';
const PLOT_MIME = 'application/vnd.actlab.plot+json';

async function run(notebook: vscode.NotebookDocument, indexes: number[]): Promise<void> {
  const done = whenCellsDone(notebook, indexes, Date.now() - 1, 120000);
  if (indexes.length === 1) {
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: indexes[0], end: indexes[0] + 1 }], document: notebook.uri });
  } else {
    await vscode.commands.executeCommand('notebook.execute', notebook.uri);
  }
  await done;
}

describe('chapter 17 (curvature) in VS Code', function () {
  this.timeout(180000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    await setLanguage(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [lang, forbiddenText] of [
    ['en', /without letting the kit differentiate/],
    ['zh-cn', /不让本工具求导/],
  ] as const) {
    it(`${lang}: Run All has no errors, placeholders get ✗, letting the kit differentiate stays ✗, σ″ by hand gets ✓`, async () => {
      // Verdicts follow the kit's language setting; each notebook is run in its own language.
      await setLanguage(lang);
      const notebook = await openChapter(lang, '17-curvature');
      const code = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code).map((c) => c.index);
      await run(notebook, code);

      for (const i of code) {
        const cell = notebook.cellAt(i);
        const error = outputItems(cell).find((item) => item.mime === ERROR_MIME);
        assert.strictEqual(error, undefined, `cell ${i} (${cell.document.getText().split('\n')[0]}) failed: ${error?.text}`);
      }
      const plots = code.flatMap((i) => outputItems(notebook.cellAt(i)).filter((item) => item.mime === PLOT_MIME));
      const marked = plots.filter((p) => (JSON.parse(p.text) as { curves: { missing?: unknown[] }[] }).curves.some((c) => (c.missing?.length ?? 0) > 0));
      assert.strictEqual(marked.length, 2, 'the ReLU and ELU plots mark where a derivative does not exist');

      const exercises = code.map((i) => notebook.cellAt(i)).filter((c) => typeof c.metadata.exercise === 'string');
      assert.deepStrictEqual(exercises.map((c) => c.metadata.exercise), ['sigmoid-second', 'gelu-inflection', 'lse-hessian']);
      for (const cell of exercises) assert.strictEqual(verdictOf(cell)?.passed, false, `the placeholder of ${cell.metadata.exercise} passes`);

      const target = exercises[0];
      await replaceText(target, "s2(x) = sigmoid'(x) * (1 - 2 * sigmoid(x))");
      await run(notebook, [target.index]);
      const refused = verdictOf(notebook.cellAt(target.index));
      assert.strictEqual(refused?.passed, false, 'accepted an answer that lets the kit differentiate');
      assert.match(refused?.message ?? '', lang === 'en' ? /without letting the kit differentiate/ : /不让本工具求导/);
      assert.match(notebook.cellAt(target.index - 1).document.getText(), forbiddenText, 'the prompt states the rule');

      await replaceText(target, 's2(x) = sigmoid(x) - 3 * sigmoid(x)^2 + 2 * sigmoid(x)^3');
      await run(notebook, [target.index]);
      assert.strictEqual(verdictOf(notebook.cellAt(target.index))?.passed, true);
    });
  }
});
