import * as assert from 'node:assert/strict';
import { Random } from '../../../src/core/experiments/random';

describe('seeded random numbers', () => {
  it('repeats exactly under the same seed and differs under another', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const xs = Array.from({ length: 20 }, () => a.normal());
    assert.deepEqual(Array.from({ length: 20 }, () => b.normal()), xs);
    assert.notDeepEqual(Array.from({ length: 20 }, () => c.normal()), xs);
  });

  it('gives uniforms in [0, 1) and normals with mean ≈ 0, variance ≈ 1', () => {
    const r = new Random(1);
    let mean = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      assert.ok(u >= 0 && u < 1);
      const z = r.normal();
      mean += z / n;
      sq += (z * z) / n;
    }
    assert.ok(Math.abs(mean) < 0.03, `mean ${mean}`);
    assert.ok(Math.abs(sq - 1) < 0.05, `variance ${sq}`);
  });
});
