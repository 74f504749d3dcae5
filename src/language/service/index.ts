/**
 * The editor language service of the cell language, as one lazily loaded bundle
 * (`dist/language-service.js`): hover cards, completion, signature help, diagnostics
 * and framework hovers. Pure — no vscode, no Node — so it is unit-tested in plain mocha;
 * `src/features/*` adapt it to the editor.
 */
import { REGISTRY } from '../../core/registry';
import type { Activation } from '../../core/types';
import type { Locale } from '../docs/types';
import type { HoverAssets, ThemeKind } from './assets';
import { activationCard, learnerCard, paramCard, type CardContext } from './card';
import { completionsAt, type CompletionEntry } from './completion';
import { diagnoseCell, type CellDiagnostic, type NameOracle } from './diagnostics';
import { createFrameworkAnalyzer, type FrameworkAnalyzer, type ParserWasm } from './frameworks';
import { nameOracle } from './oracle';
import { signatureAt, type SignatureInfo } from './signature';
import { definitionsIn, wordAt, type Word } from './text';

export type { CardContext, CellDiagnostic, CompletionEntry, FrameworkAnalyzer, HoverAssets, Locale, ParserWasm, SignatureInfo, ThemeKind, Word };
export type { FrameworkHover, PitfallDiagnostic } from './frameworks';
export { PITFALL_RULES } from './frameworks';

export interface HoverResult {
  readonly markdown: string;
  /** Offsets of the hovered word, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'activation' | 'parameter' | 'learner';
  /** The name hovered (without primes). */
  readonly name: string;
}

export interface LanguageService {
  /** Card for the registry function, derivative or parameter under `offset`; for other names `kind: 'learner'` with no markdown yet. */
  hover(text: string, offset: number, ctx: CardContext): HoverResult | undefined;
  /** The card of a learner's own name, from the engine's description. */
  learnerHover(name: string, description: string | undefined, locale: Locale): string;
  /** Whether one of these cells assigns `name` (so a hover can say "run it first" before the engine knows it). */
  defines(name: string, cells: readonly string[]): boolean;
  activationCard(id: string, ctx: CardContext, primes?: number): string;
  completions(text: string, offset: number, locale: Locale, earlierCells: readonly string[]): CompletionEntry[];
  signatureHelp(text: string, offset: number, locale: Locale): SignatureInfo | undefined;
  diagnostics(text: string, locale: Locale, earlierCells: readonly string[]): CellDiagnostic[];
  /**
   * Framework code intelligence for Python, JavaScript and TypeScript (cards over framework
   * names, pitfall diagnostics), once the editor hands over the tree-sitter wasm bytes.
   */
  frameworkAnalyzer(wasm: ParserWasm): Promise<FrameworkAnalyzer>;
  readonly ids: readonly string[];
}

export function createLanguageService(assets: HoverAssets): LanguageService {
  const byId = new Map<string, Activation>(REGISTRY.map((a) => [a.id, a]));
  const cards = new Map<string, string>();
  let oracle: NameOracle | undefined;
  let analyzer: Promise<FrameworkAnalyzer> | undefined;

  const card = (act: Activation, ctx: CardContext, primes: number): string => {
    // Cards depend only on (id, primes, locale, theme) and the chapter link, which is fixed per session.
    const key = `${act.id}|${primes}|${ctx.locale}|${ctx.theme}`;
    let md = cards.get(key);
    if (md === undefined) {
      md = activationCard(act, assets, ctx, primes);
      cards.set(key, md);
    }
    return md;
  };

  return {
    ids: REGISTRY.map((a) => a.id),
    hover(text, offset, ctx) {
      const word = wordAt(text, offset);
      if (!word) return undefined;
      const act = byId.get(word.name);
      if (act) return { markdown: card(act, ctx, word.primes), start: word.start, end: word.end, kind: 'activation', name: word.name };
      const owners = REGISTRY.filter((a) => a.params.some((p) => p.name === word.name));
      const learnerDefined = new RegExp(`(^|[\\n;])\\s*${word.name}\\s*(\\([^)]*\\))?\\s*=(?!=)`).test(text);
      if (owners.length > 0 && !learnerDefined) {
        return { markdown: paramCard(word.name, owners, ctx.locale), start: word.start, end: word.end, kind: 'parameter', name: word.name };
      }
      return { markdown: '', start: word.start, end: word.end, kind: 'learner', name: word.name };
    },
    learnerHover: (name, description, locale) => learnerCard(name, description, locale),
    defines: (name, cells) => cells.some((cell) => definitionsIn(cell).some((d) => d.name === name)),
    activationCard(id, ctx, primes = 0) {
      const act = byId.get(id);
      if (!act) throw new Error(`unknown registry id "${id}"`);
      return card(act, ctx, primes);
    },
    completions: (text, offset, locale, earlier) => completionsAt(text, offset, locale, earlier),
    signatureHelp: (text, offset, locale) => signatureAt(text, offset, locale),
    diagnostics(text, locale, earlier) {
      oracle ??= nameOracle();
      return diagnoseCell(text, locale, earlier, oracle);
    },
    frameworkAnalyzer(wasm) {
      analyzer ??= createFrameworkAnalyzer(wasm, assets).catch((err: unknown) => {
        analyzer = undefined;
        throw err;
      });
      return analyzer;
    },
  };
}
