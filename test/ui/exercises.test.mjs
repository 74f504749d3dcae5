// Exercises as a learner meets them: the walkthrough's first step opens chapter 01, the
// learner runs the chapter, types answers into the exercise cells and runs them, and sees
// ✓ in the verdict, in the status bar and — once the chapter is complete — on the
// walkthrough step. In chapter 04 the grader accepts an answer in another form than the
// hints' and a value typed as the kit displays it, and names a forbidden built-in.
// Screenshots go to test-artifacts/exercises-*.png.
import * as assert from 'node:assert';
import { after, before, describe, it } from 'mocha';
import { openWorkbench, outputFrame, revealCell, runAll, runCommand, screenshot, SEL } from './lib/workbench.mjs';

const WALKTHROUGH = 'Learn activation functions with Activation Lab';
const STEP = '01 · Why a network needs non-linear activations';
/** The chapter's exercise cells as shipped, and the answers typed into them. */
const ANSWERS = [
  { placeholder: 'W = [[0, 0], [0, 0]]', answer: 'W = W2 * W1' },
  { placeholder: 'c = [0, 0]', answer: 'c = W2 * b1 + b2' },
  { placeholder: 'AB = [0, 0]', answer: 'AB = [a3 * a2 * a1, a3 * a2 * c1 + a3 * c2 + c3]' },
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every rendered output's text, read through the renderers' shadow roots. */
function outputTexts(page) {
  return outputFrame(page)
    .locator('.output')
    .evaluateAll((els) => {
      const text = (node) => {
        if (node.nodeType === 3) return node.textContent;
        if (node.nodeType !== 1 || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return '';
        return [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(text).join('');
      };
      return els.map(text);
    })
    .catch(() => []);
}

async function waitForOutput(page, pattern, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await outputTexts(page);
    const hit = texts.find((t) => pattern.test(t));
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no output matching ${pattern} within ${timeout} ms; outputs:\n${texts.join('\n---\n')}`);
    await sleep(300);
  }
}

/** Types the answer over the exercise cell's placeholder and runs that cell, as a learner would. */
async function answerCell(page, { placeholder, answer }) {
  const row = await revealCell(page, placeholder);
  await row.locator('.view-lines').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(answer);
  await sleep(300);
  await screenshot(page, `exercises-typed-${answer.split(' ')[0]}`);
  await runCommand(page, 'Notebook: Execute Cell');
}

async function openWalkthrough(page) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const row = page.locator(SEL.quickRow).filter({ hasText: WALKTHROUGH }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
  const step = page.locator('.getting-started-step', { hasText: STEP }).first();
  await step.waitFor({ timeout: 15000 });
  return step;
}

describe('exercises in the workbench', function () {
  let wb;

  before(async function () {
    wb = await openWorkbench();
  });

  after(async function () {
    // Leave the chapter unsaved: it was opened from the extension's own folder.
    await wb?.close();
  });

  it('opens chapter 01 from the walkthrough', async function () {
    const step = await openWalkthrough(wb.page);
    await step.click();
    await screenshot(wb.page, 'exercises-walkthrough');
    const button = wb.page.locator('.getting-started-step.expanded a, .getting-started-step.expanded button', { hasText: 'Open chapter 01' }).first();
    await button.waitFor({ timeout: 10000 });
    await button.click();
    await wb.page.locator(SEL.codeCell).first().waitFor({ timeout: 20000 });
    await wb.page.locator(SEL.kernel).filter({ hasText: 'Activation Lab' }).first().waitFor({ timeout: 15000 });
    const tab = await wb.page.locator('.tab.active').first().innerText();
    assert.match(tab, /01-why-nonlinear\.actlab\.md/);
  });

  it('grades the shipped placeholders ✗ when the chapter runs', async function () {
    await runAll(wb.page, { codeCells: 11, timeout: 90000 });
    const texts = await outputTexts(wb.page);
    assert.ok(texts.filter((t) => /✗ Not yet/.test(t)).length >= 3, `expected three ✗ verdicts; outputs:\n${texts.join('\n---\n')}`);
  });

  it('shows ✓ after the learner types a correct answer and runs the cell', async function () {
    await answerCell(wb.page, ANSWERS[0]);
    const verdict = await waitForOutput(wb.page, /✓ Correct — Two linear layers are one matrix/);
    assert.match(verdict, /Your answer matches/);
    await sleep(500);
    await screenshot(wb.page, 'exercises-solved');
    const status = await wb.page.locator('.statusbar-item', { hasText: 'Exercises' }).first().innerText();
    assert.match(status, /Exercises [1-9]\d*\/\d+ ✓/);
  });

  it('completes the walkthrough step once every exercise of the chapter is solved', async function () {
    for (const a of ANSWERS.slice(1)) await answerCell(wb.page, a);
    await waitForOutput(wb.page, /✓ Correct — The biases collapse too/);
    await waitForOutput(wb.page, /✓ Correct — Three layers, one line/);
    const step = await openWalkthrough(wb.page);
    // A completed step shows a filled check mark in place of its empty circle.
    const done = step.locator('.codicon-pass-filled, .complete');
    const deadline = Date.now() + 15000;
    while ((await done.count()) === 0 && Date.now() < deadline) await sleep(300);
    await screenshot(wb.page, 'exercises-walkthrough-done');
    assert.ok((await done.count()) > 0, `step 01 is not marked complete: ${await step.innerHTML()}`);
    const status = await wb.page.locator('.statusbar-item', { hasText: 'Exercises' }).first().innerText();
    assert.match(status, /Exercises 3\/\d+ ✓/);
  });

  it('lists the solved exercises with ✓ in the Exercises view', async function () {
    await wb.page.locator('.statusbar-item', { hasText: 'Exercises' }).first().click();
    const chapter = wb.page.locator('.monaco-list-row', { hasText: '01 · Why a network' }).first();
    await chapter.waitFor({ timeout: 15000 });
    assert.match(await chapter.innerText(), /3\/3 solved/);
    if ((await chapter.getAttribute('aria-expanded')) !== 'true') await chapter.locator('.monaco-tl-twistie').click();
    const solved = wb.page.locator('.monaco-list-row', { hasText: 'Two linear layers are one matrix' }).first();
    await solved.waitFor({ timeout: 10000 });
    assert.match(await solved.innerText(), /✓/);
    await screenshot(wb.page, 'exercises-tree');
  });
});

// A workbench of its own, so chapter 04 is the only notebook on screen and its outputs are
// the only ones to read.
describe('the grader in the workbench', function () {
  let wb;

  before(async function () {
    wb = await openWorkbench();
  });

  after(async function () {
    await wb?.close();
  });

  it('accepts another correct form and a value typed as displayed, and names a forbidden built-in', async function () {
    const { page } = wb;
    await runCommand(page, 'Activation Lab: Open Chapter');
    const row = page.locator(SEL.quickRow).filter({ hasText: '04 ·' }).first();
    await row.waitFor({ timeout: 15000 });
    await row.click();
    await page.locator('.notebook-editor:visible .code-cell-row').filter({ hasText: 'sigmoid([4, 4, 4])' }).first().waitFor({ timeout: 30000 });
    await screenshot(page, 'exercises-chapter-04');
    // sigmoid(3) + sigmoid(1) + sigmoid(-2) shows as 1.80284: typing that is right.
    await answerCell(page, { placeholder: '0', answer: '1.80284' });
    await waitForOutput(page, /✓ Correct — Independent outputs need not sum to one[\s\S]*checked to 6 significant digits/);
    // The hints build p(x) = softmax([x, 0])[1]; this other form is just as right.
    await answerCell(page, { placeholder: 'p(x) = 0', answer: 'p(x) = softmax([0, -x])[1]' });
    await waitForOutput(page, /✓ Correct — Sigmoid is a two-class softmax[\s\S]*matches the reference at all \d+ test points/);
    await answerCell(page, { placeholder: 'q(x) = 0', answer: 'q(x) = softmax([x, 2])[1]' });
    await waitForOutput(page, /✗ Not yet — Only the difference of the logits counts[\s\S]*not to use `?softmax`?, but your answer does/);
    await sleep(500);
    await screenshot(page, 'exercises-equivalent-forms');
  });
});
