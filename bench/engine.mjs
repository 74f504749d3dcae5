#!/usr/bin/env node
/* global console, process, performance */
// Engine round trips: a warm cell through EngineHost (host → child → result), the first cell
// after spawning (cold), and `actlab run` on a generated 1,000-cell notebook.
// Needs `npm run build` (uses dist/engine.js and dist/cli.js). `--quick` runs fewer rounds.
// Targets: cold ≤ 300 ms, 1,000-cell notebook ≤ 2 s.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const enginePath = join(root, 'dist', 'engine.js');
const cliPath = join(root, 'dist', 'cli.js');
for (const p of [enginePath, cliPath]) {
  if (!existsSync(p)) {
    console.error(`missing ${p}: run npm run build first`);
    process.exit(1);
  }
}

// EngineHost is not part of any dist bundle; bundle it on the fly (tens of ms).
const tmp = mkdtempSync(join(tmpdir(), 'actlab-bench-'));
const hostBundle = join(tmp, 'host.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/engine/host.ts')], outfile: hostBundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
const { EngineHost } = createRequire(import.meta.url)(hostBundle);

const OPTS = { precision: 6 };
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;
const rows = [];

// Cold: a fresh engine per round; the time includes forking and loading the bundle.
/** CPU time (user + system) a process has used so far, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

const coldRounds = quick ? 3 : 7;
const cold = [];
const coldCpu = [];
for (let i = 0; i < coldRounds; i++) {
  const host = new EngineHost({ enginePath });
  const t = performance.now();
  const r = await host.run('sigmoid(0.5)', OPTS);
  cold.push(performance.now() - t);
  if (r.error) throw new Error(JSON.stringify(r.error));
  const c = cpuMs(host.pid);
  if (c !== undefined) coldCpu.push(c);
  host.dispose();
}
rows.push(['first cell after spawn (cold), median wall time', ms(percentile(cold, 50)), '≤ 300 ms']);
if (coldCpu.length > 0) rows.push(['  same, CPU time of the engine process (±10 ms)', ms(percentile(coldCpu, 50)), '']);

// Warm: one engine, many small cells.
const host = new EngineHost({ enginePath });
await host.run('x = 0.5', OPTS);
const warmRuns = quick ? 200 : 1000;
const warm = [];
for (let i = 0; i < warmRuns; i++) {
  const t = performance.now();
  const r = await host.run(`sigmoid(x + ${i})`, OPTS);
  warm.push(performance.now() - t);
  if (r.error || r.outputs.length !== 1) throw new Error(`warm cell failed: ${JSON.stringify(r)}`);
}
host.dispose();
rows.push([`warm cell round trip p50 (${warmRuns} runs)`, ms(percentile(warm, 50)), '']);
rows.push([`warm cell round trip p99 (${warmRuns} runs)`, ms(percentile(warm, 99)), '']);

// actlab run on a generated notebook with 1,000 code cells.
const cells = [];
for (let i = 0; i < 1000; i++) {
  cells.push(`Cell ${i}.`, '', '```actlab', `a${i} = sigmoid(${i} / 1000) + relu'(${i - 500})`, '```', '');
}
const notebook = join(tmp, 'big.actlab.md');
writeFileSync(notebook, cells.join('\n'));
/** CPU time of this process's finished children (and theirs), from /proc. */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const runs = quick ? 1 : 3;
const cli = [];
const cliCpu = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const before = childrenCpuMs();
  const res = spawnSync(process.execPath, [cliPath, 'run', notebook, '--json'], { encoding: 'utf8', maxBuffer: 64e6 });
  cli.push(performance.now() - t);
  const after = childrenCpuMs();
  if (before !== undefined && after !== undefined) cliCpu.push(after - before);
  if (res.status !== 0) throw new Error(`actlab run failed: ${res.stderr}`);
  const doc = JSON.parse(res.stdout);
  if (doc.cells.length !== 1000) throw new Error(`expected 1000 cells, got ${doc.cells.length}`);
}
rows.push(['actlab run, 1,000-cell notebook (whole process), median', ms(percentile(cli, 50)), '≤ 2000 ms']);
if (cliCpu.length > 0) rows.push(['  same, CPU time of CLI + engine processes (±10 ms)', ms(percentile(cliCpu, 50)), '']);

rmSync(tmp, { recursive: true, force: true });
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work slows every figure)`);
console.log(`${'measure'.padEnd(w[0])}  ${'value'.padStart(w[1])}  target`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);
