import * as assert from 'node:assert/strict';
import { formatTick, logTicks, niceStep, niceTicks } from '../../../src/plot/ticks';

describe('plot ticks', () => {
  it('steps are 1, 2 or 5 times a power of ten', () => {
    for (const span of [0.003, 0.7, 1, 12, 99, 1234, 5e7]) {
      const step = niceStep(span, 6);
      const m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
      assert.ok([1, 2, 5].some((k) => Math.abs(m - k) < 1e-9), `span ${span}: step ${step}`);
      assert.ok(span / step <= 6 + 1e-9, `span ${span}: ${span / step} ticks`);
    }
  });

  it('covers −6…6 with round numbers and an exact 0', () => {
    assert.deepEqual(niceTicks(-6, 6, 7), [-6, -4, -2, 0, 2, 4, 6]);
    const t = niceTicks(-0.3, 0.3, 6);
    assert.ok(t.includes(0) && !t.some((v) => Object.is(v, -0)));
    assert.ok(t.every((v) => String(v).length <= 5), `no float noise: ${t.join(',')}`);
  });

  it('log ticks are decades inside the range', () => {
    assert.deepEqual(logTicks(1e-3, 10, 10), [1e-3, 1e-2, 1e-1, 1, 10]);
    assert.ok(logTicks(1e-13, 1, 6).length <= 7);
    assert.deepEqual(logTicks(-1, 1), []);
  });

  it('formats small and large ticks compactly', () => {
    assert.equal(formatTick(0), '0');
    assert.equal(formatTick(0.25), '0.25');
    assert.equal(formatTick(1e-8), '1e-8');
    assert.equal(formatTick(-2e6), '-2e6');
  });
});
