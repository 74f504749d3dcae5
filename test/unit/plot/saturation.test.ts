import * as assert from 'node:assert/strict';
import { getActivation, REGISTRY } from '../../../src/core/registry';
import type { ScalarActivation } from '../../../src/core/types';
import { describePlot } from '../../../src/plot/describe';
import { functionPlotSpec, withParams } from '../../../src/plot/functionPlot';
import { saturatedInRange, saturatedTails, SATURATION_THRESHOLD, tailsInRange } from '../../../src/plot/saturation';
import { renderPlotSvg } from '../../../src/plot/svg';

function scalar(id: string): ScalarActivation {
  const a = getActivation(id);
  if (!a || a.kind !== 'scalar') throw new Error(`${id} is not a scalar activation`);
  return a;
}

function defaults(a: ScalarActivation): Record<string, number> {
  return Object.fromEntries(a.params.map((p) => [p.name, p.default]));
}

function tails(id: string, params?: Record<string, number>): [number, number][] {
  const a = scalar(id);
  const p = params ?? defaults(a);
  return saturatedTails((x) => a.df(x, p));
}

function plotOf(id: string, xmin: number, xmax: number): ReturnType<typeof functionPlotSpec> {
  const a = scalar(id);
  const p = defaults(a);
  return functionPlotSpec([{ label: id, f: (x) => a.f(x, p), source: { id, params: p, order: 0 } }], xmin, xmax);
}

/** The x of the minimum of f on [lo, hi], by golden-section search (f′ crosses 0 there). */
function argmin(f: (x: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200; i++) {
    const c = hi - g * (hi - lo);
    const d = lo + g * (hi - lo);
    if (f(c) < f(d)) hi = d;
    else lo = c;
  }
  return (lo + hi) / 2;
}

