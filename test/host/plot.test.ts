// Plots inside a real VS Code: a plot cell run by the kit's controller yields both the
// interactive plot (for the kit's renderer) and a static SVG, and the renderer is
// contributed for that mime type.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, runNotebook } from './lib/notebooks';

const PLOT_MIME = 'application/vnd.actlab.plot+json';

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
    const notebook = await runNotebook('plot', ["f(x) = x * sigmoid(1.7 x)\nplot(sigmoid, sigmoid', f, -6, 6)"]);
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

  it('answers plots of huge spans at once: a clear error, or a plot on a measurable range', async () => {
    const started = Date.now();
    const notebook = await runNotebook('plot-huge', ['plot(sigmoid, -1e308, 1e308)', 'g(x) = 1e308 * x\nplot(g, -1, 1)']);
    // Both used to run until the time limit.
    assert.ok(Date.now() - started < 15000, `took ${Date.now() - started} ms`);
    const error = outputItems(notebook.cellAt(0)).get('application/vnd.code.notebook.error');
    assert.match(error ?? '', /too wide to draw/);
    const items = outputItems(notebook.cellAt(1));
    const spec = JSON.parse(items.get(PLOT_MIME) ?? '{}') as { yRange?: [number, number] };
    assert.ok(spec.yRange && Number.isFinite(spec.yRange[1] - spec.yRange[0]), JSON.stringify(spec.yRange));
    assert.doesNotMatch(items.get('image/svg+xml') ?? '', /NaN|Infinity/);
  });

  it('an experiment cell yields the report as plot JSON, Markdown and SVG', async () => {
    const notebook = await runNotebook('plot', ['vanishing([sigmoid, relu], 8)']);
    const items = outputItems(notebook.cellAt(0));
    for (const mime of [PLOT_MIME, 'text/markdown', 'image/svg+xml', 'text/plain']) assert.ok(items.has(mime), `missing ${mime}`);
    const spec = JSON.parse(items.get(PLOT_MIME) ?? '{}') as { yScale?: string; table?: { rows: string[][] } };
    assert.strictEqual(spec.yScale, 'log');
    assert.strictEqual(spec.table?.rows.length, 2);
  });
});
