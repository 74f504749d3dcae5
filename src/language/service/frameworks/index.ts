/**
 * Framework code intelligence over Python, JavaScript and TypeScript: one parse per document
 * version gives the framework names in the file (for hover cards) and the pitfall findings
 * (for diagnostics and their quick fixes). Pure: the parser's wasm bytes come from the caller.
 */
import { FRAMEWORK_UI } from '../../docs/frameworks/ui';
import type { Locale } from '../../docs/types';
import { fill } from '../../docs/ui';
import type { HoverAssets } from '../assets';
import type { CardContext } from '../card';
import { frameworkCard } from './card';
import type { SourceFile } from './ir';
import { javascriptSource } from './javascript';
import { FileModel } from './model';
import { createSyntaxParsers, grammarFor, type ParserWasm } from './parser';
import { pythonSource } from './python';
import { frameworkRefs, refAt, type FrameworkRef } from './references';
import { PITFALL_RULES, type Finding } from './rules';

export type { ParserWasm } from './parser';
export type { FrameworkRef } from './references';
export { PITFALL_RULES } from './rules';

export interface FrameworkHover {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
  readonly ref: FrameworkRef;
}

export interface PitfallDiagnostic {
  readonly rule: string;
  readonly severity: 'warning' | 'information';
  readonly chapter: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The title of the action that opens the chapter. */
  readonly chapterAction: string;
  readonly fixes: readonly { readonly title: string; readonly preferred: boolean; readonly edits: readonly { start: number; end: number; newText: string }[] }[];
}

export interface FrameworkAnalyzer {
  /** The card for the framework name at `offset`, if there is one. */
  hover(languageId: string, text: string, offset: number, ctx: CardContext): FrameworkHover | undefined;
  /** Pitfall findings of the rules `enabled` lets through. */
  diagnostics(languageId: string, text: string, locale: Locale, enabled?: (rule: string) => boolean): PitfallDiagnostic[];
  /** The framework names in the file (for tests and tools). */
  references(languageId: string, text: string): FrameworkRef[];
  dispose(): void;
}

interface Analysis {
  readonly refs: FrameworkRef[];
  readonly findings: { rule: (typeof PITFALL_RULES)[number]; finding: Finding }[];
}

/** Files that import none of the frameworks are not worth a parse. */
const FRAMEWORK_HINT = /\b(torch|tensorflow|keras|jax|flax)\b|@tensorflow\/tfjs/;

export async function createFrameworkAnalyzer(wasm: ParserWasm, assets: HoverAssets): Promise<FrameworkAnalyzer> {
  const parsers = await createSyntaxParsers(wasm);
  // The last few analyses, by language and text: a hover right after a diagnostics pass reuses it.
  const cache = new Map<string, Analysis>();

  const analyse = (languageId: string, text: string): Analysis | undefined => {
    const grammar = grammarFor(languageId);
    if (!grammar || !FRAMEWORK_HINT.test(text)) return undefined;
    const key = `${grammar}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const file: SourceFile = parsers.withTree(grammar, text, (tree) => (grammar === 'python' ? pythonSource(tree, text) : javascriptSource(tree, text, grammar)));
    const model = new FileModel(file);
    const findings = PITFALL_RULES.flatMap((rule) => rule.check(model).map((finding) => ({ rule, finding })));
    const result: Analysis = { refs: frameworkRefs(file), findings };
    cache.set(key, result);
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
    return result;
  };

  return {
    hover(languageId, text, offset, ctx) {
      const a = analyse(languageId, text);
      const ref = a ? refAt(a.refs, offset) : undefined;
      if (!ref) return undefined;
      return { markdown: frameworkCard(ref, assets, ctx), start: ref.span.start, end: ref.span.end, ref };
    },
    diagnostics(languageId, text, locale, enabled = () => true) {
      const a = analyse(languageId, text);
      if (!a) return [];
      return a.findings
        .filter(({ rule }) => enabled(rule.id))
        .map(({ rule, finding }) => ({
          rule: rule.id,
          severity: rule.severity,
          chapter: rule.chapter,
          start: finding.span.start,
          end: finding.span.end,
          message: finding.message[locale],
          chapterAction: fill(FRAMEWORK_UI.openChapter[locale], rule.chapter),
          fixes: finding.fixes.map((f) => ({ title: f.title[locale], preferred: f.preferred, edits: f.edits.map((e) => ({ ...e })) })),
        }));
    },
    references: (languageId, text) => analyse(languageId, text)?.refs ?? [],
    dispose() {
      cache.clear();
      parsers.dispose();
    },
  };
}
