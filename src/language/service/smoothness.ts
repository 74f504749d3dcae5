/**
 * The smoothness line of a hover card, in both languages: the class the core computes from
 * the activation's pieces (`src/core/smoothness.ts`) and the reason — the jump that decides
 * it, with its one-sided limits — never a hand-written "smooth".
 * Example (ELU, α = 1): "C¹ (continuous f′): f″ jumps from 1 to 0 at x = 0 (with α = 1), so
 * f‴ does not exist there. Where f″ does not exist the kit returns 0, …".
 */
import { resolveParams } from '../../core/params';
import { smoothnessOf, type Jump } from '../../core/smoothness';
import type { Activation } from '../../core/types';
import type { Locale } from '../docs/types';
import { fill, UI } from '../docs/ui';
import { formatNumber } from './numbers';

/** How parameters read in prose (their TeX symbols, as Unicode). */
const SYMBOLS: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', lambda: 'λ', threshold: 'τ' };

/** "x = 0", or "t = 0" along a line through a vector function's input. */
function where(act: Activation, at: number): string {
  return `${act.kind === 'vector' ? 't' : 'x'} = ${formatNumber(at)}`;
}

function jumpText(act: Activation, jumps: readonly Jump[], locale: Locale): string {
  const first = jumps[0];
  // "f′ jumps from 0 to −0.5 at x = −3 and from 1.5 to 1 at x = 3": the subject once.
  const spans = jumps.map((j) => fill(UI.jumpFrom[locale], formatNumber(j.left), formatNumber(j.right), where(act, j.at)));
  const subject = `${UI.jumpSubject[first.order][locale]} ${spans.join(UI.jumpsAnd[locale])}`;
  const p = resolveParams(act);
  const values = act.params.map((q) => `${SYMBOLS[q.name] ?? q.name} = ${formatNumber(p[q.name])}`).join(locale === 'en' ? ', ' : '，');
  const [open, close] = locale === 'en' ? [' (', ')'] : ['（', '）'];
  const params = act.params.length > 0 ? `${open}${fill(UI.withParams[locale], values)}${close}` : '';
  const comma = locale === 'en' ? ', ' : '，';
  const line = act.kind === 'vector' ? `${UI.alongLine[locale]}${comma}` : '';
  return `${line}${subject}${params}${comma}${UI.jumpConsequence[first.order][locale]}`;
}

/** The card's smoothness section: class, reason, and the convention at joins where there are any. */
export function smoothnessText(act: Activation, locale: Locale): string {
  const info = smoothnessOf(act);
  const label = `**${UI.smoothClass[info.class][locale]}**`;
  const colon = locale === 'en' ? ': ' : '：';
  const stop = locale === 'en' ? '.' : '。';
  if (info.class === 'Cinf') return `${label}${colon}${UI.smoothNoJoins[locale]}${stop}`;
  if (info.class === 'C2') {
    return `${label}${colon}${fill(UI.smoothThroughJoins[locale], info.joins.map((b) => where(act, b)).join(UI.and[locale]))}${stop}`;
  }
  const decisive = info.jumps.filter((j) => j.order === info.decisive?.order);
  const convention = act.kind === 'scalar' ? `${locale === 'en' ? ' ' : ''}${UI.joinConvention[locale]}` : '';
  return `${label}${colon}${jumpText(act, decisive, locale)}${stop}${convention}`;
}
