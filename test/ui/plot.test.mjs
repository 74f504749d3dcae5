// The interactive plot renderer in the workbench: a plot cell draws its curves on a canvas,
// the crosshair reads out x, f(x) and f′(x), and moving a parameter slider redraws the
// curve from the core inside the webview. Screenshots: test-artifacts/plot-*.png.
/* global Event, MessageChannel */
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { openNotebook, openWorkbench, outputFrame, runAll, screenshot } from './lib/workbench.mjs';

const FILE = 'plot-renderer-ui.actlab.md';
const RACE = 'plot-race-ui.actlab.md';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A fingerprint of the canvas pixels and how many are painted (not transparent). */
function canvasStats(canvas) {
  const ctx = canvas.getContext('2d');
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  let hash = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0) painted++;
    hash = (hash * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2] + 17 * data[i + 3]) >>> 0;
  }
  return { painted, total: data.length / 4, hash };
}

describe('interactive plot renderer in the workbench', function () {
  let wb;
  let frame;

  before(async function () {
    wb = await openWorkbench();
    writeFileSync(join(wb.workspace, FILE), "# Plot\n\n```actlab\nplot(leaky_relu, leaky_relu', -6, 6)\n```\n");
    writeFileSync(join(wb.workspace, RACE), '# Race\n\n```actlab\nrace([sigmoid, tanh, relu], "circle", 200)\n```\n');
  });

  after(async function () {
    await wb?.close();
  });

  it('draws the curves on a canvas with toggles and a slider', async function () {
    await openNotebook(wb.page, FILE);
    await runAll(wb.page, { codeCells: 1 });
    frame = outputFrame(wb.page);
    const canvas = frame.locator('.actlab-plot canvas').first();
    await canvas.waitFor({ timeout: 20000 });
    await sleep(300);
    const stats = await canvas.evaluate(canvasStats);
    assert.ok(stats.painted > 0.01 * stats.total, `canvas looks blank: ${JSON.stringify(stats)}`);
    const toggles = await frame.locator('.actlab-toggle').allInnerTexts();
    assert.deepStrictEqual(toggles.map((t) => t.trim()), ['leaky_relu', "leaky_relu'"]);
    assert.strictEqual(await frame.locator('input[type=range][data-param="leaky_relu.alpha"]').count(), 1);
    await screenshot(wb.page, 'plot-renderer');
  });

  it('reads out x, f(x) and f′(x) under the crosshair', async function () {
    const over = frame.locator('.actlab-plot .u-over').first();
    const box = await over.boundingBox();
    assert.ok(box, 'no plot area');
    // x ≈ −3: a quarter of the way across −6…6.
    await wb.page.mouse.move(box.x + box.width * 0.25 - 20, box.y + box.height / 2);
    await wb.page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2, { steps: 4 });
    const readout = frame.locator('.actlab-readout').first();
    await wb.page.waitForFunction(() => true);
    const text = await readout.innerText();
    assert.match(text, /x = -3(\.\d+)?|x = -2\.9\d*/, text);
    assert.match(text, /leaky_relu: f = -0\.03\d*, f′ = 0\.01/, text);
  });

  it('moving the α slider redraws the curve with the new parameter', async function () {
    const canvas = frame.locator('.actlab-plot canvas').first();
    const before = await canvas.evaluate(canvasStats);
    const slider = frame.locator('input[type=range][data-param="leaky_relu.alpha"]');
    await slider.fill('0.5');
    await sleep(200);
    const afterStats = await canvas.evaluate(canvasStats);
    assert.notStrictEqual(afterStats.hash, before.hash, 'the canvas did not change');
    assert.strictEqual((await frame.locator('.actlab-slider-value').first().innerText()).trim(), '0.5');
    const over = frame.locator('.actlab-plot .u-over').first();
    const box = await over.boundingBox();
    await wb.page.mouse.move(box.x + box.width * 0.25 + 3, box.y + box.height / 2, { steps: 2 });
    const text = await frame.locator('.actlab-readout').first().innerText();
    assert.match(text, /leaky_relu: f = -1\.\d+, f′ = 0\.5\b/, text);
    await screenshot(wb.page, 'plot-slider');
  });

  it('a burst of slider steps re-samples on each step and ends on the last value', async function () {
    // Functional only: how long a step takes is a benchmark (bench/plot.mjs, "slider step"),
    // not something a test on a shared, loaded machine should pass or fail on.
    const canvas = frame.locator('.actlab-plot canvas').first();
    const before = await canvas.evaluate(canvasStats);
    const result = await frame.locator('.actlab-plot').first().evaluate(async (root) => {
      const input = root.querySelector('input[type=range]');
      const chart = root.querySelector('.actlab-chart');
      const recomputed = [];
      for (let i = 0; i < 20; i++) {
        delete chart.dataset.recomputeMs;
        input.value = String((i + 1) / 20);
        input.dispatchEvent(new Event('input'));
        // uPlot commits in a microtask; a message-channel turn comes after it.
        await new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = () => r();
          c.port2.postMessage(0);
        });
        recomputed.push(chart.dataset.recomputeMs !== undefined);
      }
      input.value = '0.25';
      input.dispatchEvent(new Event('input'));
      return { recomputed, value: input.value };
    });
    assert.deepStrictEqual(result.recomputed, new Array(20).fill(true), 'every input event re-sampled the curves');
    assert.strictEqual(result.value, '0.25');
    await sleep(200);
    assert.strictEqual((await frame.locator('.actlab-slider-value').first().innerText()).trim(), '0.25');
    const afterStats = await canvas.evaluate(canvasStats);
    assert.notStrictEqual(afterStats.hash, before.hash, 'the canvas did not change');
    const over = frame.locator('.actlab-plot .u-over').first();
    const box = await over.boundingBox();
    await wb.page.mouse.move(box.x + box.width * 0.25 - 3, box.y + box.height / 2, { steps: 2 });
    const text = await frame.locator('.actlab-readout').first().innerText();
    assert.match(text, /leaky_relu: f = -0\.7\d*, f′ = 0\.25\b/, text);
  });

  it('shows an experiment report: loss chart, decision boundaries and the table', async function () {
    await openNotebook(wb.page, RACE);
    await runAll(wb.page, { codeCells: 1, timeout: 90000 });
    // The first notebook's webview is still open in its tab; the newest one is this notebook's.
    const report = wb.page.frameLocator('iframe.webview').last().frameLocator('#active-frame').locator('.actlab-plot').filter({ has: wb.page.locator('.actlab-table') }).first();
    await report.waitFor({ timeout: 30000 });
    const rows = await report.locator('.actlab-table tbody tr').allInnerTexts();
    assert.strictEqual(rows.length, 3, rows.join('\n'));
    assert.match(rows[2], /^relu/);
    assert.strictEqual(await report.locator('figure svg').count(), 1, 'the decision-boundary figure');
    const stats = await report.locator('canvas').first().evaluate(canvasStats);
    assert.ok(stats.painted > 0.01 * stats.total, 'loss chart drawn');
    await report.locator('figure').scrollIntoViewIfNeeded();
    await screenshot(wb.page, 'plot-race');
  });
});
