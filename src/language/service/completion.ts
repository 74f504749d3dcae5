/**
 * Completion in cells: every registry function (with its signature and the first
 * sentence of its summary), their derivatives, the parameters of the call the cursor is
 * in, and the names earlier cells defined.
 */
import { REGISTRY } from '../../core/registry';
import { ACTIVATION_DOCS } from '../docs/activations';
import { BUILTIN_DOCS } from '../docs/builtins';
import type { Locale } from '../docs/types';
import { fill, UI } from '../docs/ui';
import { cellArguments, paramDescription, signatureLabel } from './card';
import { definitionsIn, enclosingCall } from './text';

export type CompletionKind = 'function' | 'parameter' | 'variable' | 'learnerFunction';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line: the signature or the origin. */
  readonly detail: string;
  /** Markdown. */
  readonly documentation: string;
  /** Snippet syntax (`sigmoid(${1:x})`) or plain text. */
  readonly insertSnippet: string;
  /** Sort before mathjs's own names. */
  readonly sortText: string;
}

/** The first sentence of a summary, for one-line details. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.。])(\s|$)/.exec(text);
  return (m ? m[1] : text).trim();
}

export function completionsAt(text: string, offset: number, locale: Locale, earlierCells: readonly string[]): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const act of REGISTRY) {
    const summary = ACTIVATION_DOCS[act.id]?.[locale].summary ?? act.meta.name;
    const { labels, min } = cellArguments(act);
    const required = labels.slice(0, min).map((l, i) => `\${${i + 1}:${l}}`).join(', ');
    out.push({
      label: act.id,
      kind: 'function',
      detail: signatureLabel(act),
      documentation: `${firstSentence(summary)}\n\n\`${act.meta.plain.f}\``,
      insertSnippet: `${act.id}(${required})`,
      sortText: `0_${act.id}`,
    });
    if (act.kind === 'scalar') {
      out.push({
        label: `${act.id}'`,
        kind: 'function',
        detail: signatureLabel(act, 1),
        documentation: `${fill(UI.derivativeOf[locale], `\`${act.id}\``)}\n\n\`${act.meta.plain.df}\``,
        insertSnippet: `${act.id}'(\${1:x})`,
        sortText: `1_${act.id}`,
      });
    }
  }
  for (const [name, doc] of Object.entries(BUILTIN_DOCS)) {
    out.push({
      label: name,
      kind: 'function',
      detail: `${name}(${doc.params.join(', ')})`,
      documentation: doc.summary[locale],
      insertSnippet: `${name}(\${1})`,
      sortText: `0_${name}`,
    });
  }
  const call = enclosingCall(text, offset);
  const owner = call ? REGISTRY.find((a) => a.id === call.name) : undefined;
  if (owner) {
    for (const p of owner.params) {
      out.push({
        label: p.name,
        kind: 'parameter',
        detail: `${fill(UI.completionParam[locale], owner.id)} — ${fill(UI.defaultValue[locale], p.default)}`,
        documentation: paramDescription(owner.id, p.name, locale),
        insertSnippet: p.name,
        sortText: `00_${p.name}`,
      });
    }
  }
  const seen = new Set<string>();
  for (const cell of [...earlierCells, text]) {
    for (const def of definitionsIn(cell)) {
      if (seen.has(def.name)) continue;
      seen.add(def.name);
      out.push({
        label: def.name,
        kind: def.params ? 'learnerFunction' : 'variable',
        detail: UI.completionLearner[locale],
        documentation: `\`${def.text}\``,
        insertSnippet: def.params ? `${def.name}(\${1})` : def.name,
        sortText: `0_${def.name}`,
      });
    }
  }
  return out;
}
