// Renders the extension's icon, media/icon.svg, to media/icon.png (256×256): the Visual
// Studio Marketplace and Open VSX take PNG icons only. Both files are committed; run this
// after editing the SVG. It draws with the Chromium the UI tests use (playwright-core, no
// download), so the PNG is exactly what a browser paints.
//
// Usage: node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, chromiumOptions } from './e2e/codeserver.mjs';

const SIZE = 256;
const svg = readFileSync(join(ROOT, 'media/icon.svg'), 'utf8');
const browser = await chromium.launch(chromiumOptions());
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = join(ROOT, 'media/icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out} (${SIZE}×${SIZE})`);
} finally {
  await browser.close();
}
