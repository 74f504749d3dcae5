// What the host and web suite runners share: their options, loading a mocha suite into
// code-server's workbench in headless Chromium (`extensionTestsPath`), forwarding the
// suite's console lines, waiting for the extension host to exit, and the report that ends
// with `NAME: N passed, N failed`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumOptions } from './codeserver.mjs';

/** `[--grep PATTERN] [--timeout SECONDS] [--keep] [--verbose]`. */
export function parseSuiteArgs(argv) {
  const opts = { grep: undefined, timeout: 300, keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep') opts.grep = argv[++i];
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

/**
 * The extension host's console reaches the page as `console.log('%c INFO', 'color: …', format, ...args)`
 * (and similar for other levels), the web worker host's with an `[Extension Host] ` prefix;
 * undo that wrapping so mocha's spec lines print as mocha wrote them.
 */
function hostLine(values) {
  const v = [...values];
  if (typeof v[0] === 'string' && v[0].startsWith('%c')) {
    const styles = (v[0].match(/%c/g) ?? []).length;
    v.splice(0, 1 + styles);
  }
  return format(...v).replace(/^\[Extension Host\] /, '');
}

/**
 * Opens `folder` in the workbench with the extension under development and the suite at
 * `extensionTestsPath`, and waits for the extension host to exit (or for `opts.timeout`).
 * Console lines are forwarded from the suite's first line (`startLine`) on: the workbench's
 * start-up chatter and its failed marketplace calls come before it.
 */
export async function runSuiteInWorkbench({ server, opts, folder, extensionDevelopmentPath, extensionTestsPath, startLine, work }) {
  const browser = await chromium.launch(chromiumOptions());
  let exitCode;
  let timedOut = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exited = new Promise((resolve) => {
      // VS Code's web workbench calls this with the extension host's exit code once the
      // test entry's run() settles: 0 resolved, 1 rejected.
      page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    let forwarding = opts.verbose;
    const gallery = `127.0.0.1:${server.galleryPort}`;
    // The workbench's own warnings about webviews it creates for outputs: not the suite's.
    const noise = [gallery, 'can escape its sandboxing', 'Found unexpected service worker controller'];
    page.on('console', async (msg) => {
      let line;
      try {
        const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
        line = hostLine(values.length > 0 ? values : [msg.text()]);
      } catch {
        line = msg.text(); // the page navigated away mid-read
      }
      if (line.startsWith(startLine)) forwarding = true;
      if (!opts.verbose && (!forwarding || line.trim() === '' || noise.some((n) => line.includes(n)))) return;
      process.stdout.write(`  | ${line.replace(/\n/g, '\n  | ')}\n`);
    });
    page.on('pageerror', (err) => process.stdout.write(`  [page error] ${err.message}\n`));
    await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath }));
    const timer = new Promise((resolve) =>
      setTimeout(() => {
        timedOut = true;
        resolve(-1);
      }, opts.timeout * 1000),
    );
    exitCode = await Promise.race([exited, timer]);
    if (timedOut) await page.screenshot({ path: join(work, 'timeout.png') }).catch(() => undefined);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  return { exitCode, timedOut };
}

/**
 * Prints the failures and the totals the suite wrote to `resultFile` (a run that timed out
 * or wrote nothing counts as a failure), cleans up `work` unless kept, and returns the exit
 * code: 0 only when every test passed.
 */
export function reportSuite({ name, opts, work, server, started, resultFile, exitCode, timedOut }) {
  let result = { passed: 0, failed: 0, failures: [] };
  if (existsSync(resultFile)) result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const problems = [];
  if (timedOut) problems.push(`the run did not finish within ${opts.timeout} s`);
  else if (!existsSync(resultFile)) problems.push(`the suite wrote no result (extension host exit code ${exitCode})`);
  else if (exitCode !== 0 && result.failed === 0) problems.push(`extension host exit code ${exitCode}`);

  for (const f of result.failures ?? []) console.log(`\n  FAILED ${f.title}\n    ${f.stack ?? f.message}`);
  for (const p of problems) console.log(`\n  ERROR ${p}`);
  if (opts.keep) console.log(`\n  kept: ${work} and ${server.base}`);
  else rmSync(work, { recursive: true, force: true });
  const failed = result.failed + problems.length;
  console.log(`\n${name} run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${name}: ${result.passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
