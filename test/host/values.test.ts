// Value outputs inside a real VS Code: the kit's value view is the first item of every value
// output (VS Code shows the first item it can render, and would otherwise prefer the raw
// JSON), its renderer is contributed, and the JSON item still parses to the exact encoding.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, runNotebook } from './lib/notebooks';

const VALUE_MIME = 'application/vnd.actlab.value+json';

/** The items of a cell's only output, decoded as text. */
function items(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  assert.strictEqual(cell.outputs.length, 1, `outputs: ${cell.outputs.length}`);
  const decoder = new TextDecoder();
  return cell.outputs[0].items.map((i) => ({ mime: i.mime, text: decoder.decode(i.data) }));
}

function json(cell: vscode.NotebookCell, mime: string): unknown {
  const item = items(cell).find((i) => i.mime === mime);
  assert.ok(item, `no ${mime}; got ${items(cell).map((i) => i.mime).join(', ')}`);
  return JSON.parse(item.text);
}

describe('value outputs in VS Code', function () {
  this.timeout(60000);
  let notebook: vscode.NotebookDocument;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    notebook = await runNotebook('values', ['sigmoid(0)', '0/0', '-0', 'W = [[2, 5], [4, 2]]', '[1/3, -1/0]', '"NaN"', 'f(x) = x^2', 'ones(1001, 1000)']);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes a renderer for the value mime, with its bundle built', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const pkg = ext?.packageJSON as { contributes?: { notebookRenderer?: { id: string; entrypoint: string; mimeTypes: string[] }[] } };
    const renderer = pkg.contributes?.notebookRenderer?.find((r) => r.mimeTypes.includes(VALUE_MIME));
    assert.ok(renderer, 'no renderer for the value mime');
    assert.ok(ext && fs.existsSync(path.join(ext.extensionPath, renderer.entrypoint)), 'the value renderer bundle is built');
  });

  it('puts the value view first, then the text, then the JSON', () => {
    assert.deepStrictEqual(
      items(notebook.cellAt(0)).map((i) => i.mime),
      [VALUE_MIME, 'text/plain', 'application/json'],
    );
    const view = json(notebook.cellAt(0), VALUE_MIME) as { kind: string; text: string; full: string };
    assert.deepStrictEqual([view.kind, view.text, view.full], ['scalar', '0.5', '0.5']);
    assert.strictEqual(json(notebook.cellAt(0), 'application/json'), 0.5);
  });

  it('writes special values as valid JSON strings', () => {
    assert.strictEqual(json(notebook.cellAt(1), 'application/json'), 'NaN');
    assert.strictEqual(json(notebook.cellAt(2), 'application/json'), '-0');
    assert.deepStrictEqual(json(notebook.cellAt(4), 'application/json'), [1 / 3, '-Infinity']);
    const view = json(notebook.cellAt(1), VALUE_MIME) as { kind: string; text: string };
    assert.strictEqual(view.kind, 'scalar');
    assert.strictEqual(view.text, 'NaN');
  });

  it("tells a cell's own text from the special numbers, and gives functions and huge values an explicit form", () => {
    assert.deepStrictEqual(json(notebook.cellAt(5), 'application/json'), { string: 'NaN' });
    assert.notDeepStrictEqual(json(notebook.cellAt(5), 'application/json'), json(notebook.cellAt(1), 'application/json'));
    // A definition shows its one-line confirmation first, and its value is the function, not that text.
    assert.deepStrictEqual(items(notebook.cellAt(6)).map((i) => i.mime), [VALUE_MIME, 'text/plain', 'application/json']);
    assert.deepStrictEqual(json(notebook.cellAt(6), 'application/json'), { function: 'f' });
    assert.deepStrictEqual(json(notebook.cellAt(7), 'application/json'), { tooLarge: { size: [1001, 1000], entries: 1001000 } });
  });

  it('lays a matrix out as rows for the table, ahead of the markdown and the JSON', () => {
    const cell = notebook.cellAt(3);
    assert.deepStrictEqual(
      items(cell).map((i) => i.mime),
      [VALUE_MIME, 'text/markdown', 'text/plain', 'application/json'],
    );
    const view = json(cell, VALUE_MIME) as { kind: string; rows: string[][]; size: number[] };
    assert.strictEqual(view.kind, 'matrix');
    assert.deepStrictEqual(view.rows, [['2', '5'], ['4', '2']]);
    assert.deepStrictEqual(view.size, [2, 2]);
    assert.deepStrictEqual(json(cell, 'application/json'), [[2, 5], [4, 2]]);
  });
});
