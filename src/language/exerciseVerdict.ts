/**
 * The grader's answer for one try, as a rich value: the `application/vnd.actlab.check+json`
 * item the notebook controller reads (`passed` drives progress), a ✓/✗ Markdown message with
 * the hints unlocked so far, and a plain-text line for the CLI.
 */
import { pick } from '../exercises/format';
import type { LocalisedText } from '../exercises/types';
import type { RichValue } from './rich';
import type { OutputItem, RunOptions } from './types';

/** The JSON carried by `application/vnd.actlab.check+json`. */
export interface CheckData {
  readonly exercise: string;
  readonly passed: boolean;
  readonly message: string;
  /** The newest hint unlocked by this try (absent on success or when there are none). */
  readonly hint?: string;
  /** 1-based number of this try. */
  readonly attempt: number;
}

export const CHECK_MIME = 'application/vnd.actlab.check+json';

export class ExerciseVerdict implements RichValue {
  readonly richKind = 'check';

  constructor(
    readonly exercise: string,
    readonly title: LocalisedText,
    readonly passed: boolean,
    readonly message: LocalisedText,
    /** Hints unlocked so far, oldest first. */
    readonly hints: readonly LocalisedText[],
    readonly hintTotal: number,
    readonly attempt: number,
    /** Locale the verdict was graded in, for `toString()`, which has no options. */
    readonly locale: string | undefined,
  ) {}

  data(locale: string | undefined): CheckData {
    const hint = this.passed || this.hints.length === 0 ? undefined : pick(this.hints[this.hints.length - 1], locale);
    return {
      exercise: this.exercise,
      passed: this.passed,
      message: pick(this.message, locale),
      ...(hint === undefined ? {} : { hint }),
      attempt: this.attempt,
    };
  }

  toOutputs(options: RunOptions): OutputItem[] {
    const locale = options.locale ?? this.locale;
    return [
      { mime: CHECK_MIME, data: this.data(locale) },
      { mime: 'text/markdown', data: this.markdown(locale) },
      { mime: 'text/plain', data: this.plain(locale) },
    ];
  }

  toString(): string {
    return this.plain(this.locale);
  }

  private headline(locale: string | undefined): string {
    const zh = locale?.toLowerCase().startsWith('zh') === true;
    const title = pick(this.title, locale);
    if (this.passed) return zh ? `✓ 正确 — ${title}` : `✓ Correct — ${title}`;
    return zh ? `✗ 还不对 — ${title}（第 ${this.attempt} 次尝试）` : `✗ Not yet — ${title} (try ${this.attempt})`;
  }

  private markdown(locale: string | undefined): string {
    const zh = locale?.toLowerCase().startsWith('zh') === true;
    const lines = [`**${this.headline(locale)}**`, '', pick(this.message, locale)];
    if (!this.passed) {
      this.hints.forEach((h, i) => {
        const label = zh ? `提示 ${i + 1}/${this.hintTotal}` : `Hint ${i + 1}/${this.hintTotal}`;
        lines.push('', `> **${label}:** ${pick(h, locale)}`);
      });
    }
    return lines.join('\n');
  }

  private plain(locale: string | undefined): string {
    const parts = [this.headline(locale), pick(this.message, locale)];
    const hint = this.data(locale).hint;
    if (hint !== undefined) parts.push((locale?.toLowerCase().startsWith('zh') === true ? '提示：' : 'Hint: ') + hint);
    return parts.join('\n');
  }
}