describe('saturation: the tails where |f′| < 0.01 all the way out', () => {
  it('sigmoid saturates on both tails beyond |x| = ln((1 + √0.96)/(1 − √0.96)) ≈ 4.5848', () => {
    // σ′ = σ(1 − σ) = 0.01 ⇔ σ = (1 ± √0.96)/2.
    const edge = Math.log((1 + Math.sqrt(0.96)) / (1 - Math.sqrt(0.96)));
    assert.ok(Math.abs(edge - 4.5848) < 1e-4);
    const t = tails('sigmoid');
    assert.equal(t.length, 2);
    assert.equal(t[0][0], -Infinity);
    assert.ok(Math.abs(t[0][1] + edge) < 1e-9, String(t[0][1]));
    assert.ok(Math.abs(t[1][0] - edge) < 1e-9, String(t[1][0]));
    assert.equal(t[1][1], Infinity);
  });

  it('tanh saturates on both tails beyond |x| = artanh(√0.99) ≈ 2.993', () => {
    // tanh′ = 1 − tanh² = 0.01 ⇔ tanh = ±√0.99.
    const edge = Math.atanh(Math.sqrt(0.99));
    const t = tails('tanh');
    assert.equal(t.length, 2);
    assert.ok(Math.abs(t[0][1] + edge) < 1e-9 && Math.abs(t[1][0] - edge) < 1e-9, JSON.stringify(t));
  });

  for (const id of ['swish', 'silu', 'mish', 'gelu', 'gelu_tanh', 'hard_swish']) {
    it(`${id}: no band around its minimum, only the negative tail (towards 0)`, () => {
      const a = scalar(id);
      const p = defaults(a);
      const xmin = argmin((x) => a.f(x, p), -3, 0);
      // The rule the plot layer used to apply would flag the minimum: |f′| is tiny there.
      assert.ok(Math.abs(a.df(xmin, p)) < SATURATION_THRESHOLD, `${id}′(${xmin}) = ${a.df(xmin, p)}`);
      const t = tails(id);
      assert.equal(t.length, 1, JSON.stringify(t));
      assert.equal(t[0][0], -Infinity);
      assert.ok(t[0][1] < xmin - 1, `tail ends at ${t[0][1]}, minimum at ${xmin}`);
      // Beyond the tail's edge the function has flattened towards 0.
      assert.ok(Math.abs(a.f(t[0][1] - 1, p)) < 0.01);
      // And the plot neither shades nor describes the minimum.
      // Swish's tail starts at ≈ −6.26, so the range reaches further out than the default −6.
      const spec = plotOf(id, -8, 6);
      const sat = spec.curves[0].saturated ?? [];
      assert.equal(sat.length, 1);
      assert.equal(sat[0][0], -8);
      assert.ok(!(sat[0][0] <= xmin && xmin <= sat[0][1]), 'the minimum is not shaded');
      assert.doesNotMatch(describePlot(spec), /\[/, 'no interior interval in the text');
    });
  }

  it('a range that ends inside the dip at swish\'s minimum shades nothing', () => {
    const a = scalar('swish');
    const xmin = argmin((x) => a.f(x, { beta: 1 }), -3, 0);
    const spec = plotOf('swish', xmin, 2);
    assert.deepEqual(spec.curves[0].saturated, []);
    assert.doesNotMatch(describePlot(spec), /saturates/);
    assert.ok(!renderPlotSvg(spec).includes('fill-opacity="0.1"'), 'no shading rectangle');
  });

  it('relu is flat (f′ = 0) on its whole negative half: one tail ending at 0, shaded and described', () => {
    assert.deepEqual(tails('relu'), [[-Infinity, 0]]);
    const spec = plotOf('relu', -6, 6);
    assert.deepEqual(spec.curves[0].saturated, [[-6, 0]]);
    assert.match(describePlot(spec), /relu saturates for x ≤ 0 \(/);
    assert.match(renderPlotSvg(spec), /fill-opacity="0\.1"/);
  });

  it('interior dead zones and dips are not saturation: softshrink, hardshrink, tanhshrink, leaky_relu', () => {
    for (const id of ['softshrink', 'hardshrink', 'tanhshrink', 'leaky_relu', 'identity']) assert.deepEqual(tails(id), [], id);
    // tanhshrink′ = tanh² is below 0.01 for |x| < 0.1 — a dip, not a tail.
    assert.ok(scalar('tanhshrink').df(0.05, {}) < SATURATION_THRESHOLD);
  });

  it('the step function is flat everywhere: a single interval over the whole line', () => {
    assert.deepEqual(tails('step'), [[-Infinity, Infinity]]);
    const spec = plotOf('step', -2, 3);
    assert.deepEqual(spec.curves[0].saturated, [[-2, 3]]);
    assert.match(describePlot(spec), /step saturates for every x shown/);
  });

  it('follows the parameters: leaky_relu with α = 0.005 saturates on x < 0 after a slider step', () => {
    assert.deepEqual(tails('leaky_relu', { alpha: 0.005 }), [[-Infinity, 0]]);
    const moved = withParams(plotOf('leaky_relu', -6, 6), [{ alpha: 0.005 }]);
    assert.deepEqual(moved.curves[0].saturated, [[-6, 0]]);
  });

  it('agrees with every scalar registry entry\'s meta.saturates', () => {
    for (const a of REGISTRY) {
      if (a.kind !== 'scalar') continue;
      const t = tails(a.id);
      const left = t.some(([lo]) => lo === -Infinity);
      const right = t.some(([, hi]) => hi === Infinity);
      const computed = left && right ? 'both' : left ? 'negative' : right ? 'positive' : 'none';
      assert.equal(computed, a.meta.saturates, `${a.id}: computed ${JSON.stringify(t)}`);
      for (const [lo, hi] of t) assert.ok(lo === -Infinity || hi === Infinity, `${a.id}: every piece is a tail`);
    }
  });

  it('clips tails to a plotted range and drops the pieces outside it', () => {
    assert.deepEqual(tailsInRange([[-Infinity, -4], [4, Infinity]], -3, 6), [[4, 6]]);
    assert.deepEqual(tailsInRange([[-Infinity, -4]], -3, 3), []);
    // A range beyond the default search window still finds the tails.
    const s = scalar('sigmoid');
    const wide = saturatedInRange((x) => s.df(x, {}), -200, 200);
    assert.equal(wide.length, 2);
    assert.deepEqual([wide[0][0], wide[1][1]], [-200, 200]);
  });
});
