import * as assert from 'node:assert/strict';
import { REGISTRY } from '../../../src/core/registry';
import { sliderRange } from '../../../src/renderer/params';

describe('renderer slider ranges', () => {
  it('contain every parameter default and only values the parameter accepts at the ends', () => {
    let checked = 0;
    for (const act of REGISTRY) {
      for (const p of act.params) {
        const r = sliderRange(p);
        if (p.default > 1e6) {
          assert.equal(r, undefined, `${act.id}.${p.name}: a sentinel default gets no slider`);
          continue;
        }
        assert.ok(r, `${act.id}.${p.name}: no slider`);
        assert.ok(r.min <= p.default && p.default <= r.max, `${act.id}.${p.name}: ${p.default} in [${r.min}, ${r.max}]`);
        assert.ok(r.step > 0 && r.step < r.max - r.min, `${act.id}.${p.name}: step ${r.step}`);
        assert.equal(p.check?.(r.min), undefined, `${act.id}.${p.name}: min ${r.min} rejected`);
        assert.equal(p.check?.(r.max), undefined, `${act.id}.${p.name}: max ${r.max} rejected`);
        checked++;
      }
    }
    assert.ok(checked >= 5, `parameters checked: ${checked}`);
  });

  it("gives leaky_relu's α room up to 1 and keeps celu's α away from 0", () => {
    const leaky = REGISTRY.find((a) => a.id === 'leaky_relu')?.params.find((p) => p.name === 'alpha');
    assert.ok(leaky);
    assert.deepEqual([sliderRange(leaky)?.min, sliderRange(leaky)?.max], [0, 1]);
    const celu = REGISTRY.find((a) => a.id === 'celu')?.params.find((p) => p.name === 'alpha');
    assert.ok(celu);
    assert.ok((sliderRange(celu)?.min ?? 0) > 0);
  });
});
