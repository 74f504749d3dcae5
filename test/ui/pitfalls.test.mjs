// What a learner sees in a training script: a double softmax squiggled, its hover message
// with the chapter link, the quick-fix menu, and the fix applied. Saves
// test-artifacts/pitfall-double-softmax.png (the diagnostic and its fix) and
// test-artifacts/pitfall-fixed.png.
import * as assert from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { openFile, openWorkbench, screenshot, waitForText } from './lib/workbench.mjs';

const FILE = 'pitfall_train.py';
const SCRIPT = [
  'import torch',
  'import torch.nn.functional as F',
  '',
  '',
  'def step(model, x, y):',
  '    logits = model(x)',
  '    loss = F.cross_entropy(F.softmax(logits, dim=1), y)',
  '    return loss',
  '',
].join('\n');

describe('pitfall diagnostics in the workbench', function () {
  let wb;

  before(async function () {
    wb = await openWorkbench();
    writeFileSync(join(wb.workspace, FILE), SCRIPT);
  });

  after(async function () {
    await wb?.close();
  });

  it('squiggles the double softmax, explains it, and applies the quick fix', async function () {
    const { page } = wb;
    await openFile(page, FILE);
    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30000 });
    // Hover the squiggled softmax: the message, its source and the rule's code link.
    const target = page.locator('.monaco-editor .view-line span', { hasText: 'softmax' }).first();
    const box = await target.boundingBox();
    await page.mouse.move(box.x + 5, box.y + 30);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'cross_entropy' }).first();
    const text = await waitForText(hover, /applies log-softmax to its input itself/, { timeout: 20000 });
    assert.match(text, /doubleSoftmax/);
    // Open the quick-fix menu on the squiggle, as Ctrl+. does, and show both together.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget', { hasText: 'Pass the logits' }).first();
    await menu.waitFor({ timeout: 20000 });
    assert.match(await menu.innerText(), /Open chapter 03-softmax/);
    await screenshot(page, 'pitfall-double-softmax');
    // The preferred fix is the first, focused row; Enter applies it, as a person would.
    await waitForText(page.locator('.action-widget .monaco-list-row.focused').first(), /Pass the logits/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + 15000;
    let saved = '';
    while (Date.now() < deadline) {
      saved = readFileSync(join(wb.workspace, FILE), 'utf8');
      if (saved.includes('F.cross_entropy(logits, y)')) break;
      await page.waitForTimeout(200);
    }
    assert.match(saved, /loss = F\.cross_entropy\(logits, y\)/);
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: 20000 });
    await screenshot(page, 'pitfall-fixed');
  });
});
