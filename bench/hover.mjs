// Hover, completion and diagnostics speed of the language service, as the editor calls it.
// Needs `npm run build` (reads dist/language-service.js and dist/hover-assets.json).
//   node bench/hover.mjs
// Prints: first load (require + assets + first card), card build time per card p50/p99
// over every id × language × theme (uncached, then cached), completion and diagnostics
// per call, and the sizes of the lazily loaded files. Target: hover p99 ≤ 20 ms after load.
/* global console */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const servicePath = join(root, 'dist/language-service.js');
const assetsPath = join(root, 'dist/hover-assets.json');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] };
}

const t0 = performance.now();
const mod = require(servicePath);
const tRequire = performance.now();
const assets = JSON.parse(readFileSync(assetsPath, 'utf8'));
const tAssets = performance.now();
let service = mod.createLanguageService(assets);
const ctx = (locale, theme) => ({ locale, theme, chapterLink: (c) => `command:vscode.open?${c}` });
service.hover('sigmoid(1)', 2, ctx('en', 'dark'));
const tFirst = performance.now();

const ids = service.ids;
const locales = ['en', 'zh-cn'];
const themes = ['light', 'dark', 'hc-dark', 'hc-light'];
const cold = [];
const coldCpu = [];
const warm = [];
/** CPU time of the process in ms; unlike wall time it excludes time the process waited for a core. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let round = 0; round < 5; round++) {
  // Fresh assets objects each round, so no image or card from an earlier round is reused.
  service = mod.createLanguageService(JSON.parse(readFileSync(assetsPath, 'utf8')));
  for (const locale of locales) {
    for (const theme of themes) {
      for (const id of ids) {
        const text = `y = ${id}(1)`;
        const c = cpuMs();
        let t = performance.now();
        const h = service.hover(text, 5, ctx(locale, theme));
        cold.push(performance.now() - t);
        coldCpu.push(cpuMs() - c);
        if (!h || h.kind !== 'activation') throw new Error(`no card for ${id}`);
        t = performance.now();
        service.hover(text, 5, ctx(locale, theme));
        warm.push(performance.now() - t);
      }
    }
  }
}

const cell = 'w = [1, 2, 3]\nf(x) = x * sigmoid(1.7 x)\nf(2) + leaky_relu(-1, 0.2) + sigmod(3)';
const completion = [];
const diagnostics = [];
service.diagnostics(cell, 'en', []); // loads mathjs's parser once
for (let i = 0; i < 300; i++) {
  let t = performance.now();
  service.completions(cell, cell.length, 'en', ['a = 1', 'b = 2']);
  completion.push(performance.now() - t);
  t = performance.now();
  service.diagnostics(cell, 'en', ['a = 1']);
  diagnostics.push(performance.now() - t);
}

const kb = (p) => (statSync(p).size / 1024).toFixed(0);
const row = (name, s) => `${name.padEnd(34)} ${String(s.n).padStart(6)} ${s.p50.toFixed(3).padStart(9)} ${s.p99.toFixed(3).padStart(9)} ${s.max.toFixed(3).padStart(9)}`;
console.log('hover / language service');
console.log(`  first load: require ${(tRequire - t0).toFixed(1)} ms + assets ${(tAssets - tRequire).toFixed(1)} ms + first card ${(tFirst - tAssets).toFixed(1)} ms = ${(tFirst - t0).toFixed(1)} ms`);
console.log(`  dist/language-service.js ${kb(servicePath)} KB, dist/hover-assets.json ${kb(assetsPath)} KB, dist/extension.js ${kb(join(root, 'dist/extension.js'))} KB`);
console.log(`  ${'ms per call'.padEnd(34)} ${'n'.padStart(6)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}`);
console.log(`  ${row('hover card, first build (nothing cached)', stats(cold))}`);
console.log(`  ${row('  same, CPU time instead of wall', stats(coldCpu))}`);
console.log(`  ${row('hover card, cached', stats(warm))}`);
console.log(`  ${row('completion (3-line cell)', stats(completion))}`);
console.log(`  ${row('diagnostics (3-line cell)', stats(diagnostics))}`);
const p99 = stats(cold).p99;
const [load] = (await import('node:os')).loadavg();
console.log(`  hover p99 ${p99.toFixed(2)} ms wall (${stats(coldCpu).p99.toFixed(2)} ms CPU) — target ≤ 20 ms: ${p99 <= 20 ? 'met' : 'MISSED'}; load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
