// Build-time assets for hover cards, written to dist/hover-assets.json (never committed):
//   - every registry formula, derivative and second derivative typeset from its TeX to SVG
//     with MathJax,
//   - a small plot of f, f′ and f″ with the saturated tails (|f′| < 0.01 out to ±∞) shaded and
//     a gap with open circles where f″ does not exist (the joins of piecewise functions),
//   - facts computed from the core itself: the mean output for standard-normal inputs,
//     the saturated tails, how much of N(0, 1) falls there, and the measured cost relative
//     to ReLU (from src/core/generated/cost.json when the benchmark has written it).
// An <img> data URI cannot inherit the editor's text colour (MathJax paints with
// currentColor), so every SVG is stored as a template whose colours are the tokens
// @text@, @f@, @df@, @d2f@, @shade@, @shadeOpacity@, @axis@; the language service fills in the
// palette of the current theme kind (listed here, under "themes") and encodes the data URI
// at hover time. One template per image keeps the file ~4× smaller than one copy per theme.
// Run by `npm run build` after esbuild; `node scripts/render-math.mjs [--out FILE]`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsRequire } from 'tsx/cjs/api';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 ? process.argv[outArg + 1] : join(root, 'dist', 'hover-assets.json');

// Saturation has one definition, shared with the plots: the tails where |f′| < 0.01 all the
// way out (a dip of f′ to zero at Swish's minimum is not saturation). See src/plot/saturation.ts.
const { SATURATION_THRESHOLD: SATURATION, saturatedTails } = tsRequire(join(root, 'src/plot/saturation.ts'), import.meta.url);
// Where f″ does not exist (joins of piecewise functions), from the same pieces the cards'
// smoothness line is computed from.
const { missingDerivatives } = tsRequire(join(root, 'src/core/smoothness.ts'), import.meta.url);

/** Colours per VS Code theme kind: text, f, f′, f″, shading of the saturated region, axes. */
const THEMES = {
  light: { text: '#1f1f1f', f: '#0062b1', df: '#b93e00', d2f: '#2b7a1f', shade: '#b93e00', shadeOpacity: 0.12, axis: '#8a8a8a' },
  dark: { text: '#d8d8d8', f: '#5aa9ff', df: '#ffa05a', d2f: '#7bd88f', shade: '#ffa05a', shadeOpacity: 0.16, axis: '#8a8a8a' },
  'hc-dark': { text: '#ffffff', f: '#ffff00', df: '#00ffff', d2f: '#ff80ff', shade: '#00ffff', shadeOpacity: 0.22, axis: '#ffffff' },
  'hc-light': { text: '#000000', f: '#0f4a85', df: '#8f1a00', d2f: '#1d6b12', shade: '#8f1a00', shadeOpacity: 0.18, axis: '#000000' },
};

function loadCore() {
  const registry = tsRequire(join(root, 'src/core/registry.ts'), import.meta.url);
  // The core exposes the measured costs (src/core/cost.ts reads generated/cost.json, written by
  // `node bench/core.mjs --write-cost`); before the first measurement there is nothing to show.
  const costFile = join(root, 'src/core/generated/cost.json');
  const costModule = existsSync(costFile) ? tsRequire(join(root, 'src/core/cost.ts'), import.meta.url) : undefined;
  return { REGISTRY: registry.REGISTRY, relativeCost: (id) => costModule?.relativeCost(id) ?? null, measured: costModule !== undefined };
}

function defaults(act) {
  return Object.fromEntries(act.params.map((p) => [p.name, p.default]));
}

/** Five-point Gauss–Legendre nodes and weights on [−1, 1]. */
const GL_X = [0, -0.5384693101056831, 0.5384693101056831, -0.906179845938664, 0.906179845938664];
const GL_W = [0.5688888888888889, 0.47862867049936647, 0.47862867049936647, 0.23692688505618908, 0.23692688505618908];

/**
 * E[f(X)] for X ~ N(0, 1): composite Gauss–Legendre on panels of width 0.01 over [−12, 12]
 * (the tails beyond hold < 1e−32 of the mass). Panel edges fall on the kinks and jumps of
 * the piecewise functions (0, ±0.5, ±1, ±3, 6), and no node sits on an edge, so a jump such
 * as step's at 0 costs no accuracy.
 */
function meanUnderNormal(f) {
  const panels = 2400;
  const h = 24 / panels;
  let sum = 0;
  for (let i = 0; i < panels; i++) {
    const mid = -12 + (i + 0.5) * h;
    for (let k = 0; k < 5; k++) {
      const x = mid + (GL_X[k] * h) / 2;
      sum += GL_W[k] * f(x) * Math.exp(-0.5 * x * x);
    }
  }
  return (sum * h) / 2 / Math.sqrt(2 * Math.PI);
}

