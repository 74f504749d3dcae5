#!/usr/bin/env node
/* global console, process */
// Peak memory of the `actlab run` process (the runner, not its engine) on notebooks whose
// every cell shows a 1000×1000 matrix of random numbers (about 19 MB of JSON each), in text
// mode and with --json, for 12 cells and for 30. The peak is the runner's own high-water mark
// of resident memory (VmHWM in /proc/self/status; getrusage's maxRSS would include the
// bench's own size, which Linux carries across exec), recorded by a module preloaded into it as it exits;
// its stdout is read and thrown away as it arrives, as a pipe to another program would.
// Needs `npm run build` (runs dist/cli.js). `--quick` measures 12 cells only.
// Targets (12 cells): text < 250 MB, --json < 450 MB; and no growth with the number of cells.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error(`missing ${cli}: run npm run build first`);
  process.exit(1);
}
const quick = process.argv.includes('--quick');
const tmp = mkdtempSync(join(tmpdir(), 'actlab-runner-memory-'));

// Written by the runner itself when it exits: its peak resident memory in KB.
const preload = join(tmp, 'peak.cjs');
writeFileSync(
  preload,
  "process.on('exit', () => { const fs = require('fs'); fs.writeFileSync(process.env.ACTLAB_PEAK_FILE, /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n",
);

function notebook(cells) {
  const file = join(tmp, `matrices-${cells}.actlab.md`);
  const parts = [];
  for (let i = 0; i < cells; i++) parts.push(`Cell ${i + 1}.`, '', '```actlab', 'random([1000, 1000])', '```', '');
  writeFileSync(file, parts.join('\n'));
  return file;
}

/** Runs the CLI; resolves to its peak RSS (MB), the bytes it printed, its exit code and the tail of its output. */
function run(file, json) {
  const peakFile = join(tmp, `peak-${json ? 'json' : 'text'}-${Date.now()}`);
  return new Promise((resolve, reject) => {
    const args = ['--require', preload, cli, 'run', file, '--timeout', '120', ...(json ? ['--json'] : [])];
    const child = spawn(process.execPath, args, { env: { ...process.env, ACTLAB_PEAK_FILE: peakFile }, stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    let head = '';
    let tail = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      if (head.length < 20) head += chunk.toString('latin1', 0, 20);
      tail = (tail + chunk.toString('latin1')).slice(-400);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const peakKb = Number(readFileSync(peakFile, 'utf8'));
      resolve({ peakMb: peakKb / 1024, bytes, code, head, tail });
    });
  });
}

const rows = [];
for (const cells of quick ? [12] : [12, 30]) {
  const file = notebook(cells);
  for (const json of [false, true]) {
    const r = await run(file, json);
    if (r.code !== 0) throw new Error(`actlab run exited ${r.code}: ${r.tail}`);
    if (json) {
      // One document: it opens once, closes once, and holds one entry per cell.
      const ok = r.head.startsWith('{"cells":[') && r.tail.trimEnd().endsWith(']}');
      if (!ok) throw new Error(`--json output is not one {"cells": [...]} document: ${r.head}…${r.tail}`);
    } else if (!r.tail.includes(`${cells} code cell(s), 0 failed`)) {
      throw new Error(`unexpected end of the text output: ${r.tail}`);
    }
    const target = cells === 12 ? (json ? '< 450 MB' : '< 250 MB') : '';
    rows.push([`${cells} cells of 1000×1000, ${json ? '--json' : 'text  '}`, `${r.peakMb.toFixed(0)} MB`, `${(r.bytes / 1e6).toFixed(0)} MB printed`, target]);
  }
}
rmSync(tmp, { recursive: true, force: true });

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'runner peak RSS', 'output'][i].length));
console.log(`${'measure'.padEnd(w[0])}  ${'runner peak RSS'.padStart(w[1])}  ${'output'.padStart(w[2])}  target`);
for (const [a, b, c, d] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padStart(w[2])}  ${d}`);
