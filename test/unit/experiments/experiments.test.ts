import * as assert from 'node:assert/strict';
import { bindActivation } from '../../../src/core/experiments/activation';
import { measureCost } from '../../../src/core/experiments/cost';
import { makeDataset } from '../../../src/core/experiments/datasets';
import { trainCountingDead } from '../../../src/core/experiments/deadUnits';
import { race } from '../../../src/core/experiments/race';
import { Random } from '../../../src/core/experiments/random';
import { stability, STABILITY_FUNCTIONS } from '../../../src/core/experiments/stability';
import { vanishing } from '../../../src/core/experiments/vanishing';
import { outputStats, weightPath } from '../../../src/core/experiments/zeroCentering';

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

    it('sigmoid inputs give same-sign updates and a zig-zag; tanh reaches the target sooner', () => {
      const s = weightPath(sigmoid);
      const t = weightPath(tanh);
      assert.equal(s.sameSign, 1);
      assert.ok(t.sameSign < 0.8, `tanh same-sign share ${t.sameSign}`);
      assert.ok(t.stepsToTarget < s.stepsToTarget, `${t.stepsToTarget} vs ${s.stepsToTarget}`);
      assert.deepEqual(weightPath(sigmoid).w1, s.w1, 'deterministic');
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
