// What a learner sees when hovering `tanh` in a cell: a card with the formula rendered as
// an image (actually decoded by the browser, not just present in the markup), and the
// zero-centring and saturation sections. Saves test-artifacts/hover-tanh.png.
import * as assert from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import { hoverWord, openNotebook, openWorkbench, screenshot, SEL } from './lib/workbench.mjs';

const FILE = 'hover-ui.actlab.md';

describe('hover card in the workbench', function () {
  let wb;

  before(async function () {
    wb = await openWorkbench();
    writeFileSync(join(wb.workspace, FILE), '# Hover\n\n```actlab\ny = tanh(0.5)\n```\n\n```actlab\nsigmoid(2)\n```\n');
  });

  after(async function () {
    await wb?.close();
  });

  it('hovering tanh shows the rendered formula, zero-centring and saturation', async function () {
    await openNotebook(wb.page, FILE);
    await hoverWord(wb.page, 'tanh', { cellIndex: 0, timeout: 20000 });
    // The first hover loads the language service; the widget can show before its content.
    const card = wb.page.locator(SEL.hover, { hasText: 'Zero-centred' }).first();
    await card.waitFor({ timeout: 20000 });
    const text = await card.innerText();
    assert.match(text, /Tanh/);
    assert.match(text, /Zero-centred/);
    assert.match(text, /Saturation/);
    assert.match(text, /x > 2\.993/, 'the computed saturation threshold');
    const images = await wb.page.locator(`${SEL.hover} img`).evaluateAll((imgs) =>
      imgs.map((img) => ({ src: img.getAttribute('src')?.slice(0, 26), alt: img.getAttribute('alt'), w: img.naturalWidth, h: img.naturalHeight })),
    );
    assert.ok(images.length >= 3, `images in the card: ${JSON.stringify(images)}`);
    for (const img of images) {
      assert.strictEqual(img.src, 'data:image/svg+xml;base64,');
      assert.ok(img.w > 0 && img.h > 0, `image not decoded: ${JSON.stringify(img)}`);
      assert.ok(img.alt && img.alt.length > 0);
    }
    await screenshot(wb.page, 'hover-tanh');
    // Scroll the card down to its plot and the sections below, for a second look.
    const box = await wb.page.locator(SEL.hover).first().boundingBox();
    await wb.page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await wb.page.mouse.wheel(0, 400);
    await wb.page.waitForTimeout(300);
    await screenshot(wb.page, 'hover-tanh-plot');
  });

  it("the card's exercise link opens the chapter notebook", async function () {
    await wb.page.keyboard.press('Escape');
    await hoverWord(wb.page, 'sigmoid', { cellIndex: 1, timeout: 20000 });
    const link = wb.page.locator(`${SEL.hover} a`, { hasText: 'open chapter 02-sigmoid' });
    await link.scrollIntoViewIfNeeded({ timeout: 10000 });
    await link.click();
    const tab = wb.page.locator('.tabs-container .tab', { hasText: '02-sigmoid.actlab.md' });
    await tab.waitFor({ timeout: 20000 });
    await wb.page.locator(SEL.codeCell).first().waitFor({ timeout: 20000 });
    await screenshot(wb.page, 'hover-chapter-link');
  });
});
