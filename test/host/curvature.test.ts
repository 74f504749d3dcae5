// Second derivatives and smoothness in a real VS Code: cells that compute f″, a learner's h″
// and a Hessian give the core's values in their JSON outputs; a plot of f, f′ and f″ carries
// the points where a derivative does not exist; hovering `sigmoid''` leads with f″; a card
// states the smoothness class with its reason, in English and in Chinese.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { derivative2, softmaxJacobian } from '../../src/core';
import { activate, codeCells, hoverText, section, setLanguage } from './hoverHelpers';
import { runNotebook } from './lib/notebooks';

const PLOT_MIME = 'application/vnd.actlab.plot+json';

function item(cell: vscode.NotebookCell, mime: string, output = cell.outputs.length - 1): unknown {
  const found = cell.outputs[output]?.items.find((i) => i.mime === mime);
  assert.ok(found, `cell ${cell.index}: no ${mime} in output ${output}`);
  return JSON.parse(new TextDecoder().decode(found.data));
}

describe('curvature: f″, Hessians, kinks in plots and smoothness on hover', function () {
  this.timeout(120000);
  let notebook: vscode.NotebookDocument;

  before(async () => {
    await activate();
    notebook = await runNotebook('curvature', [
      "sigmoid''(0)",
      "gelu''([-2, 0, 2])",
      "h(x) = x * sigmoid(x)\nh''(1)",
      'hessian(logsumexp, [1, 2, 3])',
      "plot(elu, elu', elu'', -3, 3)",
      "elu''(-1, 0.5)\nsigmoid'''''''''(0)",
    ]);
  });

  after(async () => {
    await setLanguage(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("computes sigmoid''(0), gelu''([-2, 0, 2]) and a learner's h''(1) exactly", () => {
    assert.strictEqual(item(notebook.cellAt(0), 'application/json'), 0);
    assert.deepStrictEqual(item(notebook.cellAt(1), 'application/json'), Array.from(derivative2('gelu', [-2, 0, 2])));
    const h2 = item(notebook.cellAt(2), 'application/json') as number;
    assert.ok(Math.abs(h2 - derivative2('silu', [1])[0]) < 1e-15, String(h2));
  });

  it('gives the Hessian of logsumexp, which is the softmax Jacobian', () => {
    const J = softmaxJacobian([1, 2, 3]);
    assert.deepStrictEqual(item(notebook.cellAt(3), 'application/json'), [0, 1, 2].map((i) => Array.from(J.subarray(3 * i, 3 * i + 3))));
  });

  it("plots f, f′ and f″, marking where elu″ does not exist", () => {
    const spec = item(notebook.cellAt(4), PLOT_MIME) as { curves: { label: string; source?: { order: number }; missing?: unknown[] }[] };
    assert.deepStrictEqual(spec.curves.map((c) => c.label), ['elu', "elu'", "elu''"]);
    assert.strictEqual(spec.curves[2].source?.order, 2);
    assert.deepStrictEqual(spec.curves[2].missing, [{ x: 0, left: 1, right: 0, value: 0 }]);
    assert.strictEqual(spec.curves[1].missing, undefined, 'ELU with α = 1 is C¹: elu′ exists everywhere');
  });

  it('refuses a ninth derivative with a clear error and keeps the earlier line', () => {
    const cell = notebook.cellAt(5);
    assert.strictEqual(item(cell, 'application/json', 0), derivative2('elu', [-1], { alpha: 0.5 })[0]);
    const error = cell.outputs[cell.outputs.length - 1].items.find((i) => i.mime === 'application/vnd.code.notebook.error');
    assert.ok(error, 'an error output');
    assert.match(new TextDecoder().decode(error.data), /derivatives up to order 8/);
  });

  it("hovering sigmoid'' leads with the second derivative; a card states its smoothness class", async () => {
    await setLanguage('en');
    const doc = codeCells(notebook)[0];
    const md = await hoverText(doc.uri, new vscode.Position(0, 3));
    assert.match(md, /The second derivative of `sigmoid`/);
    assert.ok(md.indexOf('**Second derivative**') < md.indexOf('**Formula**'));
    const elu = await hoverText(codeCells(notebook)[4].uri, new vscode.Position(0, 6));
    assert.match(section(elu, 'Smoothness') ?? '', /C¹ \(continuous f′\).*f″ jumps from 1 to 0 at x = 0/);
    await setLanguage('zh-cn');
    const zh = await hoverText(codeCells(notebook)[4].uri, new vscode.Position(0, 6));
    assert.match(section(zh, '光滑性') ?? '', /C¹（f′ 连续）.*f″ 在 x = 0 处从 1 跳到 0/);
  });
});
