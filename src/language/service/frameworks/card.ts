/**
 * The card of a framework name: which framework and version, what it resolves to, the
 * arguments as written next to the framework's defaults, that framework's conventions and
 * kink derivatives, a plot at the parameters in the code, and then the kit's own card.
 */
import { getActivation } from '../../../core/registry';
import type { Activation, Params } from '../../../core/types';
import { saturatedTails } from '../../../plot/saturation';
import { miniPlotSvg } from '../../../plot/miniPlot';
import type { ArgValue } from '../../docs/frameworks';
import { FRAMEWORK_UI as T } from '../../docs/frameworks/ui';
import { fill } from '../../docs/ui';
import { themedDataUri, type HoverAssets } from '../assets';
import { activationCard, formatNumber, type CardContext } from '../card';
import type { FrameworkRef } from './references';

/** How a value reads in the framework's own language. */
export function showValue(v: ArgValue | undefined, python: boolean): string {
  if (v === undefined) return '';
  if (v === null) return python ? 'None' : 'null';
  if (typeof v === 'boolean') return python ? (v ? 'True' : 'False') : String(v);
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

/**
 * The kit parameters the code sets, or undefined when one is written but not a literal.
 * The framework's defaults come first (Keras's LeakyReLU layer: α = 0.3), the code's values over them.
 */
export function kitParams(ref: FrameworkRef, act: Activation): Params | undefined {
  const out: Record<string, number> = Object.fromEntries(act.params.map((p) => [p.name, p.default]));
  for (const a of ref.args) {
    if (!a.kit || !act.params.some((p) => p.name === a.kit)) continue;
    if (a.text !== undefined) {
      if (typeof a.value !== 'number') return undefined;
      out[a.kit] = a.value;
    } else if (typeof a.default === 'number') out[a.kit] = a.default;
    else if (a.kitDefault !== undefined) out[a.kit] = a.kitDefault;
  }
  return out;
}

function argsTable(ref: FrameworkRef, python: boolean, locale: CardContext['locale']): string {
  const rows = ref.args.filter((a) => a.default !== undefined || a.text !== undefined);
  if (rows.length === 0) return '';
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const head = `| ${T.argument[locale]} | ${T.inCode[locale]} | ${T.frameworkDefault[locale]} | ${T.kitParam[locale]} |\n|---|---|---|---|`;
  const body = rows
    .map((a) => `| \`${a.name}\` | ${a.text !== undefined ? `\`${cell(a.text)}\`` : T.notGiven[locale]} | ${a.default !== undefined ? `\`${showValue(a.default, python)}\`` : ''} | ${a.kit ? `\`${a.kit}\`` : ''} |`)
    .join('\n');
  return `${head}\n${body}`;
}

function kinkLines(ref: FrameworkRef, act: Activation, p: Params, locale: CardContext['locale']): string {
  const kinks = ref.found.entry.kinks ?? [];
  if (kinks.length === 0 || act.kind !== 'scalar') return '';
  const groups = new Map<string, typeof kinks>();
  for (const k of kinks) groups.set(k.backend ?? '', [...(groups.get(k.backend ?? '') ?? []), k]);
  const lines = [...groups].map(([backend, ks]) => {
    const parts = ks.map((k) => {
      const mine = act.df(k.x, p);
      const same = Math.abs(mine - k.df) <= 1e-6 * Math.max(1, Math.abs(k.df));
      return `${act.id}′(${formatNumber(k.x)}) = ${formatNumber(k.df)} (${same ? T.kitSame[locale] : fill(T.kitDiffers[locale], formatNumber(mine))})`;
    });
    return `- ${backend ? `${fill(T.onBackend[locale], backend)}: ` : ''}${parts.join(', ')}`;
  });
  return `**${fill(T.kinks[locale], ref.found.table.version)}**  \n${lines.join('\n')}`;
}

export function frameworkCard(ref: FrameworkRef, assets: HoverAssets, ctx: CardContext): string {
  const { locale } = ctx;
  const { table, entry, path } = ref.found;
  const python = table.language === 'python';
  const parts: string[] = [];
  parts.push(`**${table.framework}** · \`${ref.written}\` → \`${path}\` · _${fill(T.checked[locale], table.version)}_`);
  if (ref.id === undefined) {
    const chooser = typeof entry.id === 'string' ? '' : entry.id.arg;
    parts.push(fill(T.unknownId[locale], chooser));
    return parts.join('\n\n');
  }
  parts.push(fill(T.isKit[locale], ref.id));
  if (entry.variant) parts.push(`⚠ ${fill(T.variant[locale], ref.id)}`);
  const table_ = argsTable(ref, python, locale);
  if (table_) parts.push(table_);
  if (ref.unreadable) parts.push(T.unreadable[locale]);
  if (entry.note) parts.push(`**${fill(T.conventions[locale], table.framework)}:** ${entry.note[locale]}`);
  const act = getActivation(ref.id);
  const given = kitParams(ref, act);
  const p = given ?? Object.fromEntries(act.params.map((q) => [q.name, q.default]));
  // The kink claims were measured at the framework's defaults, so they are compared with the kit there too.
  const atDefaults = kitParams({ ...ref, args: ref.args.map(({ text: _t, value: _v, ...rest }) => rest) }, act) ?? p;
  const kinks = kinkLines(ref, act, atDefaults, locale);
  if (kinks) parts.push(kinks);
  for (const a of ref.args) {
    if (!a.kit && a.text !== undefined && a.default !== undefined && a.value !== a.default && typeof a.default === 'number') {
      parts.push(fill(T.notDrawn[locale], a.name));
    }
  }
  let card = activationCard(act, assets, ctx);
  const art = assets.ids[act.id];
  const changed = act.params.some((q) => p[q.name] !== q.default);
  if (act.kind === 'scalar' && art?.plot && changed && !entry.variant) {
    // Draw the curve at the code's parameters in place of the card's default one.
    const palette = assets.themes[ctx.theme];
    const f = (x: number): number => act.f(x, p);
    const df = (x: number): number => act.df(x, p);
    const label = act.params.map((q) => `${q.name} = ${formatNumber(p[q.name])}`).join(', ');
    const svg = miniPlotSvg(f, df, saturatedTails(df), { f: `${act.id} (${label})`, df: `${act.id}′` });
    card = card.replace(themedDataUri(art.plot, palette), themedDataUri(svg, palette));
    parts.push(`**${fill(T.plotWith[locale], label)}**`);
  }
  return `${parts.join('\n\n')}\n\n---\n\n${card}`;
}
