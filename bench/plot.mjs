// Speed of plots and experiments, measured on the code as shipped (bundled by esbuild).
//   node bench/plot.mjs
// Prints one table. Targets:
//   race: 3 activations × 300 epochs × 200 points, 2-16-16-1 MLP ≤ 1.5 s, and faster than
//         the same training written with @tensorflow/tfjs-core on its CPU backend;
//   a 2,000-point plot output (spec + SVG + JSON) ≤ 50 ms;
//   a slider step (re-sampling the curves with a new parameter + building the data arrays
//   the renderer hands to uPlot) ≤ 16 ms.
/* global console, performance, process */
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

async function loadKit() {
  const dir = mkdtempSync(join(tmpdir(), 'actlab-bench-'));
  const outfile = join(dir, 'kit.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { race } from './src/core/experiments/race';",
        "export { bindActivation } from './src/core/experiments/activation';",
        "export { functionPlotSpec, withParams } from './src/plot/functionPlot';",
        "export { renderPlotSvg } from './src/plot/svg';",
        "export { getActivation } from './src/core/registry';",
        // tfjs-core registers gradients only through this side-effect module (ESM, so bundled here).
        "export * as tf from '@tensorflow/tfjs-core';",
        "import '@tensorflow/tfjs-core/dist/register_all_gradients';",
        "import '@tensorflow/tfjs-backend-cpu';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const kit = require(outfile);
  rmSync(dir, { recursive: true, force: true });
  return kit;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function p99(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.99 * s.length))];
}
function time(fn) {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
}
/** CPU time (user + system, ms) of this process while `fn` runs: steadier than wall time on a shared machine. */
function cpuTime(fn) {
  const c = process.cpuUsage();
  const r = fn();
  const d = process.cpuUsage(c);
  return [(d.user + d.system) / 1000, r];
}

/** The same race written with tfjs-core (CPU backend): full-batch Adam on sigmoid cross-entropy. */
async function tfjsRace(kit, acts) {
  const tf = kit.tf;
  await tf.setBackend('cpu');
  // Same data as the kit's race (xor, 200 points, seed 1): take it from a 1-epoch kit run.
  const data = kit.race([kit.bindActivation('relu')], 'xor', { epochs: 1, resolution: 2 }).dataset;
  const X = tf.tensor2d(Array.from(data.X), [data.n, 2]);
  const y = tf.tensor2d(Array.from(data.y), [data.n, 1]);
  const fns = { sigmoid: tf.sigmoid, tanh: tf.tanh, relu: tf.relu };
  const t = performance.now();
  const losses = [];
  for (const id of acts) {
    const f = fns[id];
    const glorot = (i, o) => tf.variable(tf.randomNormal([i, o], 0, Math.sqrt(2 / (i + o)), 'float32', 7));
    const W1 = glorot(2, 16), b1 = tf.variable(tf.zeros([16]));
    const W2 = glorot(16, 16), b2 = tf.variable(tf.zeros([16]));
    const W3 = glorot(16, 1), b3 = tf.variable(tf.zeros([1]));
    const opt = tf.train.adam(0.03);
    let last;
    for (let e = 0; e < 300; e++) {
      last = opt.minimize(() => {
        const h1 = f(tf.add(tf.matMul(X, W1), b1));
        const h2 = f(tf.add(tf.matMul(h1, W2), b2));
        const logits = tf.add(tf.matMul(h2, W3), b3);
        return tf.losses.sigmoidCrossEntropy(y, logits);
      }, true);
      if (e < 299) last.dispose();
    }
    losses.push(last.dataSync()[0]);
    last.dispose();
    for (const v of [W1, b1, W2, b2, W3, b3]) v.dispose();
    opt.dispose();
  }
  return [performance.now() - t, losses];
}

const kit = await loadKit();
const acts = ['sigmoid', 'tanh', 'relu'];
const rows = [];

