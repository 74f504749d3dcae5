// Plots inside a real VS Code: a plot cell run by the kit's controller yields both the
// interactive plot (for the kit's renderer) and a static SVG, and the renderer is
// contributed for that mime type.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lab.activation-lab';
const PLOT_MIME = 'application/vnd.actlab.plot+json';

function workspaceDir(): string {
  const dir = process.env.ACTLAB_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(dir, 'the test window has no workspace folder');
  return dir;
}

/** Runs every cell of a fresh notebook and resolves when the last one has ended. */
async function runNotebook(sources: string[]): Promise<vscode.NotebookDocument> {
  const file = path.join(workspaceDir(), `plot-${process.pid}-${Date.now()}.actlab.md`);
  fs.writeFileSync(file, sources.map((s) => '```actlab\n' + s + '\n```\n').join('\n'));
  const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
  await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'activation-lab', extension: EXTENSION_ID });
  const since = Date.now() - 1;
  const last = notebook.cellCount - 1;
  const done = new Promise<void>((resolve, reject) => {
    const check = (): boolean => {
      const end = notebook.cellAt(last).executionSummary?.timing?.endTime;
      if (end !== undefined && end >= since) {
        cleanup();
        resolve();
        return true;
      }
      return false;
    };
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook === notebook) check();
    });
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('the notebook did not finish within 45 s'));
    }, 45000);
    const cleanup = (): void => {
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
    };
  });
  await vscode.commands.executeCommand('notebook.execute', notebook.uri);
  await done;
  return notebook;
}

function outputItems(cell: vscode.NotebookCell): Map<string, string> {
  const decoder = new TextDecoder();
  const map = new Map<string, string>();
  for (const o of cell.outputs) for (const i of o.items) map.set(i.mime, decoder.decode(i.data));
  return map;
}

describe('plots in VS Code', function () {
  this.timeout(60000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes the renderer for the plot mime', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes?: { notebookRenderer?: { id: string; mimeTypes: string[]; entrypoint: string }[] } };
    const renderer = pkg.contributes?.notebookRenderer?.find((r) => r.id === 'activation-lab.plot');
    assert.ok(renderer, 'no activation-lab.plot renderer');
    assert.deepStrictEqual(renderer.mimeTypes, [PLOT_MIME]);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext && fs.existsSync(path.join(ext.extensionPath, renderer.entrypoint)), 'the renderer bundle is built');
  });

  it("a plot cell yields image/svg+xml and the interactive plot JSON", async () => {
    const notebook = await runNotebook(["f(x) = x * sigmoid(1.7 x)\nplot(sigmoid, sigmoid', f, -6, 6)"]);
    const cell = notebook.cellAt(0);
    assert.strictEqual(cell.executionSummary?.success, true, JSON.stringify([...outputItems(cell).keys()]));
    const items = outputItems(cell);
    const svg = items.get('image/svg+xml');
    const json = items.get(PLOT_MIME);
    assert.ok(svg && json, `mimes: ${[...items.keys()].join(', ')}`);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<title[^>]*>[^<]*sigmoid/);
    const spec = JSON.parse(json) as { curves: { label: string; source?: { id: string } }[]; x: number[] };
    assert.deepStrictEqual(spec.curves.map((c) => c.label), ['sigmoid', "sigmoid'", 'f']);
    assert.strictEqual(spec.curves[0].source?.id, 'sigmoid');
    assert.strictEqual(spec.curves[2].source, undefined, "the learner's f carries its points only");
    assert.ok(spec.x.length >= 400 && spec.x.length <= 2000, `${spec.x.length} points`);
  });

  it('an experiment cell yields the report as plot JSON, Markdown and SVG', async () => {
    const notebook = await runNotebook(['vanishing([sigmoid, relu], 8)']);
    const items = outputItems(notebook.cellAt(0));
    for (const mime of [PLOT_MIME, 'text/markdown', 'image/svg+xml', 'text/plain']) assert.ok(items.has(mime), `missing ${mime}`);
    const spec = JSON.parse(items.get(PLOT_MIME) ?? '{}') as { yScale?: string; table?: { rows: string[][] } };
    assert.strictEqual(spec.yScale, 'log');
    assert.strictEqual(spec.table?.rows.length, 2);
  });
});
