// The notebook renderers' mimes in the web host: value outputs lead with the kit's value
// view, plot cells carry the interactive plot and a static SVG, and both renderers'
// bundles are where package.json says (read through workspace.fs, as the web host would).
import * as vscode from 'vscode';
import { deepStrictEqual, match, ok, strictEqual } from './lib/assert';
import { activate, closeAll, codeIndex, EXTENSION_ID, itemText, items, openNotebook, runAll } from './lib/notebooks';

const VALUE_MIME = 'application/vnd.actlab.value+json';
const PLOT_MIME = 'application/vnd.actlab.plot+json';

describe('web host: value and plot outputs', function () {
  this.timeout(90_000);
  let notebook: vscode.NotebookDocument;

  before(async () => {
    await activate();
    notebook = (await openNotebook('web-outputs', ['sigmoid(0)', '0/0', 'W = [[2, 5], [4, 2]]', "plot(sigmoid, sigmoid', -6, 6)", 'vanishing([sigmoid, relu], 8)'])).notebook;
    await runAll(notebook);
  });

  after(closeAll);

  const cell = (n: number): vscode.NotebookCell => notebook.cellAt(codeIndex(notebook, n));

  it('contributes both renderers, with their bundles built', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    ok(ext);
    const renderers = (ext.packageJSON as { contributes: { notebookRenderer: { mimeTypes: string[]; entrypoint: string }[] } }).contributes.notebookRenderer;
    for (const mime of [VALUE_MIME, PLOT_MIME]) {
      const renderer = renderers.find((r) => r.mimeTypes.includes(mime));
      ok(renderer, `no renderer for ${mime}`);
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, renderer.entrypoint));
      ok(stat.size > 1000, `${renderer.entrypoint} is ${stat.size} bytes`);
    }
  });

  it('puts the value view first, then the text, then the JSON; special values stay valid JSON', () => {
    deepStrictEqual(items(cell(0)).map((i) => i.mime), [VALUE_MIME, 'text/plain', 'application/json']);
    const view = JSON.parse(itemText(cell(0), VALUE_MIME)) as { kind: string; text: string };
    deepStrictEqual([view.kind, view.text], ['scalar', '0.5']);
    strictEqual(JSON.parse(itemText(cell(1), 'application/json')), 'NaN');
  });

  it('lays a matrix out as rows for the table', () => {
    deepStrictEqual(items(cell(2)).map((i) => i.mime), [VALUE_MIME, 'text/markdown', 'text/plain', 'application/json']);
    const view = JSON.parse(itemText(cell(2), VALUE_MIME)) as { kind: string; rows: string[][] };
    strictEqual(view.kind, 'matrix');
    deepStrictEqual(view.rows, [['2', '5'], ['4', '2']]);
  });

  it('gives a plot cell the interactive plot and a static SVG', () => {
    match(itemText(cell(3), 'image/svg+xml'), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const spec = JSON.parse(itemText(cell(3), PLOT_MIME)) as { curves: { label: string }[]; x: number[] };
    deepStrictEqual(spec.curves.map((c) => c.label), ['sigmoid', "sigmoid'"]);
    ok(spec.x.length >= 400, `${spec.x.length} points`);
  });

  it('gives an experiment its report as plot JSON, Markdown and SVG', () => {
    const mimes = items(cell(4)).map((i) => i.mime);
    for (const mime of [PLOT_MIME, 'text/markdown', 'image/svg+xml']) ok(mimes.includes(mime), `missing ${mime}`);
    strictEqual((JSON.parse(itemText(cell(4), PLOT_MIME)) as { yScale?: string }).yScale, 'log');
  });
});
