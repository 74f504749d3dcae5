#!/usr/bin/env node
/* global console, process, performance */
// The grader: how long grading one exercise cell takes, per kind of answer (a value, a
// function compared on its dense grid, a function of a vector), with the shipped solution
// typed in. Runs in-process on a Session bundled on the fly (the engine runs the same code).
// Medians over rounds, after one warm-up grading per exercise. `--quick` runs fewer rounds.
// Target: a dense function check well under the 10 s cell time limit — under 250 ms.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const rounds = quick ? 3 : 9;

const tmp = mkdtempSync(join(tmpdir(), 'actlab-bench-grader-'));
const entry = join(tmp, 'entry.ts');
const bundle = join(tmp, 'grader.cjs');
try {
  await esbuild.build({
    stdin: {
      contents: `export { Session } from ${JSON.stringify(join(root, 'src/language/session'))};\nexport { EXERCISES } from ${JSON.stringify(join(root, 'src/exercises/catalog'))};`,
      resolveDir: root,
      sourcefile: entry,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  const { Session, EXERCISES } = createRequire(import.meta.url)(bundle);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const byKind = new Map();
  let slowest = { id: '', ms: 0 };
  for (const spec of EXERCISES) {
    const session = new Session();
    if (spec.setup) session.run(spec.setup, { precision: 6 });
    const grade = () => {
      const t = performance.now();
      const r = session.run(spec.solution, { precision: 6, exercise: spec.id, attempt: 0 });
      const dt = performance.now() - t;
      if (r.error || r.verdict?.passed !== true) throw new Error(`${spec.id}: the solution did not pass: ${JSON.stringify(r.error ?? r.verdict)}`);
      return dt;
    };
    grade();
    const times = Array.from({ length: rounds }, grade);
    const m = median(times);
    const kind = spec.answer.kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), m]);
    if (m > slowest.ms) slowest = { id: spec.id, ms: m };
  }

  const fmt = (x) => `${x.toFixed(1)} ms`;
  console.log(`grading a solution cell (median of ${rounds} rounds per exercise; load average ${loadavg()[0].toFixed(2)})`);
  console.log('| answer kind | exercises | median | slowest |');
  console.log('|---|---|---|---|');
  for (const [kind, times] of byKind) console.log(`| ${kind} | ${times.length} | ${fmt(median(times))} | ${fmt(Math.max(...times))} |`);
  console.log(`slowest exercise: ${slowest.id} (${fmt(slowest.ms)})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
