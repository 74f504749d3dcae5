/**
 * Hover cards as Markdown (with a little HTML for the images): one per registry function,
 * one per parameter, and one for a learner's own names. Every fact that can be computed
 * comes from the core (`meta`, `params`) or the build-time assets, never from prose.
 */
import type { Activation } from '../../core/types';
import { ACTIVATION_DOCS } from '../docs/activations';
import { PARAM_DOCS } from '../docs/params';
import type { Locale } from '../docs/types';
import { fill, UI } from '../docs/ui';
import { themedDataUri, type HoverAssets, type ThemeKind } from './assets';
import { formatNumber } from './numbers';
import { smoothnessText } from './smoothness';

export interface CardContext {
  readonly locale: Locale;
  readonly theme: ThemeKind;
  /** A link that opens a curriculum chapter (e.g. a `command:` URI), when the editor offers one. */
  readonly chapterLink?: (chapter: string) => string | undefined;
}

/** A titled part of a card; `key` is stable across languages (tests and UI rely on it). */
export interface CardSection {
  readonly key: string;
  readonly title: string;
  readonly body: string;
}

/** TeX of a range such as `[0, \\infty)` as plain text: `[0, ∞)`. */
export function plainRange(tex: string): string {
  return tex
    .replace(/\\infty/g, '∞')
    .replace(/\\approx/g, '≈')
    .replace(/\\(left|right|,|;|!)/g, '')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}

export { formatNumber };

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function image(template: string, assets: HoverAssets, theme: ThemeKind, alt: string): string {
  return `<img src="${themedDataUri(template, assets.themes[theme])}" alt="${escapeAttr(alt)}"/>`;
}

/**
 * Registry ids whose cell-language forms are not "input, then the registry parameters":
 * Maxout is called on its piece values, `maxout(z)`, or from weights, `maxout(W, b, x)`
 * (src/language/mathInstance.ts). The last form is the one shown in signatures.
 */
const OWN_FORMS: Readonly<Record<string, readonly (readonly string[])[]>> = { maxout: [['z'], ['W', 'b', 'x']] };

/** The argument labels a cell writes (the fullest form), how many are required, and every allowed count. */
export function cellArguments(act: Activation): { labels: string[]; min: number; counts: number[] } {
  const own = OWN_FORMS[act.id];
  if (own) {
    const labels = [...own[own.length - 1]];
    return { labels, min: labels.length, counts: own.map((f) => f.length) };
  }
  const input = act.kind === 'vector' ? 'z' : 'x';
  const labels = [input, ...act.params.map((p) => `${p.name} = ${p.default}`)];
  return { labels, min: 1, counts: labels.map((_, i) => i + 1) };
}

/** `leaky_relu(x, alpha = 0.01)`, `softmax(z, T = 1)`, `maxout(W, b, x)`. */
export function signatureLabel(act: Activation, primes = 0): string {
  return `${act.id}${"'".repeat(primes)}(${cellArguments(act).labels.join(', ')})`;
}

function intervalText(a: number | null, b: number | null, locale: Locale): string {
  if (a === null && b === null) return locale === 'en' ? 'every x' : '所有 x';
  if (a === null) return `x < ${formatNumber(b as number)}`;
  if (b === null) return `x > ${formatNumber(a)}`;
  return `${formatNumber(a)} < x < ${formatNumber(b)}`;
}

/** The computed saturation line: where |f′| < threshold and how much of N(0, 1) lands there. */
function saturationFacts(act: Activation, assets: HoverAssets, locale: Locale): string {
  const facts = assets.ids[act.id]?.facts;
  if (!facts?.saturated) return '';
  if (facts.saturated.length === 0) return UI.neverSaturates[locale];
  const where = facts.saturated.map(([a, b]) => intervalText(a, b, locale)).join(UI.and[locale]);
  const mass =
    facts.saturatedMass !== undefined
      ? ` (${fill(UI.saturationMass[locale], `${formatNumber(facts.saturatedMass * 100)}%`)})`
      : '';
  return `${fill(UI.saturatesWhere[locale], where)}${mass}.`;
}

function costText(act: Activation, assets: HoverAssets, locale: Locale): string {
  const measured = assets.ids[act.id]?.facts.cost;
  const head = typeof measured === 'number' ? fill(UI.costMeasured[locale], `≈ ${formatNumber(measured)}`) : UI.costNotMeasured[locale];
  return `${head}; ${fill(UI.costClass[locale], UI.costClasses[act.meta.cost][locale])}.`;
}

