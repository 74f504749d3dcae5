#!/usr/bin/env node
// Runs every benchmark, bench/*.mjs in name order, each in its own `node` child process (so
// one benchmark's JIT state and heap do not colour the next), passing this script's
// arguments through. Exits non-zero if any benchmark fails.
//
// Builds nothing itself: `npm run build` must have run first (benchmarks load dist/).
// Usage: npm run bench [-- --quick] [-- --write-cost]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const files = readdirSync(benchDir).filter((f) => f.endsWith('.mjs')).sort();
const args = process.argv.slice(2);
const failed = [];
for (const file of files) {
  console.log(`\n=== bench/${file} ${args.join(' ')}`.trimEnd());
  const res = spawnSync(process.execPath, [join(benchDir, file), ...args], { stdio: 'inherit' });
  if (res.status !== 0) failed.push(`${file} (${res.signal ?? `exit ${res.status}`})`);
}
if (files.length === 0) console.log('no benchmarks in bench/');
if (failed.length > 0) {
  console.error(`\nbenchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