// Race: warm once (JIT), then the median of 3.
kit.race(acts.map((id) => kit.bindActivation(id)), 'xor', { epochs: 20 });
const raceTimes = [];
const raceCpu = [];
let raceResult;
for (let k = 0; k < 3; k++) {
  const c = process.cpuUsage();
  const [ms, r] = time(() => kit.race(acts.map((id) => kit.bindActivation(id)), 'xor', { epochs: 300, points: 200 }));
  const d = process.cpuUsage(c);
  raceTimes.push(ms);
  raceCpu.push((d.user + d.system) / 1000);
  raceResult = r;
}
const raceMs = median(raceTimes);
rows.push(['race, 3 × 300 epochs × 200 points (kit, Float64Array)', raceMs, 1500, raceResult.entries.map((e) => `${e.label} ${e.loss[299].toExponential(1)}`).join(', ')]);
rows.push(['  the same, CPU time of this process', median(raceCpu), 1500, 'user + system']);

const tfCpu0 = process.cpuUsage();
const [tfMs, tfLoss] = await tfjsRace(kit, acts);
const tfCpuD = process.cpuUsage(tfCpu0);
const tfCpu = (tfCpuD.user + tfCpuD.system) / 1000;
rows.push(['same race with tfjs-core, CPU backend (float32)', tfMs, null, tfLoss.map((l, i) => `${acts[i]} ${l.toExponential(1)}`).join(', ')]);
rows.push(['  the same, CPU time of this process', tfCpu, null, 'user + system']);

// A 2,000-point plot: spec + SVG + JSON, warmed, median of 20.
const sig = kit.getActivation('sigmoid');
const fns = [
  { label: 'sigmoid', f: (x) => sig.f(x, {}), source: { id: 'sigmoid', params: {}, order: 0 } },
  { label: "sigmoid'", f: (x) => sig.df(x, {}), source: { id: 'sigmoid', params: {}, order: 1 } },
];
const plotOnce = () => {
  const spec = kit.functionPlotSpec(fns, -6, 6, { sampling: { initial: 2000, max: 2000 } });
  const svg = kit.renderPlotSvg(spec);
  return JSON.stringify(spec).length + svg.length;
};
for (let k = 0; k < 5; k++) plotOnce();
const plotTimes = [];
const plotCpu = [];
for (let k = 0; k < 20; k++) {
  plotTimes.push(time(plotOnce)[0]);
  plotCpu.push(cpuTime(plotOnce)[0]);
}
rows.push(['plot output, 2 curves × 2,000 points (spec + SVG + JSON)', median(plotTimes), 50, `p99 ${p99(plotTimes).toFixed(1)} ms; CPU median ${median(plotCpu).toFixed(1)} ms`]);

// Slider step: leaky_relu and leaky_relu' re-sampled with a new α, then uPlot's arrays.
const lr = kit.getActivation('leaky_relu');
const base = kit.functionPlotSpec(
  [
    { label: 'leaky_relu', f: (x) => lr.f(x, { alpha: 0.01 }), source: { id: 'leaky_relu', params: { alpha: 0.01 }, order: 0 } },
    { label: "leaky_relu'", f: (x) => lr.df(x, { alpha: 0.01 }), source: { id: 'leaky_relu', params: { alpha: 0.01 }, order: 1 } },
    { label: 'sigmoid', f: (x) => sig.f(x, {}), source: { id: 'sigmoid', params: {}, order: 0 } },
  ],
  -6,
  6,
);
const stepTimes = [];
let points = 0;
for (let k = 0; k < 300; k++) {
  const alpha = (k % 100) / 100;
  const [ms] = time(() => {
    const s = kit.withParams(base, [{ alpha }, { alpha }, undefined]);
    const data = [Float64Array.from(s.x), ...s.curves.map((c) => c.y.slice())];
    points = data[0].length;
    return data;
  });
  if (k >= 20) stepTimes.push(ms);
}
rows.push([`slider step, 3 curves (${points} points): re-sample + arrays`, median(stepTimes), 16, `p99 ${p99(stepTimes).toFixed(2)} ms`]);

const pad = (s, n) => String(s).padEnd(n);
console.log(pad('measurement', 58) + pad('ms', 10) + pad('target', 10) + 'notes');
for (const [name, ms, target, note] of rows) {
  const verdict = target === null ? '' : ms <= target ? ` ≤ ${target} ✓` : ` > ${target} ✗`;
  console.log(pad(name, 58) + pad(ms.toFixed(1), 10) + pad(verdict, 10) + note);
}
console.log(`kit vs tfjs-core: ${(tfMs / raceMs).toFixed(1)}× faster (wall), ${(tfCpu / median(raceCpu)).toFixed(1)}× (CPU)`);
console.log('Wall times suffer when other processes share the cores; the CPU rows count only this process.');