/** The sections of an activation's card, in display order. Missing docs throw: a test checks every id has them. */
export function activationSections(act: Activation, assets: HoverAssets, ctx: CardContext): CardSection[] {
  const { locale, theme } = ctx;
  const doc = ACTIVATION_DOCS[act.id];
  if (!doc) throw new Error(`no hover docs for registry id "${act.id}"`);
  const prose = doc[locale];
  const art = assets.ids[act.id];
  const sections: CardSection[] = [];
  const add = (key: string, title: string, body: string): void => {
    if (body.trim().length > 0) sections.push({ key, title, body });
  };

  add('formula', UI.formula[locale], art ? image(art.formula, assets, theme, act.meta.plain.f) : `\`${act.meta.plain.f}\``);
  add('derivative', UI.derivative[locale], art ? image(art.derivative, assets, theme, act.meta.plain.df) : `\`${act.meta.plain.df}\``);
  const d2 = act.meta.d2.plain;
  add('secondDerivative', UI.secondDerivative[locale], art?.second ? image(art.second, assets, theme, d2) : `\`${d2}\``);
  if (art?.plot) add('plot', UI.plot[locale], image(art.plot, assets, theme, `${act.meta.plain.f}; ${act.meta.plain.df}; ${d2}`));
  add('range', UI.range[locale], `${plainRange(act.meta.rangeTex)}`);
  add('smoothness', UI.smoothness[locale], smoothnessText(act, locale));

  const mean = art?.facts.meanNormal;
  const meanText = typeof mean === 'number' ? ` — ${fill(UI.meanNormal[locale], formatNumber(mean))}` : '';
  add(
    'zeroCentred',
    UI.zeroCentred[locale],
    `**${act.meta.zeroCentred ? UI.yes[locale] : UI.no[locale]}**${meanText}. ${prose.whyZeroCentringMatters}`,
  );
  const satFacts = saturationFacts(act, assets, locale);
  add('saturation', UI.saturation[locale], `${satFacts ? `${satFacts} ` : ''}${prose.saturationNote}`);
  add('cost', UI.cost[locale], costText(act, assets, locale));
  add('deadUnits', UI.deadUnits[locale], UI.risk[act.meta.deadUnitRisk][locale]);
  if (act.meta.kinkConvention) add('kink', UI.kink[locale], act.meta.kinkConvention);
  add('whenToUse', UI.whenToUse[locale], prose.whenToUse);
  add('mistakes', UI.mistakes[locale], prose.mistakes.map((m) => `- ${m}`).join('\n'));
  if (act.params.length > 0) {
    add(
      'parameters',
      UI.parameters[locale],
      act.params.map((p) => `- \`${p.name}\` — ${paramDescription(act.id, p.name, locale)} (${fill(UI.defaultValue[locale], p.default)}${p.learnable ? `, ${UI.learnable[locale]}` : ''})`).join('\n'),
    );
  }
  if (doc.examples.length > 0) {
    add('examples', UI.examples[locale], doc.examples.map((e) => `\`${e.expr}\` → ${JSON.stringify(e.result)}`).join('  \n'));
  }
  if (act.meta.related.length > 0) add('related', UI.related[locale], act.meta.related.map((r) => `\`${r}\``).join(', '));
  if (doc.chapter) {
    const link = ctx.chapterLink?.(doc.chapter);
    const label = fill(UI.openChapter[locale], doc.chapter);
    add('chapter', UI.chapter[locale], link ? `[${label}](${link})` : label);
  }
  return sections;
}

function header(act: Activation, locale: Locale, primes: number): string {
  const doc = ACTIVATION_DOCS[act.id];
  const title = `### ${act.meta.name} \`${signatureLabel(act, primes)}\``;
  const name = `\`${act.id}\``;
  const leads = ['', fill(UI.derivativeOf[locale], name), fill(UI.secondDerivativeOf[locale], name)];
  const lead = primes > 0 ? `${leads[primes] ?? fill(UI.higherDerivativeOf[locale], name, primes)} ` : '';
  const vector = act.kind === 'vector' ? ` ${UI.vectorFunction[locale]}` : '';
  return `${title}\n\n${lead}${doc ? doc[locale].summary : ''}${vector}`;
}

/** The whole card as Markdown; `primes` > 0 for `sigmoid'` (the derivative leads), ≥ 2 for `sigmoid''` (f″ leads). */
export function activationCard(act: Activation, assets: HoverAssets, ctx: CardContext, primes = 0): string {
  const sections = activationSections(act, assets, ctx);
  if (primes > 0) {
    // The derivative is what was hovered: show it first.
    const i = sections.findIndex((s) => s.key === (primes === 1 ? 'derivative' : 'secondDerivative'));
    if (i > 0) sections.unshift(...sections.splice(i, 1));
  }
  return [header(act, ctx.locale, primes), ...sections.map((s) => `**${s.title}**  \n${s.body}`)].join('\n\n');
}

/** What a parameter means: the per-function entry, else the general one. */
export function paramDescription(id: string, name: string, locale: Locale): string {
  return (PARAM_DOCS[`${id}.${name}`] ?? PARAM_DOCS[name])?.[locale] ?? '';
}

/** A card for parameter `name` of the given activations (those that have it). */
export function paramCard(name: string, owners: readonly Activation[], locale: Locale): string {
  const parts = owners.map((act) => {
    const p = act.params.find((q) => q.name === name);
    if (!p) return '';
    const extra = `${fill(UI.defaultValue[locale], p.default)}${p.learnable ? `, ${UI.learnable[locale]}` : ''}`;
    return `**${fill(UI.parameterOf[locale], name, `\`${act.id}\``)}** (${extra})  \n${paramDescription(act.id, name, locale)}`;
  });
  return parts.filter((s) => s.length > 0).join('\n\n');
}

/** A learner's own name: its current value or definition as the engine describes it. */
export function learnerCard(name: string, description: string | undefined, locale: Locale): string {
  const body = description === undefined ? UI.notRunYet[locale] : `\`\`\`\n${description}\n\`\`\``;
  return `**${fill(UI.learnerValue[locale], name)}**\n\n${body}`;
}
