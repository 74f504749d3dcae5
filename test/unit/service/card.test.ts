// The service builds a card with every section for every registry id, in both languages,
// with facts computed from the core rather than typed.
import * as assert from 'assert';
import { REGISTRY } from '../../../src/core/registry';
import { LOCALES } from '../../../src/language/docs/types';
import { UI } from '../../../src/language/docs/ui';
import { base64 } from '../../../src/language/service/base64';
import { activationSections, formatNumber, plainRange } from '../../../src/language/service/card';
import { createLanguageService } from '../../../src/language/service';
import type { HoverAssets, ThemeKind } from '../../../src/language/service/assets';
import { buildAssets } from './buildAssets';

const ALWAYS = ['formula', 'derivative', 'secondDerivative', 'range', 'smoothness', 'zeroCentred', 'saturation', 'cost', 'deadUnits', 'whenToUse', 'mistakes', 'related', 'chapter'];

function decodeImages(markdown: string): string[] {
  return [...markdown.matchAll(/<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)"\/>/g)].map((m) =>
    Buffer.from(m[1], 'base64').toString('utf8'),
  );
}

describe('service: hover cards', function () {
  this.timeout(60000);
  let assets: HoverAssets;
  before(() => {
    assets = buildAssets();
  });

  it('assets cover every registry id and say they are generated', () => {
    assert.match(assets.generatedBy, /render-math/);
    assert.deepStrictEqual(Object.keys(assets.ids).sort(), REGISTRY.map((a) => a.id).sort());
  });

  for (const locale of LOCALES) {
    it(`every id has every section, non-empty, in ${locale}`, () => {
      for (const act of REGISTRY) {
        const sections = activationSections(act, assets, { locale, theme: 'dark', chapterLink: (c) => `command:open?${c}` });
        const keys = sections.map((s) => s.key);
        for (const key of ALWAYS) assert.ok(keys.includes(key), `${act.id} (${locale}) lacks ${key}`);
        if (act.kind === 'scalar') assert.ok(keys.includes('plot'), `${act.id} lacks a plot`);
        if (act.params.length > 0) assert.ok(keys.includes('parameters'), `${act.id} lacks parameters`);
        for (const s of sections) assert.ok(s.body.trim().length > 0 && s.title.length > 0, `${act.id}.${s.key}`);
      }
    });
  }

  it('embeds formula, derivative, second derivative and plot as SVG data URIs coloured for the theme, with plain-text alt', () => {
    const service = createLanguageService(assets);
    const themes: ThemeKind[] = ['light', 'dark', 'hc-dark', 'hc-light'];
    for (const theme of themes) {
      const md = service.activationCard('sigmoid', { locale: 'en', theme });
      const images = decodeImages(md);
      assert.strictEqual(images.length, 4, `four images for ${theme}`);
      for (const svg of images) {
        assert.ok(svg.startsWith('<svg'), 'an SVG document');
        assert.ok(!svg.includes('currentColor'), 'no currentColor (an <img> cannot inherit it)');
        assert.ok(!/@\w+@/.test(svg), 'no unfilled colour token');
        assert.ok(svg.includes(String(assets.themes[theme].text)), `uses the ${theme} text colour`);
      }
      assert.ok(md.includes('alt="sigmoid(x) = 1 / (1 + exp(-x))"'));
      assert.ok(md.includes(`alt="sigmoid''(x) = sigmoid'(x) * (1 - 2 sigmoid(x))"`));
      // Formulas draw each glyph once and <use> it again: every reference has its definition.
      for (const svg of images.slice(0, 3)) {
        const ids = new Set([...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
        const refs = [...svg.matchAll(/xlink:href="#([^"]+)"/g)].map((m) => m[1]);
        assert.ok(refs.length > 0 && refs.every((r) => ids.has(r)), `every <use> resolves: ${refs.filter((r) => !ids.has(r)).join(', ')}`);
        assert.ok(svg.includes('xmlns:xlink="http://www.w3.org/1999/xlink"'), 'declares the xlink namespace its references use');
      }
      // The mini plot draws f″ in its own colour.
      assert.ok(images[3].includes(String(assets.themes[theme].d2f)), `f″ curve coloured for ${theme}`);
    }
  });

  it('states the smoothness class computed from the pieces, with the reason, in both languages', () => {
    const section = (id: string, locale: 'en' | 'zh-cn'): string => {
      const act = REGISTRY.find((a) => a.id === id);
      assert.ok(act);
      return activationSections(act, assets, { locale, theme: 'light' }).find((s) => s.key === 'smoothness')?.body ?? '';
    };
    assert.strictEqual(
      section('elu', 'en'),
      '**C¹ (continuous f′)**: f″ jumps from 1 to 0 at x = 0 (with α = 1), so f‴ does not exist there. Where f″ does not exist the kit returns 0, as PyTorch’s double backward does.',
    );
    assert.strictEqual(section('elu', 'zh-cn'), '**C¹（f′ 连续）**：f″ 在 x = 0 处从 1 跳到 0（取 α = 1 时），因此该处 f‴ 不存在。在 f″ 不存在的点，本工具返回 0，与 PyTorch 的二次反向传播一致。');
    assert.match(section('selu', 'en'), /^\*\*C⁰ \(continuous\)\*\*: f′ jumps from 1\.758 to 1\.051 at x = 0, so f″ does not exist there\./);
    assert.match(section('relu', 'en'), /^\*\*C⁰ \(continuous\)\*\*: f′ jumps from 0 to 1 at x = 0/);
    assert.match(section('hard_swish', 'en'), /f′ jumps from 0 to −0\.5 at x = −3 and from 1\.5 to 1 at x = 3/);
    assert.match(section('hard_swish', 'zh-cn'), /f′ 在 x = −3 处从 0 跳到 −0\.5，在 x = 3 处从 1\.5 跳到 1/);
    assert.match(section('softsign', 'en'), /^\*\*C¹ \(continuous f′\)\*\*: f″ jumps from 2 to −2 at x = 0/);
    assert.match(section('step', 'en'), /^\*\*not continuous \(C⁻¹\)\*\*: f itself jumps from 0 to 1 at x = 0, so neither f′ nor f″ exists there/);
    assert.match(section('maxout', 'en'), /along the line z = \(t, 0\), f′ jumps from 0 to 1 at t = 0/);
    for (const id of ['gelu', 'swish', 'mish', 'softplus', 'softmax']) {
      assert.match(section(id, 'en'), /^\*\*C∞ \(smooth\)\*\*: one formula built from smooth functions, with no joins/);
      assert.match(section(id, 'zh-cn'), /^\*\*C∞（光滑）\*\*：由光滑函数构成的单一公式/);
    }
  });

  it('states facts computed from the core: sigmoid mean 0.5, tanh mean 0, relu mean 1/√(2π), sigmoid saturates beyond ≈ ±4.6', () => {
    assert.ok(Math.abs((assets.ids.sigmoid.facts.meanNormal as number) - 0.5) < 1e-6);
    assert.ok(Math.abs(assets.ids.tanh.facts.meanNormal as number) < 1e-9);
    assert.ok(Math.abs((assets.ids.relu.facts.meanNormal as number) - 1 / Math.sqrt(2 * Math.PI)) < 1e-5);
    // |σ′(x)| = 0.01 where σ(1 − σ) = 0.01, i.e. x = ln((1 + √0.96)/(1 − √0.96)) ≈ 4.5848.
    const edge = Math.log((1 + Math.sqrt(0.96)) / (1 - Math.sqrt(0.96)));
    const sat = assets.ids.sigmoid.facts.saturated ?? [];
    assert.strictEqual(sat.length, 2);
    assert.ok(Math.abs((sat[1][0] as number) - edge) < 1e-3, String(sat[1][0]));
    assert.deepStrictEqual(assets.ids.leaky_relu.facts.saturated, []);
    const md = createLanguageService(assets).activationCard('sigmoid', { locale: 'en', theme: 'light' });
    assert.ok(md.includes('x > 4.585'), 'card shows the computed threshold');
    assert.ok(md.includes('mean output for x ~ N(0, 1): 0.5'));
  });

  it('shows measured cost when present and says so when not', () => {
    const act = REGISTRY.find((a) => a.id === 'tanh');
    assert.ok(act);
    const withCost: HoverAssets = { ...assets, ids: { ...assets.ids, tanh: { ...assets.ids.tanh, facts: { ...assets.ids.tanh.facts, cost: 3.21 } } } };
    const measured = activationSections(act, withCost, { locale: 'en', theme: 'dark' }).find((s) => s.key === 'cost');
    assert.match(measured?.body ?? '', /≈ 3\.21 × ReLU \(measured\)/);
    const none: HoverAssets = { ...assets, ids: { ...assets.ids, tanh: { ...assets.ids.tanh, facts: { ...assets.ids.tanh.facts, cost: null } } } };
    const missing = activationSections(act, none, { locale: 'zh-cn', theme: 'dark' }).find((s) => s.key === 'cost');
    assert.ok(missing?.body.includes(UI.costNotMeasured['zh-cn']));
  });

  it('a primed name leads with the derivative', () => {
    const service = createLanguageService(assets);
    const h = service.hover("y = sigmoid'(0)", 6, { locale: 'en', theme: 'dark' });
    assert.ok(h && h.kind === 'activation');
    assert.strictEqual(h.end - h.start, "sigmoid'".length);
    const first = h.markdown.indexOf('**Derivative**');
    assert.ok(first > 0 && first < h.markdown.indexOf('**Formula**'));
    const h2 = service.hover("y = gelu''(0)", 6, { locale: 'zh-cn', theme: 'dark' });
    assert.ok(h2 && h2.kind === 'activation');
    assert.strictEqual(h2.end - h2.start, "gelu''".length);
    assert.match(h2.markdown, /`gelu` 的二阶导数，用两个撇号表示。/);
    const second = h2.markdown.indexOf('**二阶导数**');
    assert.ok(second > 0 && second < h2.markdown.indexOf('**公式**'));
  });

  it('parameters get their own card; a learner name is left to the engine', () => {
    const service = createLanguageService(assets);
    const p = service.hover('leaky_relu(x, alpha)', 16, { locale: 'en', theme: 'dark' });
    assert.strictEqual(p?.kind, 'parameter');
    assert.match(p?.markdown ?? '', /leaky_relu/);
    const mine = service.hover('alpha = 3\nalpha + 1', 12, { locale: 'en', theme: 'dark' });
    assert.strictEqual(mine?.kind, 'learner');
    assert.match(service.learnerHover('a', 'a = 3', 'zh-cn'), /a = 3/);
    assert.match(service.learnerHover('a', undefined, 'zh-cn'), /尚未求值/);
  });

  it('formats ranges and numbers for reading', () => {
    assert.strictEqual(plainRange('[0, \\infty)'), '[0, ∞)');
    assert.strictEqual(plainRange('(-1, 1)'), '(−1, 1)');
    assert.strictEqual(formatNumber(-4.58496), '−4.585');
    assert.strictEqual(formatNumber(0), '0');
  });

  it('base64 matches Node for ASCII and for UTF-8', () => {
    for (const s of ['', 'a', 'ab', 'abc', '<svg>f′</svg>', '零中心化 ∞ 𝑥']) assert.strictEqual(base64(s), Buffer.from(s, 'utf8').toString('base64'));
  });
});
