// The chapters that teach zero-centring and dead units, inside a real VS Code: Run All of the
// shipped notebook finishes without an error output, the zero_centering report shows the
// next layer's conditioning and seed-averaged steps in the notebook's language, and the
// dead_units report shows where the loss started and ended.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { setLanguage } from './hoverHelpers';
import { EXTENSION_ID, whenCellsDone, workspaceDir } from './lib/notebooks';

const ERROR_MIME = 'application/vnd.code.notebook.error';

function texts(cell: vscode.NotebookCell): Map<string, string> {
  const decoder = new TextDecoder();
  const map = new Map<string, string>();
  for (const o of cell.outputs) for (const i of o.items) map.set(i.mime, decoder.decode(i.data));
  return map;
}

const CASES = [
  { lang: 'en', chapter: '05-sigmoid-problems', report: 'zero_centering(sigmoid)', expect: [/condition number κ/, /steps to reach w\* \(6 seeds\)/, /Efficient BackProp/] },
  { lang: 'zh-cn', chapter: '07-relu', report: 'zero_centering(relu)', expect: [/条件数 κ/, /6 个种子/, /同号更新只对单个样本成立/] },
] as const;

describe('chapters on zero-centring and dead units in VS Code', function () {
  this.timeout(180000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    // The training experiments take a few seconds of CPU each; on a loaded test machine that
    // can pass the default 10 s limit, and this suite is about what the reports say.
    await vscode.workspace.getConfiguration('activationLab').update('timeLimitSeconds', 60, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('activationLab').update('timeLimitSeconds', undefined, vscode.ConfigurationTarget.Global);
  });

  afterEach(async () => {
    await setLanguage(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const c of CASES) {
    it(`${c.lang}/${c.chapter}: Run All has no errors and the reports teach conditioning`, async () => {
      // Reports follow the kit's language setting, so the Chinese chapter runs with it set to Chinese.
      await setLanguage(c.lang);
      const file = path.join(workspaceDir(), 'notebooks', c.lang, `${c.chapter}.actlab.md`);
      const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
      await vscode.window.showNotebookDocument(notebook);
      await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
      const code = notebook.getCells().filter((cell) => cell.kind === vscode.NotebookCellKind.Code).map((cell) => cell.index);
      const since = Date.now() - 1;
      const all = whenCellsDone(notebook, code, since, 150000);
      await vscode.commands.executeCommand('notebook.execute', notebook.uri);
      await all;

      for (const i of code) {
        const cell = notebook.cellAt(i);
        const error = texts(cell).get(ERROR_MIME);
        assert.strictEqual(error, undefined, `cell ${i} (${cell.document.getText().split('\n')[0]}) failed: ${error}`);
      }
      const report = code.map((i) => notebook.cellAt(i)).find((cell) => cell.document.getText().trim() === c.report);
      assert.ok(report, `no ${c.report} cell`);
      const markdown = texts(report).get('text/markdown') ?? '';
      for (const pattern of c.expect) assert.match(markdown, pattern);
      if (c.chapter === '07-relu') {
        const dead = code.map((i) => notebook.cellAt(i)).find((cell) => cell.document.getText().trim() === 'dead_units(relu, 1, 200)');
        assert.ok(dead, 'no moderate-rate dead_units cell');
        assert.match(texts(dead).get('text/markdown') ?? '', /初始损失/);
      }
    });
  }
});
