#!/usr/bin/env node
/* global console, process */
// Speed of the numeric core (dist/core.js — run `npm run build` first): ns per element over
// 1e6 Float64 elements for every activation, its derivative and its second derivative (f″
// rows: the d2f kernels against hand loops only), side by side with a hand-written
// stable loop, @tensorflow/tfjs-backend-cpu (float32, where tfjs-core has the op) and mathjs
// evaluating an expression per element (on fewer elements). Each figure is the median of
// several timed repeats after warm-up, in CPU time (see `now`). Then the targets, and the softmax VJP / Jacobian checks.
//
// Usage: node bench/core.mjs [--write-cost] [--quick]
//   --write-cost  also writes src/core/generated/cost.json (cost relative to ReLU, measured)
//   --quick       fewer repeats (a smoke run)
//   --n=N         elements per array instead of 1e6 (cost.json is only written for the default)
//   --only=a,b    only these element-wise ids (the vector rows always run)
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { MATHJS, handLoops, tfjsOps } from './lib/core-baselines.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const math = require('mathjs');
const tf = await loadTfjs();

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice(7).split(',') : undefined;
const nArg = process.argv.find((a) => a.startsWith('--n='));
const N = nArg ? Number(nArg.slice(4)) : 1_000_000;
const N_MATHJS = Math.min(N, quick ? 2_000 : 20_000);
/** tfjs on 1e5 elements: its cost per element is flat at this size, and it is slow enough that 1e6 would dominate the run. */
const N_TF = Math.min(N, 100_000);
const REPS = quick ? 3 : 9;
const WARM = quick ? 1 : 3;

/**
 * tfjs-core with the CPU backend and its gradients. The CommonJS build of tfjs-core leaves the
 * gradient registrations out; they are ES modules, bundled here in memory with esbuild (the
 * registries live on globalThis, so they reach the same engine). tfjs also greets Node users on
 * first use; that is silenced to keep the table clean.
 */
