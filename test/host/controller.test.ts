// The notebook controller inside a real VS Code: cells run through VS Code's own commands
// in the engine process, outputs carry the kit's mimes and values, errors say where they
// happened, and runaway cells end by the time limit or an interrupt without harming the
// next cell.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lab.activation-lab';
const ERROR_MIME = 'application/vnd.code.notebook.error';
/** A computation that runs far past any small time limit (about 10 s unbounded, see FINDINGS). */
const RUNAWAY = 'ones(3000, 3000) * ones(3000, 3000)';

function workspaceDir(): string {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  return dir;
}

let counter = 0;
/** A notebook on disk with one code cell per source, shown in an editor with our controller selected. */
async function openNotebook(sources: string[]): Promise<vscode.NotebookDocument> {
  const file = path.join(workspaceDir(), `controller-${process.pid}-${++counter}.actlab.md`);
  fs.writeFileSync(file, sources.map((s) => '```actlab\n' + s + '\n```\n').join('\n'));
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  return notebook;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves when the cell's execution has ended after `since` (ms); waits on document changes. */
function whenDone(notebook: vscode.NotebookDocument, index: number, since: number, timeoutMs = 30000): Promise<vscode.NotebookCell> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      const cell = notebook.cellAt(index);
      const end = cell.executionSummary?.timing?.endTime;
      if (end !== undefined && end >= since) {
        cleanup();
        resolve(cell);
        return true;
      }
      return false;
    };
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook === notebook) done();
    });
    // The summary may also land without a change event reaching us first; look now and then.
    const poll = setInterval(done, 100);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`cell ${index} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = (): void => {
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
    };
    done();
  });
}

/** Runs one cell through VS Code's command and waits for it to end. */
async function run(notebook: vscode.NotebookDocument, index: number, timeoutMs?: number): Promise<vscode.NotebookCell> {
  const since = Date.now() - 1;
  const finished = whenDone(notebook, index, since, timeoutMs);
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: index, end: index + 1 }], document: notebook.uri });
  return finished;
}

function items(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  const decoder = new TextDecoder();
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: decoder.decode(i.data) })));
}

function errorOf(cell: vscode.NotebookCell): { name: string; message: string } {
  const item = items(cell).find((i) => i.mime === ERROR_MIME);
  assert.ok(item, `no error output; got ${JSON.stringify(items(cell))}`);
  return JSON.parse(item.text) as { name: string; message: string };
}

describe('notebook controller in VS Code', function () {
  this.timeout(60000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  afterEach(async () => {
    const config = vscode.workspace.getConfiguration('activationLab');
    await config.update('timeLimitSeconds', undefined, vscode.ConfigurationTarget.Global);
    await config.update('precision', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('evaluates sigmoid(0) to 0.5 in JSON and in text', async () => {
    const notebook = await openNotebook(['sigmoid(0)']);
    const cell = await run(notebook, 0);
    assert.strictEqual(cell.executionSummary?.success, true, JSON.stringify(items(cell)));
    const out = items(cell);
    const json = out.find((i) => i.mime === 'application/json');
    const text = out.find((i) => i.mime === 'text/plain');
    assert.ok(json && text, `mimes: ${out.map((i) => i.mime).join(', ')}`);
    assert.strictEqual(JSON.parse(json.text), 0.5);
    assert.strictEqual(text.text.trim(), '0.5');
  });

  it('numbers runs in order and keeps variables across cells', async () => {
    const notebook = await openNotebook(['a = 3', 'a + 1']);
    const first = await run(notebook, 0);
    const second = await run(notebook, 1);
    const o1 = first.executionSummary?.executionOrder;
    const o2 = second.executionSummary?.executionOrder;
    assert.ok(o1 !== undefined && o2 !== undefined, 'no execution order');
    assert.strictEqual(o2, o1 + 1);
    assert.strictEqual(JSON.parse(items(second).find((i) => i.mime === 'application/json')?.text ?? 'null'), 4);
    // Outputs are not part of the file: running cells leaves the notebook clean.
    assert.strictEqual(notebook.isDirty, false);
  });

  it('shows activationLab.precision significant digits in text, full precision in JSON', async () => {
    await vscode.workspace.getConfiguration('activationLab').update('precision', 3, vscode.ConfigurationTarget.Global);
    const notebook = await openNotebook(['tanh(1)']);
    const cell = await run(notebook, 0);
    const out = items(cell);
    assert.strictEqual(out.find((i) => i.mime === 'text/plain')?.text.trim(), '0.762');
    assert.strictEqual(JSON.parse(out.find((i) => i.mime === 'application/json')?.text ?? 'null'), Math.tanh(1));
  });

  it('runs a whole notebook with notebook.execute', async () => {
    const notebook = await openNotebook(['x = [1, 2, 3]', 'softmax(x)']);
    const since = Date.now() - 1;
    const last = whenDone(notebook, 1, since);
    await vscode.commands.executeCommand('notebook.execute', notebook.uri);
    const cell = await last;
    const value = JSON.parse(items(cell).find((i) => i.mime === 'application/json')?.text ?? 'null') as number[];
    assert.strictEqual(value.length, 3);
    assert.ok(Math.abs(value[0] + value[1] + value[2] - 1) < 1e-15);
  });

  it('reports an error with its line and column and a suggestion', async () => {
    const notebook = await openNotebook(['a = 1\nb = sigmod(2)']);
    const cell = await run(notebook, 0);
    assert.strictEqual(cell.executionSummary?.success, false);
    const error = errorOf(cell);
    assert.match(error.message, /line 2, column \d+/);
    assert.match(error.message, /Did you mean `sigmoid`\?/);
  });

  it('ends a runaway cell with a Timeout error under a small time limit, and the next cell works', async () => {
    await vscode.workspace.getConfiguration('activationLab').update('timeLimitSeconds', 1, vscode.ConfigurationTarget.Global);
    const notebook = await openNotebook([RUNAWAY, 'sigmoid(0)']);
    const started = Date.now();
    const cell = await run(notebook, 0, 20000);
    const elapsed = Date.now() - started;
    assert.strictEqual(errorOf(cell).name, 'Timeout');
    assert.match(errorOf(cell).message, /earlier cells are gone|restart/i);
    assert.ok(elapsed < 8000, `the time limit took ${elapsed} ms to act`);
    const next = await run(notebook, 1);
    assert.strictEqual(next.executionSummary?.success, true, JSON.stringify(items(next)));
  });

  for (const command of ['activationLab.interrupt', 'notebook.cancelExecution']) {
    it(`interrupts a running cell with ${command} within a short time, and the next cell works`, async () => {
      const notebook = await openNotebook([RUNAWAY, 'relu(-1)']);
      const since = Date.now() - 1;
      const finished = whenDone(notebook, 0, since, 20000);
      void vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 0, end: 1 }], document: notebook.uri });
      await delay(500); // the engine may still be starting: an interrupt must stop that too
      const asked = Date.now();
      await vscode.commands.executeCommand(command);
      const cell = await finished;
      const took = Date.now() - asked;
      assert.ok(took < 3000, `the interrupt took ${took} ms`);
      assert.notStrictEqual(cell.executionSummary?.success, true);
      const next = await run(notebook, 1);
      assert.strictEqual(next.executionSummary?.success, true, JSON.stringify(items(next)));
      assert.strictEqual(JSON.parse(items(next).find((i) => i.mime === 'application/json')?.text ?? 'null'), 0);
    });
  }

  it('checks an exercise cell (exercise= in the fence) and shows the verdict', async () => {
    const file = path.join(workspaceDir(), `exercise-${process.pid}.actlab.md`);
    fs.writeFileSync(
      file,
      '```actlab\nW1 = [[1, 2], [0, -1], [3, 1]]\nW2 = [[2, -1, 0], [1, 1, 1]]\n```\n\n' +
        '```actlab exercise=collapse-two-layers\nW = W2 * W1\n```\n\n' +
        '```actlab exercise=collapse-two-layers\nW = W1 * W2\n```\n',
    );
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
    await vscode.window.showNotebookDocument(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
    await run(notebook, 0);
    const verdict = (index: number): { passed: boolean } => {
      const item = items(notebook.cellAt(index)).find((i) => i.mime === 'application/vnd.actlab.check+json');
      assert.ok(item, `cell ${index} has no check output: ${JSON.stringify(items(notebook.cellAt(index)))}`);
      return JSON.parse(item.text) as { passed: boolean };
    };
    await run(notebook, 1);
    assert.strictEqual(verdict(1).passed, true);
    await run(notebook, 2);
    assert.strictEqual(verdict(2).passed, false);
  });

  it('shows EngineFailedToStart in the cell when the engine cannot start, and runs once it can', async () => {
    // A broken install: the engine bundle is missing. A fresh notebook gets a fresh engine.
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const engine = path.join(ext.extensionPath, 'dist', 'engine.js');
    const moved = `${engine}.moved-${process.pid}`;
    const notebook = await openNotebook(['1 + 1']);
    fs.renameSync(engine, moved);
    let cell: vscode.NotebookCell;
    try {
      cell = await run(notebook, 0, 30000);
    } finally {
      fs.renameSync(moved, engine);
    }
    assert.strictEqual(cell.executionSummary?.success, false);
    const error = errorOf(cell);
    assert.strictEqual(error.name, 'EngineFailedToStart');
    assert.match(error.message, /could not be started: it stopped while starting \(exit code 1\): Error: Cannot find module/);
    const again = await run(notebook, 0);
    assert.strictEqual(again.executionSummary?.success, true, JSON.stringify(items(again)));
  });

  it('forgets variables on activationLab.restartEngine', async () => {
    const notebook = await openNotebook(['kept = 5', 'kept']);
    await run(notebook, 0);
    await vscode.commands.executeCommand('activationLab.restartEngine');
    const cell = await run(notebook, 1);
    assert.strictEqual(cell.executionSummary?.success, false);
    assert.match(errorOf(cell).message, /kept/);
  });
});