/** Standard normal CDF via the complementary error function of the core-independent series (for masses only). */
function normalCdf(x) {
  // Abramowitz–Stegun 7.1.26 is too coarse for tails; integrate the density instead.
  if (x === -Infinity) return 0;
  if (x === Infinity) return 1;
  const lo = -12;
  const hi = Math.max(lo, Math.min(12, x));
  const n = 4000;
  const h = (hi - lo) / n;
  if (h === 0) return 0;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const t = lo + i * h;
    s += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * t * t);
  }
  return (s * h) / 3 / Math.sqrt(2 * Math.PI);
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const texDocument = mathjax.document('', {
  InputJax: new TeX({ packages: AllPackages }),
  // 'local': each glyph's path once per formula, in <defs>, and <use> wherever it repeats.
  OutputJax: new SVG({ fontCache: 'local' }),
});

/** TeX → standalone SVG template painted in @text@, sized in px (an <img> has no font to resolve ex against). */
function texToSvg(tex) {
  const node = texDocument.convert(tex, { display: true });
  let svg = adaptor.innerHTML(node);
  const EX = 8;
  svg = svg
    .replace(/ style="vertical-align:[^"]*"/, '')
    .replace(/width="([\d.]+)ex"/, (_, w) => `width="${(parseFloat(w) * EX).toFixed(1)}"`)
    .replace(/height="([\d.]+)ex"/, (_, h) => `height="${(parseFloat(h) * EX).toFixed(1)}"`)
    .replaceAll('currentColor', '@text@');
  if (svg.includes('data-mjx-error') || svg.includes('merror')) throw new Error(`MathJax could not typeset: ${tex}`);
  return compact(svg);
}

/**
 * What an <img> does not need: MathJax's data-* annotations (MathML node names, code points)
 * its long glyph ids, renamed g0, g1, … (unique within the one SVG that holds them), and
 * closing tags of empty elements.
 */
function compact(svg) {
  const ids = new Map();
  const short = (id) => {
    if (!ids.has(id)) ids.set(id, `g${ids.size}`);
    return ids.get(id);
  };
  return svg
    .replace(/ data-[a-z-]+="[^"]*"/g, '')
    .replace(/ (role|focusable)="[^"]*"/g, '')
    .replace(/id="(MJX-[^"]+)"/g, (_, id) => `id="${short(id)}"`)
    .replace(/xlink:href="#(MJX-[^"]+)"/g, (_, id) => `xlink:href="#${short(id)}"`)
    .replace(/><\/(use|path|rect)>/g, '/>');
}

/**
 * A small plot of f, f′ and f″ on [−6, 6] with the saturated tails shaded, and a gap with open
 * circles where f″ does not exist (shared with framework cards, which draw f and f′).
 */
const { miniPlotSvg: plotSvg } = tsRequire(join(root, 'src/plot/miniPlot.ts'), import.meta.url);

/** Rounded for display; quadrature and bisection noise below 1e−12 is zero. JSON has no ±Infinity, so open ends become null. */
function round(x, digits = 6) {
  if (!Number.isFinite(x)) return null;
  if (Math.abs(x) < 1e-12) return 0;
  return Number(x.toPrecision(digits));
}

function main() {
  const started = performance.now();
  const { REGISTRY, relativeCost, measured } = loadCore();
  const ids = {};
  for (const act of REGISTRY) {
    const entry = { formula: texToSvg(act.meta.tex.f), derivative: texToSvg(act.meta.tex.df), second: texToSvg(act.meta.d2.tex), facts: {} };
    entry.facts.cost = relativeCost(act.id);
    if (act.kind === 'scalar') {
      const p = defaults(act);
      const f = (x) => act.f(x, p);
      const df = (x) => act.df(x, p);
      const d2f = (x) => act.d2f(x, p);
      const intervals = saturatedTails(df);
      const missing = missingDerivatives(act, 2, p).filter((m) => m.at >= -6 && m.at <= 6);
      entry.facts.meanNormal = round(meanUnderNormal(f));
      entry.facts.saturated = intervals.map(([a, b]) => [round(a, 4), round(b, 4)]);
      entry.facts.saturatedMass = round(
        intervals.reduce((m, [a, b]) => m + normalCdf(b) - normalCdf(a), 0),
        3,
      );
      entry.plot = plotSvg(f, df, intervals, { f: act.id, df: `${act.id}′` }, { d2f, missing, label: `${act.id}″` });
    }
    ids[act.id] = entry;
  }
  const assets = {
    generatedBy: 'scripts/render-math.mjs (npm run build) — do not edit',
    saturationThreshold: SATURATION,
    themes: THEMES,
    costSource: measured ? 'src/core/generated/cost.json' : null,
    ids,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(assets));
  const kb = (JSON.stringify(assets).length / 1024).toFixed(0);
  console.log(`render-math: ${REGISTRY.length} cards, ${kb} KB → ${outFile} (${(performance.now() - started).toFixed(0)} ms)`);
}

main();
