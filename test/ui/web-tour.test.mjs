// The tour in the browser's web worker extension host — the path a learner takes on
// vscode.dev or github.dev: open the tour, Run All, read the values, look at the plot.
// The workbench's user settings put the extension into the web worker host (see
// test/ui/lib/server.mjs); the test checks that the cells really ran in the extension's
// engine worker, started by that host. Its screenshot (test-artifacts/web-tour.png) is the README's
// docs/web-screenshot.png.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { ROOT } from './lib/server.mjs';
import { openNotebook, openWorkbench, outputFrame, revealCell, runAll, screenshot, SEL } from './lib/workbench.mjs';

const TOUR = 'notebooks/00-tour.actlab.md';
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

function codeCellCount(file) {
  return readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/).filter((l) => /^\s{0,3}(`{3,}|~{3,})\s*actlab\b/.test(l)).length;
}

/**
 * Names of the page's workers. The extension names its engine worker "Activation Lab engine";
 * VS Code prefixes the names of workers that its web worker extension host starts with that
 * host's own ("ExtensionHostWorker -> …").
 */
async function workerNames(page) {
  const names = await Promise.all(page.workers().map((w) => w.evaluate(() => globalThis.name).catch(() => undefined)));
  return names.filter((n) => typeof n === 'string');
}

const ENGINE = /^ExtensionHostWorker -> Activation Lab engine$/;

describe('tour notebook in the web worker extension host', function () {
  let wb;
  const cells = codeCellCount(TOUR);

  before(async function () {
    wb = await openWorkbench({ web: true });
  });

  after(async function () {
    await wb?.close();
  });

  it('runs the tour with Run All in a Web Worker engine and shows the values a learner should see', async function () {
    const before = await workerNames(wb.page);
    assert.ok(before.includes('ExtensionHostWorker'), `no web worker extension host among ${JSON.stringify(before)}`);
    assert.deepStrictEqual(before.filter((n) => ENGINE.test(n)), [], 'an engine worker before any cell ran');
    await openNotebook(wb.page, TOUR);
    await wb.page.locator(SEL.kernel).filter({ hasText: 'Activation Lab' }).first().waitFor({ timeout: 15000 });
    const scan = await runAll(wb.page, { codeCells: cells });
    const shown = scan.outputs.join(' ').match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
    const agrees = (n, v) => Math.abs(n - v) <= 5e-6 * Math.max(Math.abs(v), 1e-300);
    for (const [expr, value] of Object.entries({ 'sigmoid(0)': 0.5, 'tanh(1)': Math.tanh(1), "sigmoid'(8)": sigmoid(8) * (1 - sigmoid(8)) })) {
      assert.ok(shown.some((n) => agrees(n, value)), `${expr} should show ${value}; outputs were:\n${scan.outputs.join('\n')}`);
    }
    assert.ok(!scan.outputs.some((t) => /\b(Error|NaN)\b/.test(t)), `an output reports an error:\n${scan.outputs.join('\n')}`);
    const after = await workerNames(wb.page);
    assert.strictEqual(after.filter((n) => ENGINE.test(n)).length, 1, `the cells should have run in one engine worker started by the web extension host: ${JSON.stringify(after)}`);
  });

  it('draws the plot of sigmoid and its derivative (the README screenshot)', async function () {
    await revealCell(wb.page, 'plot(sigmoid');
    const plot = outputFrame(wb.page).locator('canvas, svg').first();
    await plot.waitFor({ timeout: 15000 });
    const box = await plot.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 50, `plot is ${JSON.stringify(box)}`);
    await screenshot(wb.page, 'web-tour');
  });
});
