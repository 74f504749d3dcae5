import * as assert from 'node:assert/strict';
import { functionPlotSpec, withParams } from '../../../src/plot/functionPlot';
import { sampleFunctions } from '../../../src/plot/sample';
import { getActivation } from '../../../src/core/registry';

describe('plot sampling', () => {
  it('keeps the grid sorted, inside the range, and between 400 and 2000 points', () => {
    const s = sampleFunctions([(x) => Math.max(0, x), Math.sin, (x) => 1 / x], -6, 6);
    assert.ok(s.x.length >= 400 && s.x.length <= 2000, `${s.x.length} points`);
    assert.equal(s.x[0], -6);
    assert.equal(s.x[s.x.length - 1], 6);
    for (let i = 1; i < s.x.length; i++) assert.ok(s.x[i] > s.x[i - 1]);
    assert.equal(s.ys.length, 3);
    for (const ys of s.ys) assert.equal(ys.length, s.x.length);
  });

  it('refines around a kink more than on a straight line', () => {
    const kink = sampleFunctions([(x) => Math.abs(x - 0.123)], -6, 6);
    const line = sampleFunctions([(x) => 2 * x + 1], -6, 6);
    assert.equal(line.x.length, 401, 'a straight line needs no refinement');
    const near = kink.x.filter((x) => Math.abs(x - 0.123) < 0.03).length;
    assert.ok(near > 2, `points near the kink: ${near}`);
    // The kink itself is then drawn within a small fraction of the y span.
    let worst = 0;
    for (let i = 0; i < kink.x.length; i++) worst = Math.max(worst, Math.abs(kink.ys[0][i] - Math.abs(kink.x[i] - 0.123)));
    assert.equal(worst, 0);
  });

  it('turns NaN and ±Infinity into gaps (null) in the spec', () => {
    const spec = functionPlotSpec([{ label: 'log', f: Math.log }, { label: 'inv', f: (x) => (x === 0 ? Infinity : 1 / x) }], -2, 2);
    const log = spec.curves[0];
    spec.x.forEach((x, i) => {
      if (x < 0) assert.equal(log.y[i], null, `log(${x})`);
      if (x > 0) assert.equal(typeof log.y[i], 'number');
    });
    const zero = spec.x.indexOf(0);
    assert.ok(zero >= 0);
    assert.equal(spec.curves[1].y[zero], null);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(spec)));
  });

  it('finds the saturated regions of sigmoid (|σ′| < 0.01 beyond |x| ≈ 4.6)', () => {
    const a = getActivation('sigmoid');
    if (a.kind !== 'scalar') throw new Error('sigmoid is scalar');
    const spec = functionPlotSpec([{ label: 'sigmoid', f: (x) => a.f(x, {}), source: { id: 'sigmoid', params: {}, order: 0 } }], -8, 8);
    const sat = spec.curves[0].saturated ?? [];
    assert.equal(sat.length, 2);
    assert.equal(sat[0][0], -8);
    assert.ok(Math.abs(sat[0][1] + 4.585) < 1e-3, `left edge ${sat[0][1]}`);
    assert.ok(Math.abs(sat[1][0] - 4.585) < 1e-3, `right edge ${sat[1][0]}`);
    assert.equal(sat[1][1], 8);
  });

  it('re-evaluates registry curves with new parameters (a slider step)', () => {
    const a = getActivation('leaky_relu');
    if (a.kind !== 'scalar') throw new Error('leaky_relu is scalar');
    const spec = functionPlotSpec([{ label: 'leaky_relu', f: (x) => a.f(x, { alpha: 0.01 }), source: { id: 'leaky_relu', params: { alpha: 0.01 }, order: 0 } }], -6, 6);
    const moved = withParams(spec, [{ alpha: 0.5 }]);
    const i = moved.x.findIndex((x) => x <= -4 && x > -4.1);
    assert.ok(Math.abs((moved.curves[0].y[i] as number) - 0.5 * moved.x[i]) < 1e-12);
    assert.equal(moved.curves[0].source?.params.alpha, 0.5);
    assert.equal(spec.curves[0].source?.params.alpha, 0.01, 'the original spec is untouched');
  });

  it('keeps a learner curve\'s points when other curves move', () => {
    const a = getActivation('elu');
    if (a.kind !== 'scalar') throw new Error('elu is scalar');
    const spec = functionPlotSpec(
      [
        { label: 'f', f: (x) => x * x },
        { label: 'elu', f: (x) => a.f(x, { alpha: 1 }), source: { id: 'elu', params: { alpha: 1 }, order: 0 } },
      ],
      -3,
      3,
    );
    const moved = withParams(spec, [undefined, { alpha: 2 }]);
    assert.deepEqual(moved.curves[0].y, spec.curves[0].y);
    assert.deepEqual(moved.x, spec.x);
    assert.notDeepEqual(moved.curves[1].y, spec.curves[1].y);
  });

  it('clips the view at a pole but fits ordinary curves whole', () => {
    const pole = functionPlotSpec([{ label: 'inv', f: (x) => 1 / x }], -6, 6);
    assert.ok(pole.yRange, 'a range is set for 1/x');
    assert.ok(pole.yRange[1] < 100 && pole.yRange[0] > -100, `range ${pole.yRange}`);
    const plain = functionPlotSpec([{ label: 'tanh', f: Math.tanh }, { label: 'x', f: (x) => x }], -6, 6);
    assert.equal(plain.yRange, undefined);
  });
});
