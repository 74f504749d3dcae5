// What a learner sees of second derivatives in the workbench: a plot of elu, elu′ and elu″
// draws the f″ curve and marks x = 0, where elu″ does not exist (open circles at its
// one-sided limits 1 and 0, a dot at the value 0 the kit returns); hiding the curve hides
// its marker. Screenshot: test-artifacts/curvature-plot.png.
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { openNotebook, openWorkbench, outputFrame, runAll, screenshot } from './lib/workbench.mjs';

const FILE = 'curvature-ui.actlab.md';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('second derivatives in the workbench', function () {
  let wb;

  before(async function () {
    wb = await openWorkbench();
    writeFileSync(join(wb.workspace, FILE), "# Curvature\n\n```actlab\nplot(elu, elu', elu'', -3, 3)\n```\n");
  });

  after(async function () {
    await wb?.close();
  });

  it('plots f, f′ and f″ and marks the kink where f″ does not exist', async function () {
    await openNotebook(wb.page, FILE);
    await runAll(wb.page, { codeCells: 1 });
    const frame = outputFrame(wb.page);
    const chart = frame.locator('.actlab-chart').first();
    await chart.waitFor({ timeout: 20000 });
    await sleep(300);
    const toggles = await frame.locator('.actlab-toggle').allInnerTexts();
    assert.deepStrictEqual(toggles.map((t) => t.trim()), ['elu', "elu'", "elu''"]);
    assert.strictEqual(await chart.getAttribute('data-missing-points'), '1', 'one marked point: elu″ at x = 0');
    await screenshot(wb.page, 'curvature-plot');
    // Hiding elu″ hides its marker.
    await frame.locator('.actlab-toggle input').nth(2).click();
    await sleep(200);
    assert.strictEqual(await chart.getAttribute('data-missing-points'), '0');
    assert.deepStrictEqual(wb.pageErrors, []);
  });
});
