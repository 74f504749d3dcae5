/**
 * The forward statistics of the `vanishing` experiment and its new options (LeCun
 * initialisation, dropout, input scale, width): SELU with LeCun weights holds the mean and
 * variance of its outputs at (0, 1) and pulls them back there from elsewhere; ELU, He weights
 * or ordinary dropout do not. ELU under He weights explodes. Runs without the new options
 * give exactly the numbers they gave before the options existed.
 */
import * as assert from 'node:assert/strict';
import { bindActivation } from '../../../src/core/experiments/activation';
import { createMlp } from '../../../src/core/experiments/mlp';
import { Random } from '../../../src/core/experiments/random';
import { stability, STABILITY_FUNCTIONS } from '../../../src/core/experiments/stability';
import { vanishing, type VanishingEntry } from '../../../src/core/experiments/vanishing';
import { vanishingReport } from '../../../src/plot/reports/vanishing';

const selu = bindActivation('selu');
const elu = bindActivation('elu');

/** Largest |mean| and |variance − 1| over layers from..to. */
function drift(e: VanishingEntry, from: number, to: number): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (let l = from; l <= to; l++) {
    mean = Math.max(mean, Math.abs(e.mean[l]));
    variance = Math.max(variance, Math.abs(e.variance[l] - 1));
  }
  return { mean, variance };
}

function average(xs: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let l = from; l <= to; l++) s += xs[l];
  return s / (to - from + 1);
}

