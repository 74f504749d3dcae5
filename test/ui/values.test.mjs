// Values in the workbench: VS Code shows the kit's value view, not the raw JSON it also
// receives — a matrix as a table, a number as monospace text at the chosen precision with
// the full-precision value in its tooltip. Screenshot: test-artifacts/values-*.png.
/* global getComputedStyle */
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { openNotebook, openWorkbench, outputFrame, runAll, screenshot } from './lib/workbench.mjs';

const FILE = 'values-ui.actlab.md';
const CELLS = ['W = [[2, 5], [4, 2]] * [[1, 0.5], [0, 1]]', 'sigmoid(1)', 'softmax([1, 2, 3])'];
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

describe('value outputs in the workbench', function () {
  let wb;
  let frame;

  before(async function () {
    wb = await openWorkbench();
    writeFileSync(join(wb.workspace, FILE), '# Values\n\n' + CELLS.map((c) => '```actlab\n' + c + '\n```\n').join('\n'));
  });

  after(async function () {
    await wb?.close();
  });

  it('shows a matrix as a table, not as JSON text', async function () {
    await openNotebook(wb.page, FILE);
    await runAll(wb.page, { codeCells: CELLS.length });
    frame = outputFrame(wb.page);
    const table = frame.locator('table.actlab-value-matrix').first();
    await table.waitFor({ timeout: 20000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // [[2, 5], [4, 2]] · [[1, 0.5], [0, 1]] = [[2, 6], [4, 4]]
    assert.deepStrictEqual(rows, [['2', '6'], ['4', '4']]);
    const texts = await frame.locator('.output').allInnerTexts();
    const jsonLike = texts.filter((t) => /^\s*\[\s*\n\s*\[/.test(t));
    assert.deepStrictEqual(jsonLike, [], 'an output is shown as pretty-printed JSON');
    const style = await table.evaluate((t) => {
      const cs = getComputedStyle(t.querySelector('td'));
      return { font: cs.fontFamily, border: cs.borderTopStyle, select: cs.userSelect };
    });
    assert.strictEqual(style.border, 'solid', JSON.stringify(style));
    assert.notStrictEqual(style.select, 'none', JSON.stringify(style));
    await table.scrollIntoViewIfNeeded();
    await screenshot(wb.page, 'values-matrix');
  });

  it('shows a number at the chosen precision, the full value in its tooltip', async function () {
    const full = String(sigmoid(1));
    const scalar = frame.locator('.actlab-value pre.actlab-value-text', { hasText: '0.731059' }).first();
    await scalar.waitFor({ timeout: 20000 });
    assert.strictEqual((await scalar.innerText()).trim(), '0.731059', 'default precision is 6 significant digits');
    assert.ok((await scalar.getAttribute('title'))?.includes(full), `tooltip: ${await scalar.getAttribute('title')}`);
    const font = await scalar.evaluate((e) => getComputedStyle(e).fontFamily);
    assert.match(font, /mono|courier|consol|menlo|droid/i, `not a monospace font: ${font}`);
  });

  it('shows a vector on one line, each entry with its full value', async function () {
    const vector = frame.locator('.actlab-value-vector').first();
    await vector.waitFor({ timeout: 20000 });
    const z = [1, 2, 3].map(Math.exp);
    const sum = z[0] + z[1] + z[2];
    const text = (await vector.innerText()).trim();
    const shown = text.replace(/[[\]]/g, '').split(', ').map(Number);
    assert.strictEqual(shown.length, 3, text);
    shown.forEach((s, i) => assert.ok(Math.abs(s - z[i] / sum) <= 5e-6 * (z[i] / sum), `${text} vs ${z[i] / sum}`));
    const titles = await vector.locator('span').evaluateAll((spans) => spans.map((s) => s.title));
    assert.strictEqual(titles.length, 3);
    titles.forEach((t, i) => assert.ok(Math.abs(Number(t.split(' ').pop()) - z[i] / sum) <= 1e-15, t));
    await screenshot(wb.page, 'values-all');
  });
});