async function loadTfjs() {
  const warn = console.warn;
  const log = console.log;
  console.warn = () => {};
  console.log = () => {};
  try {
    const t = require('@tensorflow/tfjs-core');
    require('@tensorflow/tfjs-backend-cpu');
    const esbuild = require('esbuild');
    const res = await esbuild.build({
      stdin: { contents: "import '@tensorflow/tfjs-core/dist/register_all_gradients';", resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      logLevel: 'error',
    });
    const mod = { exports: {} };
    new Function('module', 'exports', 'require', res.outputFiles[0].text)(mod, mod.exports, require);
    await t.setBackend('cpu');
    t.tidy(() => t.sigmoid(t.scalar(0)).dataSync());
    return t;
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

/** mulberry32, so every run sees the same inputs. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The clock: CPU time of this process (user + system) in ms. Benchmarks here share a small
 * machine with other work; wall time then mostly measures the neighbours, CPU time our loops.
 */
function now() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median CPU time in ms of `fn` after warm-up. */
function median(fn, reps = REPS, warm = WARM) {
  for (let i = 0; i < warm; i++) fn();
  const t = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    fn();
    t.push(now() - t0);
  }
  return mid(t);
}

function mid(values) {
  const t = [...values].sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

/**
 * Times `a` and `b` alternately, back to back in every repeat, and returns both medians and the
 * median of the per-repeat ratios a/b. On a shared machine the load changes from one moment
 * to the next; pairing makes the ratio far steadier than two separate medians would.
 */
function paired(a, b, reps = REPS, warm = WARM) {
  for (let i = 0; i < warm; i++) {
    a();
    b();
  }
  const ta = [];
  const tb = [];
  const ratios = [];
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    a();
    const t1 = now();
    b();
    const t2 = now();
    ta.push(t1 - t0);
    tb.push(t2 - t1);
    ratios.push((t1 - t0) / (t2 - t1));
  }
  return { a: mid(ta), b: mid(tb), ratio: mid(ratios) };
}

const started = performance.now();
/** Progress on stderr, so a slow run on a busy machine shows where it is. */
const progress = (what) => process.stderr.write(`  [${((performance.now() - started) / 1000).toFixed(0)} s] ${what}\n`);

const r = rng(12345);
const xs = new Float64Array(N);
for (let i = 0; i < N; i++) xs[i] = 20 * r() - 10;
const out = new Float64Array(N);
const xt = tf.tensor1d(Float32Array.from(xs.subarray(0, N_TF)));
const hand = handLoops(core);
const tfOps = tfjsOps(tf);
const nsPer = (ms, n) => (ms * 1e6) / n;

function mathjsNs(expr, isVector = false) {
  if (isVector) {
    const code = math.compile(expr);
    const z = Array.from(xs.subarray(0, N_MATHJS));
    return nsPer(median(() => code.evaluate({ z }), quick ? 1 : 3, 1), N_MATHJS);
  }
  const code = math.compile(expr);
  const res = new Float64Array(N_MATHJS);
  return nsPer(
    median(() => {
      for (let i = 0; i < N_MATHJS; i++) res[i] = code.evaluate({ x: xs[i] });
    }, quick ? 1 : 3, 1),
    N_MATHJS,
  );
}

function tfNs(op) {
  return nsPer(median(() => tf.tidy(() => op(xt).dataSync()), quick ? 1 : 3, 1), N_TF);
}

const rows = [];
for (const act of core.REGISTRY) {
  if (act.kind !== 'scalar') continue;
  const handLoop = hand[act.id];
  const t = tfOps[act.id];
  const mjsExpr = MATHJS[act.id];
  const entries = [core.evaluate, core.derivative, core.derivative2];
  for (const [order, label] of [[0, act.id], [1, `${act.id}′`], [2, `${act.id}″`]]) {
    if (only && !only.includes(act.id)) continue;
    progress(label);
    const h = handLoop[order];
    const entry = entries[order];
    const pair = paired(() => entry(act.id, xs, undefined, out), () => h(xs, out));
    const ours = nsPer(pair.a, N);
    const handNs = nsPer(pair.b, N);
    progress(`${label}: core and hand loop done`);
    // tfjs and mathjs rows exist for f and f′ only.
    const tfv = t && t[order] ? tfNs(t[order]) : undefined;
    progress(`${label}: tfjs done`);
    const mjs = mjsExpr[order] ? mathjsNs(mjsExpr[order]) : undefined;
    rows.push({ id: act.id, order, label, ours, hand: handNs, handRatio: pair.ratio, tf: tfv, mathjs: mjs });
  }
}

// The softmax family over one vector of 1e6 entries.
const v = new Float64Array(N);
for (let i = 0; i < N; i++) v[i] = r() - 0.5;
const vt = tf.tensor1d(Float32Array.from(v.subarray(0, N_TF)));
const handSoftmax = (z, y) => {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i] > m) m = z[i];
  let s = 0;
  for (let i = 0; i < z.length; i++) s += y[i] = Math.exp(z[i] - m);
  const inv = 1 / s;
  for (let i = 0; i < z.length; i++) y[i] *= inv;
  return y;
};
const handVjp = (z, w, y) => {
  handSoftmax(z, y);
  let d = 0;
  for (let i = 0; i < z.length; i++) d += w[i] * y[i];
  for (let i = 0; i < z.length; i++) y[i] *= w[i] - d;
  return y;
};
// The gated units over the same 1e6 entries: value half times a gated second half, timed
// per input element. The hand loop applies the hand-written gate to the second half, then
// multiplies; the core adds the limits of ±∞ · 0 and a copy into the caller's buffer.
const M = N / 2;
const half = new Float64Array(M);
const gateBuf = new Float64Array(M);
const vHalf = v.subarray(0, M);
const handGated = (gate) => (z, y) => {
  gate(z.subarray(M), gateBuf);
  for (let i = 0; i < M; i++) y[i] = z[i] * gateBuf[i];
  return y;
};
const gluEntry = core.getActivation('glu');
const gluVjpHand = (z, w, y) => {
  hand.sigmoid[0](z.subarray(M), gateBuf);
  hand.sigmoid[1](z.subarray(M), y.subarray(M));
  for (let i = 0; i < M; i++) {
    y[M + i] *= w[i] * z[i];
    y[i] = w[i] * gateBuf[i];
  }
  return y;
};
const gatedRows = [
  { label: 'glu', ours: () => core.evaluate('glu', xs, undefined, half), hand: () => handGated(hand.sigmoid[0])(xs, half) },
  { label: 'glu VJP', ours: () => gluEntry.vjp(xs, vHalf, {}), hand: () => gluVjpHand(xs, vHalf, out) },
  { label: 'geglu', ours: () => core.evaluate('geglu', xs, undefined, half), hand: () => handGated(hand.gelu[0])(xs, half) },
  { label: 'swiglu', ours: () => core.evaluate('swiglu', xs, undefined, half), hand: () => handGated(hand.silu[0])(xs, half) },
];
const vectorRows = [
  { label: 'softmax', ours: () => core.softmax(xs, 1, out), hand: () => handSoftmax(xs, out), tf: () => tf.softmax(xt).dataSync(), mathjs: 'map(z - max(z), exp) / sum(map(z - max(z), exp))' },
  { label: 'softmax VJP', ours: () => core.softmaxVjp(xs, v, 1, out), hand: () => handVjp(xs, v, out), tf: () => tf.grad((t) => tf.sum(tf.mul(tf.softmax(t), vt)))(xt).dataSync() },
  { label: 'log_softmax', ours: () => core.logSoftmax(xs, 1, out), tf: () => tf.logSoftmax(xt).dataSync(), mathjs: 'z - max(z) - log(sum(map(z - max(z), exp)))' },
  { label: 'logsumexp', ours: () => core.logsumexp(xs), tf: () => tf.logSumExp(xt).dataSync(), mathjs: 'max(z) + log(sum(map(z - max(z), exp)))' },
  { label: 'softmin', ours: () => core.softmin(xs) },
  { label: 'maxout (max of 1e6 pieces)', ours: () => core.evaluate('maxout', xs), tf: () => tf.max(xt).dataSync(), mathjs: 'max(z)' },
  ...gatedRows,
].map((row) => {
  progress(row.label);
  const pair = row.hand ? paired(row.ours, row.hand) : { a: median(row.ours) };
  return {
  label: row.label,
  ours: nsPer(pair.a, N),
  hand: row.hand ? nsPer(pair.b, N) : undefined,
  handRatio: pair.ratio,
  tf: row.tf ? nsPer(median(() => tf.tidy(row.tf), quick ? 1 : 3, 1), N_TF) : undefined,
  mathjs: row.mathjs ? mathjsNs(row.mathjs, true) : undefined,
  };
});

