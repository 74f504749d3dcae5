// Runs the web-host test suite (`out/test/web/index.js`, built from test/web/) inside a
// real VS Code web worker extension host: code-server 1.100.3 in headless Chromium, with
// the extension loaded from this folder (`extensionDevelopmentPath`) and forced into the
// browser's web worker host by the user setting `remote.extensionKind` (the workbench
// otherwise prefers the Node host for an extension with a `main`; see README, "In the
// browser"). The suite's first test fails unless it really runs in a web worker. It builds
// nothing: run `npm run build` first.
//
// Usage:
//   node scripts/e2e/run-web-tests.mjs [--grep PATTERN] [--timeout SECONDS] [--keep] [--verbose]
//     --grep     run only tests whose full title matches PATTERN (mocha's grep)
//     --verbose  forward the whole browser console, not only what follows the suite's start
//     --timeout  hard limit for the whole run, default 300 s
//     --keep     keep the temp workspace and code-server folder (their paths are printed)
// A worker has no environment variables and no file system, so the suite reads its grep
// from, and writes its totals to, files in the workspace folder (see test/web/index.ts).
// Exit code 0 only when every test passed; the last line is `web: N passed, N failed`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT, WEB_HOST_SETTINGS, chromiumOptions, startCodeServer } from './codeserver.mjs';

function parseArgs(argv) {
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
 * (and similar for other levels); undo that wrapping so mocha's spec lines print as mocha wrote them.
 */
function hostLine(values) {
  const v = [...values];
  if (typeof v[0] === 'string' && v[0].startsWith('%c')) {
    const styles = (v[0].match(/%c/g) ?? []).length;
    v.splice(0, 1 + styles);
  }
  return format(...v).replace(/^\[Extension Host\] /, '');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const entry = join(ROOT, 'out/test/web/index.js');
  for (const need of [entry, join(ROOT, 'dist/web/extension.js'), join(ROOT, 'dist/web/engine.js')]) {
    if (!existsSync(need)) {
      console.error(`missing ${need} — run \`npm run build\` first`);
      console.log('web: 0 passed, 1 failed');
      return 1;
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'actlab-web-'));
  const workspace = join(work, 'workspace');
  const resultFile = join(workspace, '.actlab-web-test-result.json');
  mkdirSync(workspace, { recursive: true });
  if (existsSync(join(ROOT, 'notebooks'))) cpSync(join(ROOT, 'notebooks'), join(workspace, 'notebooks'), { recursive: true });
  if (opts.grep) writeFileSync(join(workspace, '.actlab-web-test.json'), JSON.stringify({ grep: opts.grep }));

  const started = Date.now();
  const server = await startCodeServer({ keep: opts.keep, settings: WEB_HOST_SETTINGS });
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
      if (line.startsWith('actlab web tests:')) forwarding = true;
      if (!opts.verbose && (!forwarding || line.trim() === '' || noise.some((n) => line.includes(n)))) return;
      process.stdout.write(`  | ${line.replace(/\n/g, '\n  | ')}\n`);
    });
    page.on('pageerror', (err) => process.stdout.write(`  [page error] ${err.message}\n`));
    await page.goto(
      server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: ROOT, extensionTestsPath: join(ROOT, 'out/test/web/index') }),
    );
    const timer = new Promise((resolve) => setTimeout(() => { timedOut = true; resolve(-1); }, opts.timeout * 1000));
    exitCode = await Promise.race([exited, timer]);
    if (timedOut) await page.screenshot({ path: join(work, 'timeout.png') }).catch(() => undefined);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }

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
  console.log(`\nweb run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`web: ${result.passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    console.log('web: 0 passed, 1 failed');
    process.exit(1);
  },
);
