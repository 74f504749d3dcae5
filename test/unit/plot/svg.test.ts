import * as assert from 'node:assert/strict';
import { renderBoundariesSvg } from '../../../src/plot/heatmap';
import { functionPlotSpec } from '../../../src/plot/functionPlot';
import { renderPlotSvg } from '../../../src/plot/svg';
import type { PlotSpec } from '../../../src/plot/spec';

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
});
