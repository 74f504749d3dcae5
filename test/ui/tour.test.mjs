// The tour notebook, as a learner meets it: open it from Quick Open, Run All, read the
// rendered outputs, look at the plot, hover a function name. Expected values are computed
// here with plain JavaScript formulas, so the check does not lean on the kit's own core.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { ROOT } from './lib/server.mjs';
import { hoverWord, openNotebook, openWorkbench, outputFrame, revealCell, runAll, screenshot, scrollNotebookToTop, SEL } from './lib/workbench.mjs';

const TOUR = 'notebooks/00-tour.actlab.md';
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/** Code cells in a notebook file: fenced blocks whose info string starts with `actlab`. */
function codeCellCount(file) {
  return readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/).filter((l) => /^\s{0,3}(`{3,}|~{3,})\s*actlab\b/.test(l)).length;
}

/** Every number written in some output text. */
function numbersIn(texts) {
  return texts.join(' ').match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
}

/** Whether a shown number agrees with `value` to the 6 significant digits text outputs keep at least. */
const agrees = (shown, value) => Math.abs(shown - value) <= 5e-6 * Math.max(Math.abs(value), 1e-300);

describe('tour notebook in the workbench', function () {
  let wb;
  let scan;
  const cells = codeCellCount(TOUR);

  before(async function () {
    wb = await openWorkbench();
  });

  after(async function () {
    await wb?.close();
  });

  it('opens as an Activation Lab notebook, not as Markdown', async function () {
    assert.ok(cells >= 5, `the tour should have code cells, found ${cells}`);
    await openNotebook(wb.page, TOUR);
    await wb.page.locator(SEL.kernel).filter({ hasText: 'Activation Lab' }).first().waitFor({ timeout: 15000 });
  });

  it('runs every cell with Run All and shows the values a learner should see', async function () {
    scan = await runAll(wb.page, { codeCells: cells });
    const shown = numbersIn(scan.outputs);
    const swish = (x) => x * sigmoid(1.7 * x);
    const dswish = (x) => sigmoid(1.7 * x) * (1 + 1.7 * x * (1 - sigmoid(1.7 * x)));
    const expected = {
      'sigmoid(0)': sigmoid(0),
      'tanh(1)': Math.tanh(1),
      "sigmoid'(0)": sigmoid(0) * (1 - sigmoid(0)),
      "sigmoid'(8)": sigmoid(8) * (1 - sigmoid(8)),
      'tanh(3) in tanh(z)': Math.tanh(3),
      'f(2), swish with β = 1.7': swish(2),
      "f'(2)": dswish(2),
      'softmax([1,2,3])[3]': Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)),
      'leaky_relu(-2, 0.2)': -0.4,
      'elu(-1, 1)': Math.expm1(-1),
    };
    for (const [expr, value] of Object.entries(expected)) {
      assert.ok(shown.some((n) => agrees(n, value)), `${expr} should show ${value}; outputs were:\n${scan.outputs.join('\n')}`);
    }
    assert.ok(!scan.outputs.some((t) => /\b(Error|NaN)\b/.test(t)), `an output reports an error:\n${scan.outputs.join('\n')}`);
  });

  it('draws the plot of sigmoid and its derivative', async function () {
    await revealCell(wb.page, 'plot(sigmoid');
    const plot = outputFrame(wb.page).locator('canvas, svg').first();
    await plot.waitFor({ timeout: 15000 });
    const box = await plot.boundingBox();
    const view = wb.page.viewportSize();
    assert.ok(box && box.width > 100 && box.height > 50, `plot is ${JSON.stringify(box)}`);
    assert.ok(box.y >= 0 && box.y + box.height / 2 < view.height, `the plot is off screen: ${JSON.stringify(box)}`);
    await screenshot(wb.page, 'tour-plot');
  });

  it('explains sigmoid on hover', async function () {
    await scrollNotebookToTop(wb.page);
    const card = await hoverWord(wb.page, 'sigmoid', { cellIndex: 0 });
    assert.match(card, /sigmoid/i);
    assert.match(card, /0\.25|1\/4/, `the card should give the derivative's maximum: ${card}`);
    await screenshot(wb.page, 'tour-hover');
  });
});
