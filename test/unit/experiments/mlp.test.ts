import * as assert from 'node:assert/strict';
import { bindActivation } from '../../../src/core/experiments/activation';
import { backward, bceLoss, createGrads, createMlp, createTrace, forward } from '../../../src/core/experiments/mlp';
import { Random } from '../../../src/core/experiments/random';

describe('the Float64Array MLP', () => {
  it('backward matches central differences of the loss for every weight kind', () => {
    for (const id of ['tanh', 'sigmoid', 'softplus']) {
      const act = bindActivation(id);
      const net = createMlp([2, 5, 4, 1], new Random(3), 'xavier');
      const n = 6;
      const trace = createTrace(net, n);
      const rng = new Random(4);
      for (let i = 0; i < 2 * n; i++) trace.A[0][i] = rng.range(-1, 1);
      const y = Float64Array.from({ length: n }, (_, i) => i % 2);
      forward(net, act, trace);
      const grads = createGrads(net, n);
      backward(net, act, trace, y, grads);
      const loss = (): number => bceLoss(forward(net, act, trace).slice(), y);
      const h = 1e-6;
      for (const [arr, g] of [
        [net.W[0], grads.W[0]],
        [net.W[1], grads.W[1]],
        [net.W[2], grads.W[2]],
        [net.b[1], grads.b[1]],
      ] as const) {
        for (const i of [0, arr.length - 1]) {
          const keep = arr[i];
          arr[i] = keep + h;
          const up = loss();
          arr[i] = keep - h;
          const down = loss();
          arr[i] = keep;
          const numeric = (up - down) / (2 * h);
          assert.ok(Math.abs(numeric - g[i]) < 1e-6 * Math.max(1, Math.abs(numeric)), `${id}: analytic ${g[i]} vs numeric ${numeric}`);
        }
      }
    }
  });

  it('computes the binary cross-entropy stably for huge logits', () => {
    const l = bceLoss(Float64Array.from([1000, -1000]), Float64Array.from([1, 0]));
    assert.equal(l, 0);
    const wrong = bceLoss(Float64Array.from([1000]), Float64Array.from([0]));
    assert.equal(wrong, 1000);
  });
});
