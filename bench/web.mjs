#!/usr/bin/env node
/* global console, process, performance, setTimeout */
// Time to the first cell output, in the browser's web worker extension host next to the
// desktop (Node) extension host — the same code-server 1.100.3, the same headless Chromium,
// the same notebook. Each round opens a fresh workbench window (so a fresh extension host
// and no engine yet), opens a one-cell notebook, and times from the click on "Run All" until
// the output `0.5` is on screen: starting the engine (a child process on desktop, a Web
// Worker loading dist/web/engine.js in the browser) is part of that time. A second cell then
// times a run on the warm engine. Medians over the rounds.
//
// Builds nothing: run `npm run build` (or `npm run package`) first. Needs code-server
// (scripts/e2e/install-code-server.sh) and Debian's chromium.
// Usage: node bench/web.mjs [--quick]
import { mkdtempSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { WEB_HOST_SETTINGS, chromiumOptions, startCodeServer } from '../scripts/e2e/codeserver.mjs';
import { outputFrame, SEL, waitForExtension } from '../test/ui/lib/workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 3;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const need of ['dist/extension.js', 'dist/web/extension.js', 'dist/web/engine.js']) {
  if (!existsSync(join(root, need))) {
    console.error(`${need} is missing — run \`npm run build\` first`);
    process.exit(1);
  }
}

/** Clicks the palette row of `label` and returns the time of the click. */
async function clickCommand(page, label) {
  const input = page.locator(SEL.quickInput);
  for (let i = 0; ; i++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 2000 });
      break;
    } catch (err) {
      if (i > 5) throw err;
      await page.keyboard.press('Escape');
    }
  }
  await input.fill(`>${label}`);
  const row = page.locator(SEL.quickRow).filter({ hasText: label }).first();
  await row.waitFor({ timeout: 10000 });
  const t = performance.now();
  await row.click();
  return t;
}

/** Polls the output webview until one output's text is `text`; returns when it saw it. */
async function outputShown(page, text, timeoutMs = 60000) {
  const outputs = outputFrame(page).locator('.output');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await outputs.allInnerTexts().catch(() => []);
    if (texts.some((t) => t.trim() === text)) return performance.now();
    if (Date.now() > deadline) throw new Error(`no output "${text}" within ${timeoutMs} ms (saw ${JSON.stringify(texts)})`);
    await sleep(25);
  }
}

/** One round: a fresh window on a fresh workspace; returns { cold, warm } in ms. */
async function round(server, browser) {
  const workspace = mkdtempSync(join(tmpdir(), 'actlab-bench-web-'));
  try {
    writeFileSync(join(workspace, 'first.actlab.md'), '# First output\n\n```actlab\nsigmoid(0)\n```\n');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: root }));
    await page.locator(SEL.workbench).waitFor({ timeout: 60000 });
    await waitForExtension(page, { timeout: 60000 });
    await page.keyboard.press('Control+P');
    await page.locator(SEL.quickInput).fill('first.actlab.md');
    await page.locator(SEL.quickRow).filter({ hasText: 'first.actlab.md' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.locator(SEL.kernel).filter({ hasText: 'Activation Lab' }).first().waitFor({ timeout: 30000 });
    const t0 = await clickCommand(page, 'Notebook: Run All');
    const cold = (await outputShown(page, '0.5')) - t0;
    // The warm run replaces the same output; wait for a value the first run did not show.
    await page.locator(`${SEL.codeCell} .view-lines`).first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('tanh(0)');
    await page.keyboard.press('Escape');
    const t1 = await clickCommand(page, 'Notebook: Run All');
    const warm = (await outputShown(page, '0')) - t1;
    await context.close();
    return { cold, warm };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
const browser = await chromium.launch(chromiumOptions());
try {
  for (const [host, settings] of [['desktop (Node extension host, child-process engine)', {}], ['web (web worker extension host, Web Worker engine)', WEB_HOST_SETTINGS]]) {
    const server = await startCodeServer({ settings });
    try {
      const samples = [];
      for (let i = 0; i < ROUNDS; i++) samples.push(await round(server, browser));
      results[host] = samples;
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}

const rows = [['host', 'first cell output (cold engine)', 'warm run', 'rounds']];
for (const [host, samples] of Object.entries(results)) {
  rows.push([host, `${median(samples.map((s) => s.cold)).toFixed(0)} ms`, `${median(samples.map((s) => s.warm)).toFixed(0)} ms`, String(samples.length)]);
}
const kb = (rel) => (existsSync(join(root, rel)) ? `${(statSync(join(root, rel)).size / 1024).toFixed(1)} KB` : 'not built');
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}  ${r[3].padStart(w[3])}`;
console.log(line(rows[0]));
console.log(line(rows[0].map((_, i) => '-'.repeat(w[i]))));
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nmedians; from the click on Run All to "0.5" on screen. Loaded: dist/web/engine.js ${kb('dist/web/engine.js')}, dist/engine.js ${kb('dist/engine.js')}.`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
