/** Signature help while typing the arguments of a registry function (or its derivative). */
import { REGISTRY } from '../../core/registry';
import { ACTIVATION_DOCS } from '../docs/activations';
import { BUILTIN_DOCS } from '../docs/builtins';
import type { Locale } from '../docs/types';
import { UI } from '../docs/ui';
import { cellArguments, paramDescription, signatureLabel } from './card';
import { firstSentence } from './completion';
import { enclosingCall } from './text';

export interface SignatureInfo {
  readonly label: string;
  readonly documentation: string;
  readonly parameters: readonly { readonly label: string; readonly documentation: string }[];
  readonly activeParameter: number;
}

export function signatureAt(text: string, offset: number, locale: Locale): SignatureInfo | undefined {
  const call = enclosingCall(text, offset);
  if (!call) return undefined;
  const act = REGISTRY.find((a) => a.id === call.name);
  if (!act) {
    const doc = BUILTIN_DOCS[call.name];
    if (!doc || call.primes > 0) return undefined;
    return {
      label: `${call.name}(${doc.params.join(', ')})`,
      documentation: doc.summary[locale],
      parameters: doc.params.map((label) => ({ label, documentation: '' })),
      // A leading "f, g, …" or a trailing "…params" absorbs any number of arguments.
      activeParameter: Math.min(call.argument, doc.params.length - 1),
    };
  }
  const { labels } = cellArguments(act);
  const inputDoc = act.kind === 'vector' ? (locale === 'en' ? 'the input vector' : '输入向量') : locale === 'en' ? 'a number, vector or matrix (element-wise)' : '数、向量或矩阵(逐元素)';
  const summary = ACTIVATION_DOCS[act.id]?.[locale].summary ?? act.meta.name;
  const lead = call.primes > 0 ? `${UI.derivative[locale]}: \`${act.meta.plain.df}\`` : firstSentence(summary);
  return {
    label: signatureLabel(act, call.primes),
    documentation: lead,
    parameters: labels.map((label, i) => {
      const p = act.params[i - 1];
      return { label, documentation: i === 0 ? inputDoc : p && label.startsWith(`${p.name} `) ? paramDescription(act.id, p.name, locale) : '' };
    }),
    activeParameter: Math.min(call.argument, labels.length - 1),
  };
}
