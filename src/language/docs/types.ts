/**
 * Hover and completion content as data, in the spirit of mathjs's embedded docs: one
 * record per registry id, English and Simplified Chinese side by side. Facts that can be
 * computed (range, mean output, where the derivative saturates, measured cost) are not
 * written here; the language service takes them from the core and the build-time assets.
 */

/** The display languages the kit ships. */
export type Locale = 'en' | 'zh-cn';
export const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

/** A cell expression and the value it is documented to give. */
export interface DocExample {
  /** Cell-language expression, e.g. `sigmoid(0)`. */
  readonly expr: string;
  /** Expected value: a number, or a vector of numbers. */
  readonly result: number | readonly number[];
}

/** The prose of one activation's card in one language. */
export interface ActivationProse {
  /** One or two sentences: what the function does. The first sentence doubles as the completion detail. */
  readonly summary: string;
  /** Why zero-centring (or its absence) matters for this function. */
  readonly whyZeroCentringMatters: string;
  /** What its saturation (or lack of it) does to gradients through depth. */
  readonly saturationNote: string;
  readonly whenToUse: string;
  /** Mistakes learners make with it, including wrong formulas in circulation. */
  readonly mistakes: readonly string[];
}

/** Everything written by hand about one activation. */
export interface ActivationDoc {
  readonly en: ActivationProse;
  readonly 'zh-cn': ActivationProse;
  /** Examples shared by both languages (they are math). */
  readonly examples: readonly DocExample[];
  /** Curriculum chapter that covers it (an id from `CHAPTERS`), when one does. */
  readonly chapter?: string;
}

export type Localised = { readonly [L in Locale]: string };
