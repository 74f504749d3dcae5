import * as assert from 'node:assert/strict';
import { Session } from '../../../src/language/session';
import { MIME, type CellResult } from '../../../src/language/types';
import type { PlotSpec } from '../../../src/plot/spec';

function lastItems(r: CellResult): Map<string, unknown> {
  assert.equal(r.error, undefined, r.error?.message);
  const out = r.outputs[r.outputs.length - 1];
  return new Map(out.items.map((i) => [i.mime, i.data]));
}

describe('plot() and the experiments in cells', () => {
  const session = new Session();
  const run = (code: string): CellResult => session.run(code, { precision: 6 });

  it("plot(sigmoid, sigmoid', -6, 6) gives the plot JSON, an SVG and a text summary", () => {
    const items = lastItems(run("plot(sigmoid, sigmoid', -6, 6)"));
    assert.deepEqual([...items.keys()], [MIME.plot, MIME.svg, MIME.text, MIME.json]);
    assert.deepEqual(items.get(MIME.json), { plot: { curves: ['sigmoid', "sigmoid'"], x: [-6, 6] } });
    const spec = items.get(MIME.plot) as PlotSpec;
    assert.deepEqual(spec.curves.map((c) => c.label), ['sigmoid', "sigmoid'"]);
    assert.deepEqual(spec.curves.map((c) => c.source?.order), [0, 1]);
    assert.deepEqual(spec.xRange, [-6, 6]);
    assert.ok((spec.curves[0].saturated ?? []).length === 2);
    assert.match(items.get(MIME.svg) as string, /^<svg/);
    assert.match(items.get(MIME.text) as string, /sigmoid saturates/);
  });

  it("plots a learner's function without a source (no sliders), and the default range −6…6", () => {
    run('g(x) = x^2 - 1');
    const spec = lastItems(run('plot(g)')).get(MIME.plot) as PlotSpec;
    assert.equal(spec.curves[0].label, 'g');
    assert.equal(spec.curves[0].source, undefined);
    assert.deepEqual(spec.xRange, [-6, 6]);
    for (const i of [0, 100, 333, spec.x.length - 1]) assert.equal(spec.curves[0].y[i], spec.x[i] ** 2 - 1);
  });

  it('reports clear errors for a non-function and for xmin ≥ xmax', () => {
    const a = run('plot(3, 1, 2)');
    assert.equal(a.error?.name, 'ArgumentError');
    assert.match(a.error?.message ?? '', /plot/);
    const b = run('plot(sigmoid, 2, -2)');
    assert.match(b.error?.message ?? '', /xmin must be less than xmax/);
    const c = run('plot(sigmoid, 1)');
    assert.match(c.error?.message ?? '', /two numbers/);
  });

  it('vanishing([sigmoid, tanh, relu], 6) returns a report with a log chart and a table', () => {
    const items = lastItems(run('vanishing([sigmoid, tanh, relu], 6)'));
    const spec = items.get(MIME.plot) as PlotSpec;
    assert.equal(spec.yScale, 'log');
    assert.equal(spec.table?.rows.length, 3);
    assert.match(items.get(MIME.markdown) as string, /\| activation \|/);
    assert.match(items.get(MIME.markdown) as string, /!\[[^\]]*\]\(data:image\/svg\+xml/);
  });

  it('experiments name the argument they cannot use', () => {
    run('h(x) = x');
    assert.match(run('race([h], "xor")').error?.message ?? '', /not a built-in activation/);
    assert.match(run('race([relu], "moons")').error?.message ?? '', /dataset must be one of/);
    assert.match(run('vanishing(relu, 0)').error?.message ?? '', /depth must be a whole number/);
  });

  it('stability(softmax) and stability("mish\'") compare the naive formula with the core', () => {
    const md = lastItems(run('stability(softmax)')).get(MIME.markdown) as string;
    assert.match(md, /\[1000, 1001, 1002\] \| \[NaN, NaN, NaN\]/);
    const md2 = lastItems(run("stability(mish')")).get(MIME.markdown) as string;
    assert.match(md2, /NaN/);
  });

  it('writes reports and plot summaries in Simplified Chinese when the locale asks for it', () => {
    const zh = session.run('vanishing([sigmoid, relu], 6)', { precision: 6, locale: 'zh-cn' });
    const items = lastItems(zh);
    assert.match(items.get(MIME.markdown) as string, /梯度消失/);
    assert.equal((items.get(MIME.plot) as PlotSpec).locale, 'zh-cn');
    assert.deepEqual((items.get(MIME.plot) as PlotSpec).table?.columns.slice(0, 2), ['激活函数', '初始化']);
    const en = lastItems(session.run('vanishing([sigmoid, relu], 6)', { precision: 6, locale: 'en' }));
    assert.match(en.get(MIME.markdown) as string, /Vanishing gradients/);
    const plot = lastItems(session.run('plot(sigmoid)', { precision: 6, locale: 'zh-cn' }));
    assert.match(plot.get(MIME.text) as string, /饱和/);
    const st = lastItems(session.run('stability(tanh)', { precision: 6, locale: 'zh-cn' }));
    assert.match(st.get(MIME.markdown) as string, /上溢为 ∞|∞\/∞ 是 NaN/);
  });
});