describe('experiments: forward statistics and self-normalisation', function () {
  // Width-128 stacks are a few hundred million multiply-adds in all; the machine may be busy.
  this.timeout(60_000);

  it('LeCun initialisation draws weights of variance 1/fan_in', () => {
    const net = createMlp([200, 300], new Random(3), 'lecun');
    const w = net.W[0];
    const v = w.reduce((s, x) => s + x * x, 0) / w.length;
    assert.ok(Math.abs(v * 200 - 1) < 0.03, `fan_in · Var(w) = ${v * 200}`);
  });

  it('keeps the numbers of runs that do not use the new options, bit for bit', () => {
    // Pinned from the experiment as it was before dropout, scale and the forward statistics.
    const r = vanishing(['sigmoid', 'relu', 'elu'].map((id) => bindActivation(id)), 12, { init: 'he' });
    assert.deepEqual(
      r.entries.map((e) => [e.gradNorm[0], e.factor, e.meanSlope[3]]),
      [
        [8.675329004473271e-7, 0.31250513851649947, 0.2294352987637347],
        [0.5885420633901757, 0.9567859566864053, 0.4501953125],
        [3.1872723485346155, 1.1014165499178286, 0.6675961852102676],
      ],
    );
    assert.equal(r.dropout, 0);
  });

  it('SELU with LeCun weights holds mean 0 and variance 1 through 40 wide layers; ELU does not', () => {
    const r = vanishing([selu, elu], 40, { init: 'lecun', width: 128 });
    const [s, e] = r.entries;
    const d = drift(s, 1, 40);
    assert.ok(d.mean < 0.1 && d.variance < 0.15, `selu drifts by ${JSON.stringify(d)}`);
    // ELU keeps the mean near 0 but loses variance layer after layer (E[ELU(Z)²] ≈ 0.645 < 1).
    assert.ok(e.variance[40] < 0.02, `elu variance at layer 40: ${e.variance[40]}`);
    for (let l = 2; l <= 40; l++) assert.ok(e.variance[l] < e.variance[l - 1] * 1.1, `elu variance rises at layer ${l}`);
  });

  it('SELU pulls the variance back to 1 from inputs of variance 9', () => {
    const r = vanishing([selu], 40, { init: 'lecun', width: 128, scale: 3 });
    const s = r.entries[0];
    assert.ok(s.variance[0] > 8 && s.variance[0] < 10, `input variance ${s.variance[0]}`);
    assert.ok(s.variance[1] > 3, 'the first layer still carries most of the excess');
    const d = drift(s, 20, 40);
    assert.ok(d.mean < 0.1 && d.variance < 0.15, `after 20 layers: ${JSON.stringify(d)}`);
  });

  it('SELU with He weights, or with ordinary dropout, leaves the fixed point', () => {
    const he = vanishing([selu], 40, { init: 'he', width: 128 }).entries[0];
    assert.ok(he.variance[40] > 10, `He: variance ${he.variance[40]}`);
    const drop = vanishing([selu], 40, { init: 'lecun', width: 128, dropout: 0.1 }).entries[0];
    const v = average(drop.variance, 20, 40);
    assert.ok(v > 1.3, `dropout 0.1: mean variance over layers 20–40 is ${v}`);
  });

  it('ELU with He weights makes the gradient explode; SELU’s backward factor matches its mean-field value', () => {
    const r = vanishing([bindActivation('relu'), elu], 30, { init: 'he' });
    assert.ok(r.entries[1].factor > 1.02 && r.entries[1].gradNorm[0] > 3, `elu: factor ${r.entries[1].factor}`);
    assert.ok(r.entries[0].factor < r.entries[1].factor);
    // At the fixed point z ~ N(0, 1) the backward gain is √E[selu′(z)²] = √(λ²(½ + α²e²Φ(−2))) ≈ 1.0352.
    const lambda = 1.0507009873554805;
    const alpha = 1.6732632423543772;
    const phiMinus2 = 0.022750131948179195;
    const gain = Math.sqrt(lambda * lambda * (0.5 + alpha * alpha * Math.exp(2) * phiMinus2));
    const s = vanishing([selu], 60, { init: 'lecun', width: 128 }).entries[0];
    assert.ok(Math.abs(s.factor - gain) < 0.015, `selu factor ${s.factor}, mean field ${gain}`);
  });

  it('applies the same dropout mask forward and backward', () => {
    // With f(x) = x and LeCun weights each layer keeps the variance; inverted dropout at rate p
    // multiplies it by 1/(1 − p), forward and (through the same mask) backward.
    const id = bindActivation('identity');
    const p = 0.2;
    const r = vanishing([id], 10, { init: 'lecun', width: 128, dropout: p }).entries[0];
    const expected = Math.pow(1 / (1 - p), 10);
    assert.ok(Math.abs(r.variance[10] / r.variance[0] / expected - 1) < 0.35, `variance grew ${r.variance[10] / r.variance[0]}, expected ≈ ${expected}`);
    assert.ok(Math.abs(r.factor - Math.sqrt(1 / (1 - p))) < 0.04, `gradient factor ${r.factor}`);
    const none = vanishing([id], 10, { init: 'lecun', width: 128 }).entries[0];
    assert.ok(Math.abs(none.factor - 1) < 0.04, `without dropout: ${none.factor}`);
  });

  it('rejects a dropout rate of 1 and a non-positive scale', () => {
    assert.throws(() => vanishing([selu], 3, { dropout: 1 }), /dropout/);
    assert.throws(() => vanishing([selu], 3, { scale: 0 }), /scale/);
  });

  it('reports the forward statistics and reads SELU’s numbers in both languages', () => {
    const ok = vanishing([selu, elu], 20, { init: 'lecun', width: 64 });
    const en = vanishingReport(ok, 'en');
    assert.equal(en.table.columns.length, 8);
    assert.equal(en.figures?.length, 2);
    assert.match(en.notes.join(' '), /selu with LeCun initialisation/);
    assert.match(vanishingReport(ok, 'zh-cn').notes.join(' '), /自归一化/);
    const dropped = vanishingReport(vanishing([selu], 20, { init: 'lecun', dropout: 0.2 }), 'en');
    assert.match(dropped.notes.join(' '), /alpha dropout/);
    const he = vanishingReport(vanishing([selu], 20, { init: 'he' }), 'zh-cn');
    assert.match(he.notes.join(' '), /He 初始化/);
  });
});

describe('experiments: stability of log(softmax)', () => {
  it('is listed and shows −∞ where log_softmax is finite', () => {
    assert.ok((STABILITY_FUNCTIONS as readonly string[]).includes('log_softmax'));
    const rows = stability('log_softmax');
    assert.equal(rows[0].verdict, 'ok');
    assert.equal(rows[1].naive, '[−∞, 0]');
    assert.equal(rows[1].core, '[-1000, 0]');
    assert.equal(rows[1].reason, 'log-softmax-underflow');
  });
});
