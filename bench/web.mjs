#!/usr/bin/env node
/* global console, process, performance, setTimeout */
// Time to the first cell output, in the browser's web worker extension host next to the
// desktop (Node) extension host — the same code-server 1.100.3, the same headless Chromium,
// the same notebook. Each round opens a fresh workbench window (so a fresh extension host
// and no engine yet), opens a one-cell notebook, and times from the click on "Run All" until
// the output `0.5` is on screen: starting the engine (a child process on desktop, a Web
// Worker loading dist/web/engine.js in the browser) is part of that time. The notebook's
// second cell then runs on the warm engine; the time from the first output to the second
// on screen is the "next cell" figure. Medians over the rounds.
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
import { openNotebook, outputFrame, SEL, waitForExtension } from '../test/ui/lib/workbench.mjs';

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

/**
 * Clicks the palette row of `label` and returns the time of the click (the palette's own
 * typing is not part of any figure). Retries while the workbench is still moving focus.
 */
async function clickCommand(page, label) {
  const input = page.locator(SEL.quickInput);
  const row = page.locator(SEL.quickRow).filter({ hasText: label }).first();
  for (let i = 0; ; i++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 2000 });
      await input.fill(`>${label}`);
      await row.waitFor({ timeout: 3000 });
      break;
    } catch (err) {
      if (i > 10) throw err;
      await page.keyboard.press('Escape');
      await sleep(500);
    }
  }
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

/** One round: a fresh window on a fresh workspace; returns { cold, next } in ms. */
async function round(server, browser) {
  const workspace = mkdtempSync(join(tmpdir(), 'actlab-bench-web-'));
  try {
    writeFileSync(join(workspace, 'first.actlab.md'), '# First output\n\n```actlab\nsigmoid(0)\n```\n\n```actlab\nrelu(-3)\n```\n');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: root }));
    await page.locator(SEL.workbench).waitFor({ timeout: 60000 });
    await waitForExtension(page, { timeout: 60000 });
    await openNotebook(page, 'first.actlab.md', { timeout: 60000 });
    await page.locator(SEL.kernel).filter({ hasText: 'Activation Lab' }).first().waitFor({ timeout: 30000 });
    const t0 = await clickCommand(page, 'Notebook: Run All');
    const first = await outputShown(page, '0.5');
    const second = await outputShown(page, '0');
    await context.close();
    return { cold: first - t0, next: second - first };
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

const rows = [['host', 'first cell output (cold engine)', 'next cell (warm engine)', 'rounds']];
for (const [host, samples] of Object.entries(results)) {
  rows.push([host, `${median(samples.map((s) => s.cold)).toFixed(0)} ms`, `${median(samples.map((s) => s.next)).toFixed(0)} ms`, String(samples.length)]);
}
const kb = (rel) => (existsSync(join(root, rel)) ? `${(statSync(join(root, rel)).size / 1024).toFixed(1)} KB` : 'not built');
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}  ${r[3].padStart(w[3])}`;
console.log(line(rows[0]));
console.log(line(rows[0].map((_, i) => '-'.repeat(w[i]))));
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nmedians; from the click on Run All to "0.5" on screen. Loaded: dist/web/engine.js ${kb('dist/web/engine.js')}, dist/engine.js ${kb('dist/engine.js')}.`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
