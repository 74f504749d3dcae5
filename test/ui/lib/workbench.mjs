// Playwright helpers for driving Activation Lab in code-server's workbench (VS Code 1.100).
// The selectors below are the ones that proved stable on 1.100; each helper waits for what
// a person would wait for, with a timeout, rather than sleeping a fixed time.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../../../scripts/e2e/codeserver.mjs';
import { ROOT, sharedServer } from './server.mjs';

export const SEL = {
  workbench: '.monaco-workbench',
  quickInput: '.quick-input-widget .quick-input-box input',
  quickRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  codeCell: '.notebook-editor .cell-list-container .code-cell-row',
  executionCount: '.execution-count-label',
  kernel: '.kernel-label',
  hover: '.monaco-hover:not(.hidden)',
};

export const ARTIFACTS = join(ROOT, 'test-artifacts');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens a workbench window on the shared workspace with the extension loaded from source —
 * in the browser's web worker extension host when `web` is true, else in the Node host.
 * Returns `{ browser, page, workspace, close }`; call `close()` in an `after` hook.
 */
export async function openWorkbench({ viewport = { width: 1400, height: 900 }, locale, web = false } = {}) {
  const { server, workspace } = await sharedServer({ web });
  const browser = await chromium.launch(chromiumOptions());
  const context = await browser.newContext({ viewport, ...(locale ? { locale } : {}) });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err));
  await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: ROOT }));
  await page.locator(SEL.workbench).waitFor({ timeout: 30000 });
  await waitForExtension(page);
  return { browser, page, workspace, pageErrors, close: () => browser.close() };
}

/**
 * Waits until the extension's contributions are registered, by polling the command palette
 * for its commands. Opening a notebook before that opens it as plain Markdown.
 */
export async function waitForExtension(page, { category = 'Activation Lab', timeout = 30000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await paletteRows(page, `>${category}`).catch(() => []);
    await page.keyboard.press('Escape');
    if (rows.some((r) => r.includes(category))) return;
    if (Date.now() > deadline) throw new Error(`no "${category}" command in the palette after ${timeout} ms`);
    await sleep(500);
  }
}

/**
 * Opens the command palette (F1), types `text` and returns the rows it lists. F1 can be
 * swallowed while the workbench is still moving focus around at start-up, so it retries.
 */
async function openPalette(page, { timeout = 10000 } = {}) {
  const input = page.locator(SEL.quickInput);
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 2000 });
      return input;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await page.keyboard.press('Escape');
      await page.locator('.monaco-workbench .part.statusbar').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
    }
  }
}

async function paletteRows(page, text) {
  const input = await openPalette(page);
  await input.fill(text);
  await sleep(300);
  return page.locator(SEL.quickRow).allInnerTexts();
}

