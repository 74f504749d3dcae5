// Cells in the web host: run through VS Code's own commands in the Web Worker engine, with
// the same outputs, errors, time limit, interrupt and restart as on desktop.
import * as vscode from 'vscode';
import { deepStrictEqual, match, notStrictEqual, ok, strictEqual } from './lib/assert';
import { activate, closeAll, codeIndex, errorOf, itemText, openNotebook, runAll, runCell, setSetting, whenDone } from './lib/notebooks';

/** Runs far past any small time limit (about 10 s unbounded). */
const RUNAWAY = 'ones(3000, 3000) * ones(3000, 3000)';
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('web host: the notebook controller', function () {
  this.timeout(90_000);

  before(activate);

  afterEach(async () => {
    await setSetting('timeLimitSeconds', undefined);
    await setSetting('precision', undefined);
    await closeAll();
  });

  it('evaluates sigmoid(0) to 0.5, led by the value view, with JSON and text', async () => {
    const { notebook } = await openNotebook('web-sigmoid', ['sigmoid(0)']);
    const cell = await runCell(notebook, codeIndex(notebook, 0));
    strictEqual(cell.executionSummary?.success, true, itemText(cell, 'text/plain'));
    strictEqual(JSON.parse(itemText(cell, 'application/json')), 0.5);
    strictEqual(itemText(cell, 'text/plain').trim(), '0.5');
  });

  it('numbers runs in order, keeps variables across cells and honours the precision setting', async () => {
    await setSetting('precision', 3);
    const { notebook } = await openNotebook('web-order', ['a = 3', 'a + tanh(1)']);
    const first = await runCell(notebook, codeIndex(notebook, 0));
    const second = await runCell(notebook, codeIndex(notebook, 1));
    const [o1, o2] = [first.executionSummary?.executionOrder, second.executionSummary?.executionOrder];
    ok(o1 !== undefined && o2 !== undefined, 'no execution order');
    strictEqual(o2, o1 + 1);
    strictEqual(itemText(second, 'text/plain').trim(), '3.76');
    strictEqual(JSON.parse(itemText(second, 'application/json')), 3 + Math.tanh(1));
    strictEqual(notebook.isDirty, false, 'outputs are not part of the file');
  });

  it('runs a whole notebook with notebook.execute', async () => {
    const { notebook } = await openNotebook('web-run-all', ['x = [1, 2, 3]', 'softmax(x)']);
    await runAll(notebook);
    const value = JSON.parse(itemText(notebook.cellAt(codeIndex(notebook, 1)), 'application/json')) as number[];
    strictEqual(value.length, 3);
    ok(Math.abs(value[0] + value[1] + value[2] - 1) < 1e-15);
  });

  it('reports an error with its line and column and a suggestion', async () => {
    const { notebook } = await openNotebook('web-error', ['a = 1\nb = sigmod(2)']);
    const cell = await runCell(notebook, codeIndex(notebook, 0));
    strictEqual(cell.executionSummary?.success, false);
    match(errorOf(cell).message, /line 2, column \d+/);
    match(errorOf(cell).message, /Did you mean `sigmoid`\?/);
  });

  it('ends a runaway cell at a 1 s time limit with the desktop message, and the next cell works', async () => {
    await setSetting('timeLimitSeconds', 1);
    const { notebook } = await openNotebook('web-timeout', ['kept = 1', RUNAWAY, 'sigmoid(0)', 'kept']);
    await runCell(notebook, codeIndex(notebook, 0));
    const started = Date.now();
    const cell = await runCell(notebook, codeIndex(notebook, 1), 20_000);
    const elapsed = Date.now() - started;
    deepStrictEqual(errorOf(cell), { name: 'Timeout', message: 'The cell ran longer than 1 s and was stopped. Variables and functions from earlier cells are gone; run those cells again.' });
    ok(elapsed < 5000, `the time limit took ${elapsed} ms to act`);
    const next = await runCell(notebook, codeIndex(notebook, 2));
    strictEqual(next.executionSummary?.success, true, itemText(next, 'text/plain'));
    const lost = await runCell(notebook, codeIndex(notebook, 3));
    strictEqual(errorOf(lost).name, 'UnknownName', 'the variables went with the worker');
  });

  for (const command of ['activationLab.interrupt', 'notebook.cancelExecution']) {
    it(`interrupts a runaway cell with ${command} within 1 s, and the next cell works`, async () => {
      const { notebook } = await openNotebook('web-interrupt', ['1', RUNAWAY, 'relu(-1)']);
      await runCell(notebook, codeIndex(notebook, 0)); // the worker is up: the interrupt meets a running cell
      const index = codeIndex(notebook, 1);
      const finished = whenDone(notebook, index, Date.now() - 1, 20_000);
      void vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: notebook.uri });
      await delay(500);
      const asked = Date.now();
      await vscode.commands.executeCommand(command);
      const cell = await finished;
      const took = Date.now() - asked;
      ok(took < 1000, `the interrupt took ${took} ms`);
      notStrictEqual(cell.executionSummary?.success, true);
      const next = await runCell(notebook, codeIndex(notebook, 2));
      strictEqual(JSON.parse(itemText(next, 'application/json')), 0);
    });
  }

  it('keeps variables when the memory setting changes: a worker has no cap to apply', async () => {
    const { notebook } = await openNotebook('web-memory-setting', ['kept = 6', 'kept']);
    await runCell(notebook, codeIndex(notebook, 0));
    try {
      await setSetting('memoryLimitMb', 256);
      const cell = await runCell(notebook, codeIndex(notebook, 1));
      strictEqual(JSON.parse(itemText(cell, 'application/json')), 6);
    } finally {
      await setSetting('memoryLimitMb', undefined);
    }
  });

  it('forgets variables on activationLab.restartEngine', async () => {
    const { notebook } = await openNotebook('web-restart', ['kept = 5', 'kept']);
    await runCell(notebook, codeIndex(notebook, 0));
    await vscode.commands.executeCommand('activationLab.restartEngine');
    const cell = await runCell(notebook, codeIndex(notebook, 1));
    strictEqual(cell.executionSummary?.success, false);
    match(errorOf(cell).message, /kept/);
  });
});
