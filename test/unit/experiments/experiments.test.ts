import * as assert from 'node:assert/strict';
import { bindActivation } from '../../../src/core/experiments/activation';
import { measureCost } from '../../../src/core/experiments/cost';
import { makeDataset } from '../../../src/core/experiments/datasets';
import { trainCountingDead } from '../../../src/core/experiments/deadUnits';
import { race } from '../../../src/core/experiments/race';
import { Random } from '../../../src/core/experiments/random';
import { stability, STABILITY_FUNCTIONS } from '../../../src/core/experiments/stability';
import { vanishing } from '../../../src/core/experiments/vanishing';
import { conditioning, DEFAULT_RATES, outputStats, zeroCenteringStudies } from '../../../src/core/experiments/zeroCentering';

const sigmoid = bindActivation('sigmoid');
const tanh = bindActivation('tanh');
const relu = bindActivation('relu');
const leaky = bindActivation('leaky_relu');

describe('experiments', () => {
  describe('vanishing', () => {
    it('sigmoid shrinks the gradient at least as fast as 0.25 per layer allows', () => {
      const depth = 15;
      const r = vanishing([sigmoid, relu], depth, { init: 'xavier' });
      const s = r.entries[0];
      // Every layer's f′ is at most 1/4, so the product of the per-layer slopes is ≤ 0.25^depth.
      let product = 1;
      for (let l = 0; l < depth; l++) {
        assert.ok(s.maxSlope[l] <= 0.25, `layer ${l}: max σ′ ${s.maxSlope[l]}`);
        product *= s.meanSlope[l];
      }
      assert.ok(product <= Math.pow(0.25, depth), `Π mean σ′ = ${product}`);
      // With Xavier weights (‖Wᵀg‖ ≈ ‖g‖) the gradient itself falls by about that much.
      assert.ok(s.gradNorm[0] < Math.pow(0.3, depth), `gradient at the input: ${s.gradNorm[0]}`);
      assert.ok(s.gradNorm[0] < r.entries[1].gradNorm[0] * 1e-4, 'far below relu');
      for (let l = 1; l <= depth; l++) assert.ok(s.gradNorm[l - 1] < s.gradNorm[l], 'decreasing towards the input');
    });

    it('relu with He initialisation keeps the gradient size roughly constant', () => {
      const r = vanishing([relu], 20, { init: 'he' });
      assert.ok(r.entries[0].factor > 0.85 && r.entries[0].factor < 1.15, `factor ${r.entries[0].factor}`);
      const x = vanishing([relu], 20, { init: 'xavier' });
      assert.ok(x.entries[0].factor < r.entries[0].factor, 'Xavier loses more than He for relu');
    });

    it('is deterministic under a seed', () => {
      const a = vanishing([tanh], 8, { seed: 5 });
      const b = vanishing([tanh], 8, { seed: 5 });
      const c = vanishing([tanh], 8, { seed: 6 });
      assert.deepEqual(a.entries[0].gradNorm, b.entries[0].gradNorm);
      assert.notDeepEqual(a.entries[0].gradNorm, c.entries[0].gradNorm);
    });
  });

  describe('dead_units', () => {
    it('the dead fraction grows with the learning rate', () => {
      const steps = 60;
      const final = [0.1, 3, 10].map((lr) => {
        const run = trainCountingDead(relu, lr, steps, { init: 'xavier' });
        return run.dead[steps];
      });
      assert.ok(final[0] < final[1] && final[1] < final[2], `dead after ${steps} steps: ${final.join(', ')}`);
      assert.ok(final[2] > 0.5, 'a learning rate of 10 kills most units');
    });

    it('the moderate learning rate chapter 07 uses trains, and loses few units', () => {
      for (const init of ['xavier', 'he'] as const) {
        const run = trainCountingDead(relu, 1, 200, { init });
        assert.ok(run.loss[200] < 0.02 * run.loss[0], `${init}: loss ${run.loss[0]} → ${run.loss[200]}`);
        assert.ok(run.dead[200] - run.dead[0] <= 0.05, `${init}: dead ${run.dead[0]} → ${run.dead[200]}`);
      }
      // The old baseline, 0.01, kept its dead count only because it learned nothing.
      const tiny = trainCountingDead(relu, 0.01, 200, { init: 'xavier' });
      assert.ok(tiny.loss[200] > 0.9 * tiny.loss[0], `loss ${tiny.loss[0]} → ${tiny.loss[200]}`);
    });

    it('He and Xavier start with the same dead ReLU units and differ in first-layer scale', () => {
      const x = trainCountingDead(relu, 3, 200, { init: 'xavier' });
      const h = trainCountingDead(relu, 3, 200, { init: 'he' });
      assert.equal(x.dead[0], h.dead[0]);
      // Xavier: Var = 2/(2 + 32); He: Var = 2/2, so He's first-layer weights are about √17 ≈ 4.1 times larger.
      const ratio = h.firstLayerScale / x.firstLayerScale;
      assert.ok(Math.abs(ratio - Math.sqrt(17)) < 0.01, `ratio ${ratio}`);
      assert.ok(h.dead[200] < x.dead[200] - 0.2, `he ${h.dead[200]} vs xavier ${x.dead[200]}`);
    });

    it('leaky relu units never die', () => {
      const run = trainCountingDead(leaky, 10, 40, { init: 'he' });
      assert.ok(run.dead.every((d) => d === 0));
    });

    it('is deterministic under a seed', () => {
      const a = trainCountingDead(relu, 3, 20, { seed: 2 });
      const b = trainCountingDead(relu, 3, 20, { seed: 2 });
      assert.deepEqual(a.loss, b.loss);
      assert.deepEqual(a.dead, b.dead);
    });
  });

  describe('zero_centering', () => {
    it('tanh outputs have mean ≈ 0, sigmoid outputs mean ≈ 0.5', () => {
      const t = outputStats(tanh);
      const s = outputStats(sigmoid);
      assert.ok(Math.abs(t.mean) < 0.01, `tanh mean ${t.mean}`);
      assert.ok(Math.abs(s.mean - 0.5) < 0.01, `sigmoid mean ${s.mean}`);
      assert.equal(s.positive, 1);
      assert.ok(Math.abs(t.positive - 0.5) < 0.02);
    });

    it('the largest eigenvalue of the sampled E[a aᵀ] is v + n·m², along the mean direction', () => {
      const n = 8;
      for (const act of [relu, sigmoid, tanh]) {
        const rng = new Random(3);
        const samples = 40000;
        const M = new Float64Array(n * n);
        const a = new Float64Array(n);
        for (let k = 0; k < samples; k++) {
          for (let i = 0; i < n; i++) a[i] = act.f(rng.normal());
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) M[i * n + j] += (a[i] * a[j]) / samples;
        }
        // Power iteration from a generic start vector finds the top eigenpair.
        let u = Float64Array.from({ length: n }, (_, i) => 1 + i / 10);
        let lambda = 0;
        for (let it = 0; it < 500; it++) {
          const next = new Float64Array(n);
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) next[i] += M[i * n + j] * u[j];
          lambda = Math.hypot(...next);
          u = next.map((x) => x / lambda);
        }
        const predicted = conditioning(outputStats(act), n).lambdaMax;
        assert.ok(Math.abs(lambda - predicted) < 0.03 * predicted, `${act.label}: measured ${lambda}, v + n·m² = ${predicted}`);
        if (act !== tanh) {
          // The top eigenvector is the mean direction (1, …, 1)/√n.
          const along = Math.abs(u.reduce((t, x) => t + x, 0)) / Math.sqrt(n);
          assert.ok(along > 0.99, `${act.label}: cosine with (1, …, 1) is ${along}`);
        }
      }
    });

    it('averages the steps over the seeds, deterministically, at the best rate of the grid', function () {
      this.timeout(120000);
      const [r] = zeroCenteringStudies([relu]);
      assert.equal(r.stepsPerSeed.length, r.seeds);
      assert.equal(r.seeds, 6);
      assert.equal(r.meanSteps, r.stepsPerSeed.reduce((t, n) => t + n, 0) / r.seeds);
      assert.ok(new Set(r.stepsPerSeed).size > 1, `every seed took the same steps: ${r.stepsPerSeed.join(', ')}`);
      assert.ok(r.stepsPerSeed.every((n) => n <= r.steps), 'every seed reaches the target');
      assert.ok(DEFAULT_RATES.includes(r.bestRate));
      assert.equal(r.meanError.length, r.steps + 1);
      assert.equal(r.meanError[0], 1);
      assert.ok(r.meanError[Math.ceil(r.meanSteps) + 5] < 0.2, 'the averaged error curve has come down by then');
      const again = zeroCenteringStudies([relu])[0];
      assert.deepEqual(again.stepsPerSeed, r.stepsPerSeed);
      assert.deepEqual(again.meanError, r.meanError);
      // The search abandons hopeless rates early; it must still find the rate a full search finds.
      for (const lr of DEFAULT_RATES) {
        const [one] = zeroCenteringStudies([relu], { rates: [lr] });
        assert.ok(one.meanSteps >= r.meanSteps, `rate ${lr} needs ${one.meanSteps} mean steps, fewer than the best ${r.meanSteps} at ${r.bestRate}`);
      }
    });

    it('steps follow the condition number, not the share of one-sign updates', () => {
      const [s, t, re, l, g] = zeroCenteringStudies([sigmoid, tanh, relu, leaky, bindActivation('gelu')]);
      // κ = 1 + n·m²/v orders them: tanh ≈ 1 < gelu < relu ≈ leaky < sigmoid …
      assert.ok(Math.abs(t.conditioning.kappa - 1) < 0.01);
      assert.ok(t.conditioning.kappa < g.conditioning.kappa && g.conditioning.kappa < re.conditioning.kappa && re.conditioning.kappa < s.conditioning.kappa);
      // … and so do the steps.
      assert.ok(t.meanSteps < g.meanSteps && g.meanSteps < re.meanSteps && re.meanSteps < s.meanSteps, [t, g, re, s].map((x) => x.meanSteps).join(' < '));
      assert.ok(s.meanSteps > 10 * t.meanSteps, `sigmoid ${s.meanSteps} vs tanh ${t.meanSteps}`);
      // Per example, sigmoid and ReLU updates always share one sign; leaky ReLU's almost never do …
      assert.equal(s.oneSignPerExample, 1);
      assert.equal(re.oneSignPerExample, 1);
      assert.ok(l.oneSignPerExample < 0.01 && t.oneSignPerExample < 0.01);
      // … yet leaky ReLU is as slow as ReLU, because its mean (and so κ) is the same.
      assert.ok(Math.abs(l.meanSteps - re.meanSteps) < 0.25 * re.meanSteps, `leaky ${l.meanSteps} vs relu ${re.meanSteps}`);
      assert.ok(l.meanSteps > 2 * t.meanSteps);
      // Summed over a batch, the signs of sigmoid's updates mix on some steps.
      assert.ok(s.oneSignPerBatch < 1 && s.oneSignPerBatch > t.oneSignPerBatch);
      // For the worst-conditioned one, the best rate sits just below the stability limit 2/λ_max.
      assert.ok(s.bestRate <= s.conditioning.stableRate && s.bestRate > 0.7 * s.conditioning.stableRate, `${s.bestRate} vs ${s.conditioning.stableRate}`);
    });

    it('κ grows with the fan-in', () => {
      const [small] = zeroCenteringStudies([relu], { fanIn: 2 });
      const [large] = zeroCenteringStudies([relu], { fanIn: 32 });
      assert.ok(large.conditioning.kappa > 5 * small.conditioning.kappa);
      assert.ok(large.meanSteps > 3 * small.meanSteps, `${large.meanSteps} vs ${small.meanSteps}`);
    });
  });

  describe('race', () => {
    it('relu and tanh drive the loss down on xor and classify it', () => {
      const r = race([relu, tanh], 'xor', { epochs: 150, points: 120, resolution: 10 });
      for (const e of r.entries) {
        assert.ok(e.loss[e.loss.length - 1] < 0.2 * e.loss[0], `${e.label}: ${e.loss[0]} → ${e.loss[e.loss.length - 1]}`);
        assert.ok(e.accuracy >= 0.95, `${e.label}: accuracy ${e.accuracy}`);
        assert.equal(e.grid.length, 100);
        assert.ok(e.grid.every((p) => p >= 0 && p <= 1));
      }
      assert.equal(r.entries[0].init, 'he');
      assert.equal(r.entries[1].init, 'xavier');
    });

    it('is deterministic under a seed and rejects unknown datasets', () => {
      const a = race([tanh], 'circle', { epochs: 20, points: 50, seed: 9, resolution: 4 });
      const b = race([tanh], 'circle', { epochs: 20, points: 50, seed: 9, resolution: 4 });
      assert.deepEqual(a.entries[0].loss, b.entries[0].loss);
      assert.throws(() => race([tanh], 'moons'), /unknown dataset "moons"/);
    });

    it('makes balanced labelled data inside [−1, 1]² for every dataset', () => {
      for (const name of ['xor', 'circle', 'spiral', 'gaussian']) {
        const d = makeDataset(name, 100, new Random(1));
        assert.equal(d.y.reduce((s, v) => s + v, 0), 50, name);
        if (name !== 'gaussian') assert.ok(d.X.every((v) => Math.abs(v) <= 1.1), name);
      }
    });
  });

  describe('stability', () => {
    it('shows where the naive formulas fail and the core does not', () => {
      const find = (name: string, formula: string, input: string) => stability(name).find((r) => r.formula.startsWith(formula) && r.input === input);
      assert.equal(find('tanh', '(eˣ', '1000')?.verdict, 'NaN');
      assert.equal(find('tanh', '(eˣ', '1000')?.core, '1');
      assert.equal(find('softplus', 'log(1+eˣ)', '1000')?.verdict, 'overflow');
      assert.equal(find('softplus', 'log(1+eˣ)', '-40')?.verdict, 'lost digits');
      assert.equal(find("mish'", 'eˣω/δ²', '200')?.verdict, 'NaN');
      assert.equal(find("mish'", 'eˣω/δ²', '170')?.verdict, 'ok');
      assert.equal(find('sigmoid', 'eˣ/(1+eˣ)', '710')?.verdict, 'NaN');
      const sm = stability('softmax');
      assert.equal(sm.find((r) => r.input === '[1000, 1001, 1002]')?.verdict, 'NaN');
      assert.equal(sm.find((r) => r.input === '[1, 2, 3]')?.verdict, 'ok');
      for (const name of STABILITY_FUNCTIONS) for (const row of stability(name)) assert.notEqual(row.core, 'NaN', `${name} core at ${row.input}`);
    });
  });

  describe('cost', () => {
    it('measures every activation relative to relu with an injected clock', () => {
      const r = measureCost([relu, bindActivation('gelu')], relu, { size: 20000, repeats: 3, minMs: 2, clock: () => performance.now() });
      assert.equal(r.entries[0].relative, 1);
      assert.ok(r.entries[1].nsPerElement > 0 && Number.isFinite(r.entries[1].relative));
      assert.ok(r.entries[1].relative > 1, `gelu (erf) costs more than relu: ${r.entries[1].relative}`);
    });
  });
});