const z1000 = new Float64Array(1000);
for (let i = 0; i < 1000; i++) z1000[i] = 10 * r() - 5;
const jacobianMs = median(() => core.softmaxJacobian(z1000), quick ? 3 : 15, 3);


// The table.
const fmt = (x, w = 8) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)).padStart(w);
const ratio = (a, b, w = 7) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`).padStart(w);
console.log(`\nNumeric core, ns per element; core/hand is the median of paired ratios (n = ${N.toExponential(0)}; tfjs on ${N_TF}, mathjs on ${N_MATHJS}); CPU time, median of ${REPS} after ${WARM} warm-up runs (tfjs 3 after 1, mathjs 3 after 1)\n`);
const head = `${'function'.padEnd(28)}${'core'.padStart(8)}${'hand'.padStart(8)}${'core/hand'.padStart(10)}${'tfjs-cpu'.padStart(10)}${'tf/core'.padStart(9)}${'mathjs'.padStart(9)}${'mjs/core'.padStart(10)}`;
console.log(head);
console.log('-'.repeat(head.length));
const pairedRatio = (row) => (row.handRatio === undefined ? '—' : `${row.handRatio.toFixed(2)}×`).padStart(10);
const line = (row) => `${row.label.padEnd(28)}${fmt(row.ours)}${fmt(row.hand)}${pairedRatio(row)}${fmt(row.tf, 10)}${ratio(row.tf, row.ours, 9)}${fmt(row.mathjs, 9)}${ratio(row.mathjs, row.ours, 10)}`;
for (const row of rows) console.log(line(row));
console.log('');
for (const row of vectorRows) console.log(line(row));

// Targets.
const misses = [];
for (const row of [...rows, ...vectorRows]) {
  if (row.handRatio !== undefined && row.handRatio > 1.25) misses.push(`${row.label}: ${row.handRatio.toFixed(2)}× the hand loop (target ≤ 1.25×)`);
  if (row.tf !== undefined && row.ours >= row.tf) misses.push(`${row.label}: not faster than tfjs-cpu (${fmt(row.ours, 0)} vs ${fmt(row.tf, 0)} ns)`);
}
// mathjs per element is a target for the element-wise functions; its vector functions run
// vectorised inside mathjs, so those rows are shown for comparison only.
for (const row of rows) {
  if (row.mathjs !== undefined && row.mathjs < 20 * row.ours) misses.push(`${row.label}: only ${(row.mathjs / row.ours).toFixed(1)}× faster than mathjs (target ≥ 20×)`);
}
const sigmoidNs = rows.find((x) => x.id === 'sigmoid' && x.order === 0).ours;
const vjpNs = vectorRows.find((x) => x.label === 'softmax VJP').ours;
console.log(`\nsoftmax + VJP at n = ${N}: ${(vjpNs * N / 1e6).toFixed(1)} ms = ${(vjpNs / sigmoidNs).toFixed(2)}× sigmoid (target ≤ 4×)`);
if (vjpNs > 4 * sigmoidNs) misses.push('softmax + VJP above 4× sigmoid');
console.log(`full softmax Jacobian at n = 1000: ${jacobianMs.toFixed(2)} ms (target ≤ 10 ms)`);
if (jacobianMs > 10) misses.push('softmax Jacobian at n = 1000 above 10 ms');
console.log(misses.length === 0 ? '\nAll targets met.' : `\nTargets missed (${misses.length}):\n  ${misses.join('\n  ')}`);

if (process.argv.includes('--write-cost') && nArg === undefined && only === undefined) {
  const relu = rows.find((x) => x.id === 'relu' && x.order === 0).ours;
  const cost = {};
  for (const row of rows) if (row.order === 0) cost[row.id] = Number((row.ours / relu).toPrecision(2));
  const vectorCost = { softmax: 'softmax', log_softmax: 'log_softmax', logsumexp: 'logsumexp', softmin: 'softmin', maxout: 'maxout (max of 1e6 pieces)', glu: 'glu', geglu: 'geglu', swiglu: 'swiglu' };
  for (const [id, label] of Object.entries(vectorCost)) cost[id] = Number((vectorRows.find((x) => x.label === label).ours / relu).toPrecision(2));
  const doc = {
    generatedBy: 'generated by bench/core.mjs --write-cost; do not edit',
    note: 'Time per element of each activation over 1e6 doubles, relative to ReLU, measured on the machine that generated it.',
    reluNsPerElement: Number(relu.toPrecision(3)),
    cost,
  };
  const file = join(root, 'src/core/generated/cost.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  console.log(`\nwrote ${file}`);
}
if (process.argv.includes('--strict') && misses.length > 0) process.exit(1);