/** Runs a command by its palette label (e.g. "Notebook: Run All"), choosing the exact row. */
export async function runCommand(page, label, { timeout = 10000 } = {}) {
  const input = await openPalette(page, { timeout });
  await input.fill(`>${label}`);
  const row = page.locator(SEL.quickRow).filter({ hasText: label }).first();
  await row.waitFor({ timeout });
  await row.click();
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a person would. */
export async function openFile(page, relativePath, { timeout = 15000 } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator(SEL.quickInput);
  await input.waitFor({ timeout });
  await input.fill(relativePath);
  const name = relativePath.split('/').pop();
  await page.locator(SEL.quickRow).filter({ hasText: name }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/** Opens a notebook and waits until its code cells are on screen. */
export async function openNotebook(page, relativePath, { timeout = 20000 } = {}) {
  await openFile(page, relativePath);
  await page.locator(SEL.codeCell).first().waitFor({ timeout });
}

/**
 * Notebook cells are a virtual list: only the rows near the viewport exist in the DOM. This
 * scrolls the notebook from top to bottom with the mouse wheel, as a person would, and
 * collects what it saw: each code cell's execution count (by list index) and the text of
 * every rendered output. Outputs live in a webview two frames deep, in creation order.
 * It ends scrolled back to the top.
 */
/** Where the notebook's list is scrolled to, and which code cells are in the DOM now. */
function notebookState(page) {
  return page.evaluate((sel) => {
    const rows = document.querySelector('.notebook-editor .cell-list-container .monaco-list-rows');
    return {
      top: rows?.style.top ?? '',
      cells: [...document.querySelectorAll(sel)].map((r) => ({
        index: Number(r.getAttribute('data-index')),
        count: r.querySelector('.execution-count-label')?.textContent?.trim() ?? '',
      })),
    };
  }, SEL.codeCell);
}

/**
 * Turns the mouse wheel once over the notebook and waits until the list has moved; the
 * list's offset (`top` of its rows) tells whether it still moved. Returns the new state.
 */
async function wheelNotebook(page, deltaY, before) {
  const list = page.locator('.notebook-editor .cell-list-container').first();
  const box = await list.boundingBox();
  if (!box) throw new Error('no notebook editor is open');
  // Over the left gutter: outputs are an iframe that would take the wheel events itself.
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  await page.mouse.wheel(0, deltaY);
  for (let i = 0; i < 5; i++) {
    await sleep(40);
    const now = await notebookState(page);
    if (now.top !== before.top) return now;
  }
  return notebookState(page);
}

/** Scrolls the open notebook to its first cell. */
export async function scrollNotebookToTop(page, { wheel = 10000, maxSteps = 300 } = {}) {
  let now = await notebookState(page);
  for (let i = 0; i < maxSteps; i++) {
    const next = await wheelNotebook(page, -wheel, now);
    if (next.top === now.top) return next;
    now = next;
  }
  return now;
}

/**
 * Scrolls the notebook until the code cell whose source contains `text` sits near the top
 * of the editor, so its outputs below it are on screen. Returns the cell row's locator.
 */
export async function revealCell(page, text, { wheel = 800, maxSteps = 400 } = {}) {
  const listBox = await page.locator('.notebook-editor .cell-list-container').first().boundingBox();
  if (!listBox) throw new Error('no notebook editor is open');
  let now = await scrollNotebookToTop(page);
  const row = page.locator(SEL.codeCell).filter({ has: page.locator('.view-lines', { hasText: text }) }).first();
  for (let i = 0; i < maxSteps; i++) {
    const box = (await row.count()) > 0 ? await row.boundingBox() : null;
    if (box && box.y <= listBox.y + 40) return row;
    const next = await wheelNotebook(page, wheel, now);
    if (next.top === now.top) {
      if (box) return row; // the end of the notebook: it cannot come any higher
      break;
    }
    now = next;
  }
  throw new Error(`no code cell contains "${text}"`);
}

export async function scanNotebook(page, { wheel = 2400, maxSteps = 300 } = {}) {
  let now = await scrollNotebookToTop(page);
  const cells = new Map();
  // The webview fills an output in only once its cell has been on screen, so read the
  // outputs at every stop too, keeping each one's text once it has some.
  const outputs = new Map();
  const collect = async (seen) => {
    for (const c of seen.cells) if (!Number.isNaN(c.index)) cells.set(c.index, c.count);
    const texts = await outputFrame(page)
      .locator('.output')
      .evaluateAll((els) => {
        // Renderers may draw into a shadow root (the Markdown renderer does); read through it.
        const text = (node) => {
          if (node.nodeType === 3) return node.textContent;
          if (node.nodeType !== 1 || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return '';
          const kids = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes];
          return kids.map(text).join('');
        };
        return els.map(text);
      })
      .catch(() => []); // the webview is not there before the first output
    texts.forEach((t, i) => {
      if (t.trim() !== '' || !outputs.has(i)) outputs.set(i, t);
    });
  };
  for (let i = 0; i < maxSteps; i++) {
    await collect(now);
    const next = await wheelNotebook(page, wheel, now);
    if (next.top === now.top) {
      await collect(next);
      break;
    }
    now = next;
  }
  // Leave the notebook at its top, where a freshly opened one starts, so callers that look
  // at the first cells next (or at a short notebook's only cell) find them on screen.
  await scrollNotebookToTop(page);
  return { cells, outputs: [...outputs.keys()].sort((a, b) => a - b).map((i) => outputs.get(i)) };
}

/** The notebook's output frame (outputs live in a webview two frames deep). */
export function outputFrame(page) {
  return page.frameLocator('iframe.webview').frameLocator('#active-frame');
}

/**
 * Runs every cell (the "Run All" toolbar command) and waits until `codeCells` cells show an
 * execution count. Returns the final scan (see `scanNotebook`).
 */
export async function runAll(page, { codeCells, timeout = 60000 } = {}) {
  await runCommand(page, 'Notebook: Run All');
  const deadline = Date.now() + timeout;
  for (;;) {
    await sleep(500);
    const scan = await scanNotebook(page);
    const done = [...scan.cells.values()].filter((c) => /\d/.test(c)).length;
    if (done >= codeCells) return scan;
    if (Date.now() > deadline) {
      throw new Error(`Run All: ${done} of ${codeCells} code cells ran within ${timeout} ms`);
    }
  }
}

/**
 * Hovers the first occurrence of `word` in a code cell's editor and returns the hover
 * card's text. The word is located with a DOM Range, and the mouse moves there in two
 * steps (editors show hovers on movement, not on a jump).
 */
export async function hoverWord(page, word, { cellIndex, timeout = 10000 } = {}) {
  const box = await page.evaluate(
    ({ word, cellIndex, cellSel }) => {
      const cells = [...document.querySelectorAll(cellSel)];
      const pool = cellIndex === undefined ? cells : [cells[cellIndex]].filter(Boolean);
      for (const cell of pool) {
        for (const line of cell.querySelectorAll('.view-line')) {
          const walker = document.createTreeWalker(line, window.NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.replace(/\u00a0/g, ' ');
            const re = new RegExp(`(^|[^A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
            const m = re.exec(text);
            if (!m) continue;
            const start = m.index + m[1].length;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
        }
      }
      return null;
    },
    { word, cellIndex, cellSel: SEL.codeCell },
  );
  if (!box) throw new Error(`"${word}" is not visible in any code cell`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 12, y + 30);
  await page.mouse.move(x, y, { steps: 5 });
  const hover = page.locator(SEL.hover).first();
  await hover.waitFor({ timeout });
  return hover.innerText();
}

/** Saves a screenshot under `test-artifacts/` and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until `locator`'s text matches `pattern` and returns that text. For anything the
 * page updates in response to input (a readout under the mouse, a status line): reading it
 * straight after the input races the page on a busy machine.
 */
export async function waitForText(locator, pattern, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await locator.innerText().catch(() => '');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`text never matched ${pattern} within ${timeout} ms; last: ${text}`);
    await sleep(100);
  }
}
