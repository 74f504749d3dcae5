import * as assert from 'node:assert/strict';
import { renderBoundariesSvg } from '../../../src/plot/heatmap';
import { functionPlotSpec } from '../../../src/plot/functionPlot';
import { renderPlotSvg } from '../../../src/plot/svg';
import type { PlotSpec } from '../../../src/plot/spec';
import { describePlot } from '../../../src/plot/describe';
import { getActivation } from '../../../src/core/registry';

/**
 * A strict little XML well-formedness check: every tag closes in order, attributes are
 * quoted, no raw `<` or `&` in text. Enough to catch broken string building.
 */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < xml.length) {
    re.lastIndex = pos;
    m = re.exec(xml);
    assert.ok(m, `not well-formed near: ${xml.slice(pos, pos + 80)}`);
    if (m[5] !== undefined) {
      assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[5]), `raw & in text: ${m[5].slice(0, 60)}`);
    } else if (m[1] === '/') {
      assert.equal(stack.pop(), m[2], `closing </${m[2]}>`);
    } else if (m[4] !== '/') {
      stack.push(m[2]);
    }
    pos = re.lastIndex;
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}

describe('static SVG plots', () => {
  const spec = functionPlotSpec(
    [
      { label: 'sigmoid', f: (x) => 1 / (1 + Math.exp(-x)) },
      { label: "f <&> 'g'", f: (x) => Math.log(x) },
    ],
    -6,
    6,
  );

  it('is well-formed XML with a title, a description and one path per curve', () => {
    const svg = renderPlotSvg(spec);
    assertWellFormed(svg);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<title id="[^"]+">[^<]+<\/title>/);
    assert.match(svg, /<desc id="[^"]+">Plot of sigmoid, f &lt;&amp;&gt; &apos;g&apos;/);
    assert.equal((svg.match(/<path /g) ?? []).length, 2);
    assert.ok(svg.includes('prefers-color-scheme:dark'), 'theme-aware fallback colours');
    assert.ok(svg.includes('var(--vscode-editor-foreground'), 'VS Code theme variables when inline');
  });

  it('breaks the path at gaps (log is undefined for x ≤ 0)', () => {
    const svg = renderPlotSvg(spec);
    const paths = [...svg.matchAll(/<path stroke="[^"]+" d="([^"]+)"/g)].map((m) => m[1]);
    assert.equal((paths[0].match(/M/g) ?? []).length, 1, 'sigmoid is one piece');
    assert.ok(paths[1].startsWith('M'), 'log starts where it becomes finite');
    const firstX = Number(paths[1].slice(1).split(' ')[0]);
    const zeroX = Number(/<line class="[^"]+-zero" x1="([\d.]+)"/.exec(svg)?.[1]);
    assert.ok(firstX >= zeroX, `log starts at x ≥ 0 (${firstX} vs ${zeroX})`);
  });

  it('labels ticks at nice numbers and draws a log axis in decades', () => {
    const svg = renderPlotSvg(spec);
    for (const t of ['-6', '-4', '-2', '0', '2', '4', '6']) assert.ok(svg.includes(`>${t}</text>`), `tick ${t}`);
    const log: PlotSpec = { version: 1, x: [0, 1, 2, 3], yScale: 'log', curves: [{ label: 'g', y: [1, 1e-3, 1e-6, 1e-9] }] };
    const svgLog = renderPlotSvg(log);
    assertWellFormed(svgLog);
    assert.ok(svgLog.includes('>1e-6</text>') || svgLog.includes('>1e-5</text>'), 'decade labels');
  });

  it('uses the given id prefix and size, and can leave out the legend', () => {
    const svg = renderPlotSvg(spec, { idPrefix: 'hv', width: 240, height: 120, legend: false });
    assert.ok(svg.includes('id="hv-clip"'));
    assert.ok(svg.includes('width="240" height="120"'));
    assert.ok(!svg.includes('stroke-width="3"'), 'no legend swatches');
  });

  it('renders decision-boundary heat maps as well-formed SVG', () => {
    const res = 8;
    const grid = Array.from({ length: res * res }, (_, i) => (i % res) / (res - 1));
    const svg = renderBoundariesSvg([{ label: 'relu', grid }, { label: 'tanh', grid }], { resolution: res, X: [0.5, 0.5, -0.5, -0.5], y: [1, 0] });
    assertWellFormed(svg);
    assert.equal((svg.match(/<circle /g) ?? []).length, 4);
    assert.ok((svg.match(/<rect /g) ?? []).length > 2);
  });

  it('marks where a drawn derivative does not exist: a gap, open circles at the limits, a dot at the value', () => {
    const elu = getActivation('elu');
    const relu = getActivation('relu');
    assert.ok(elu.kind === 'scalar' && relu.kind === 'scalar');
    if (elu.kind !== 'scalar' || relu.kind !== 'scalar') return;
    const p = { alpha: 1 };
    const marked = functionPlotSpec(
      [
        { label: "elu''", f: (x) => elu.d2f(x, p), source: { id: 'elu', params: p, order: 2 } },
        { label: "relu'", f: (x) => relu.df(x, {}), source: { id: 'relu', params: {}, order: 1 } },
        { label: 'elu', f: (x) => elu.f(x, p), source: { id: 'elu', params: p, order: 0 } },
      ],
      -3,
      3,
    );
    const k = marked.x.indexOf(0);
    assert.ok(k > 0, 'the join x = 0 is on the grid');
    assert.deepEqual(marked.curves[0].missing, [{ x: 0, left: 1, right: 0, value: 0 }]);
    assert.deepEqual(marked.curves[1].missing, [{ x: 0, left: 0, right: 1, value: 0 }]);
    assert.equal(marked.curves[2].missing, undefined, 'f itself exists everywhere');
    assert.equal(marked.curves[0].y[k], null);
    assert.equal(marked.curves[2].y[k], 0);
    const svg = renderPlotSvg(marked);
    assertWellFormed(svg);
    assert.equal((svg.match(/fill="none" stroke="#/g) ?? []).length, 4, 'two open circles per marked curve');
    assert.equal((svg.match(/<circle [^>]*r="2.5"/g) ?? []).length, 2, 'one dot per marked curve');
    assert.match(describePlot(marked), /elu'' does not exist at x = 0: it jumps from 1 to 0; the dot is the value the kit returns there, 0\./);
    assert.match(describePlot(marked, 'zh-cn'), /elu'' 在 x = 0 处不存在：它从 1 跳到 0/);
  });
});

