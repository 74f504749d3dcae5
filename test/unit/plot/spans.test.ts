import * as assert from 'node:assert/strict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { functionPlotSpec } from '../../../src/plot/functionPlot';
import { sampleFunctions } from '../../../src/plot/sample';
import { fraction, lerp, midpoint } from '../../../src/plot/span';
import type { PlotSpec } from '../../../src/plot/spec';
import { renderPlotSvg } from '../../../src/plot/svg';
import { niceStep, niceTicks } from '../../../src/plot/ticks';
import { measurable, panned, zoomed } from '../../../src/renderer/zoom';

/** Runs `f` and fails if it takes longer than `ms` (the cases here used to run for ever). */
function quick<T>(ms: number, what: string, f: () => T): T {
  const t0 = Date.now();
  const value = f();
  assert.ok(Date.now() - t0 < ms, `${what} took ${Date.now() - t0} ms`);
  return value;
}

/**
 * Ranges and values near the ends of the doubles: ticks, sampling, the SVG and the chart's
 * zoom stay finite and fast. `plot(sigmoid, -1e308, 1e308)` and `plot(f(x) = 1e308*x, -1, 1)`
 * used to run until the time limit (an infinite span gave a tick step of 1).
 */
describe('plot: huge and infinite spans', () => {
  it('finds a handful of ticks on ranges wider than any double, and none on infinite ones', () => {
    const wide = quick(100, 'ticks on ±1e308', () => niceTicks(-1e308, 1e308, 6));
    assert.ok(wide.length >= 3 && wide.length <= 14, wide.join(', '));
    assert.ok(wide.every(Number.isFinite) && wide.includes(0), wide.join(', '));
    assert.deepEqual(niceTicks(-Infinity, Infinity), []);
    assert.deepEqual(niceTicks(0, Infinity), []);
    assert.ok(Number.isNaN(niceStep(Infinity, 6)));
    const top = niceTicks(Number.MAX_VALUE * 0.5, Number.MAX_VALUE, 6);
    assert.ok(top.length > 0 && top.every(Number.isFinite), top.join(', '));
  });

  it('keeps ticks distinct on spans far below 1e-20', () => {
    const tiny = niceTicks(-1e-300, 1e-300, 4);
    assert.ok(tiny.length >= 3 && new Set(tiny).size === tiny.length, tiny.join(', '));
    assert.ok(tiny.some((t) => t !== 0));
  });

  it('places points on ranges wider than any double', () => {
    assert.equal(midpoint(-1e308, 1e308), 0);
    assert.equal(midpoint(1.5e308, 1.7e308), 1.6e308);
    assert.equal(lerp(-1e308, 1e308, 0.75), 5e307);
    assert.equal(lerp(-6, 6, 0.5), 0);
    assert.equal(fraction(0, -1e308, 1e308), 0.5);
    assert.equal(fraction(1e308, -1e308, 1e308), 1);
    const s = quick(2000, 'sampling ±1e308', () => sampleFunctions([Math.atan], -1e308, 1e308));
    assert.equal(s.x[0], -1e308);
    assert.equal(s.x[s.x.length - 1], 1e308);
    for (let i = 1; i < s.x.length; i++) assert.ok(s.x[i] > s.x[i - 1] && Number.isFinite(s.x[i]));
  });

  it('shows values further apart than a double can measure on a measurable y range, in a clean SVG', () => {
    const spec = quick(2000, 'plot of 1e308·x', () => functionPlotSpec([{ label: 'f', f: (x) => 1e308 * x }], -1, 1));
    assert.ok(spec.yRange && Number.isFinite(spec.yRange[1] - spec.yRange[0]), JSON.stringify(spec.yRange));
    const svg = renderPlotSvg(spec);
    assert.doesNotMatch(svg, /NaN|Infinity/);
    assert.match(svg, /<path stroke="[^"]+" d="M/);
  });

  it('answers plot() with huge ranges in milliseconds: a clear error, or a sensible plot', () => {
    const session = new Session();
    const tooWide = quick(1000, 'plot(sigmoid, -1e308, 1e308)', () => session.run('plot(sigmoid, -1e308, 1e308)', { precision: 6 }));
    assert.equal(tooWide.error?.name, 'ArgumentError');
    assert.match(tooWide.error!.message, /too wide to draw/);
    const huge = quick(2000, 'plot(f(x) = 1e308*x, -1, 1)', () => session.run('f(x) = 1e308*x\nplot(f, -1, 1)', { precision: 6 }));
    assert.equal(huge.error, undefined, JSON.stringify(huge.error));
    const wide = quick(2000, 'plot(sigmoid, -8e307, 8e307)', () => session.run('plot(sigmoid, -8e307, 8e307)', { precision: 6 }));
    const spec = wide.outputs[0].items.find((i) => i.mime === MIME.plot)?.data as PlotSpec;
    // The saturated tails are still found where they are, not somewhere near 1e285.
    const tails = spec.curves[0].saturated!;
    assert.ok(Math.abs(tails[0][1] + 4.5848) < 1e-3 && Math.abs(tails[1][0] - 4.5848) < 1e-3, JSON.stringify(tails));
  });

  it("keeps the chart's window measurable when zooming or panning far out", () => {
    const [lo, hi] = zoomed(-6, 6, 0, 0.8);
    assert.ok(Math.abs(lo + 4.8) < 1e-12 && Math.abs(hi - 4.8) < 1e-12, `${lo}, ${hi}`);
    assert.deepEqual(zoomed(-8e307, 8e307, 0, 1.25), [-8e307, 8e307], 'zooming out past the doubles keeps the window');
    assert.deepEqual(panned(-6, 6, 1), [-5, 7]);
    assert.deepEqual(panned(1e308, 1.7e308, 1e308), [1e308, 1.7e308]);
    assert.equal(measurable(-Infinity, 0), false);
    assert.equal(measurable(1, 1), false);
  });
});
