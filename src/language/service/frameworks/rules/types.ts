/**
 * The pitfall rules' shared shapes. A rule reads a FileModel and reports findings: where,
 * what, which chapter explains it, and the edits of a fix where a safe rewrite exists.
 */
import type { Localised } from '../../../docs/types';
import type { Span } from '../ir';
import type { FileModel } from '../model';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface PitfallFix {
  readonly title: Localised;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when the learner asks for "the" fix (VS Code's preferred quick fix). */
  readonly preferred: boolean;
}

export interface Finding {
  readonly rule: string;
  readonly span: Span;
  readonly message: Localised;
  readonly fixes: readonly PitfallFix[];
}

export interface PitfallRule {
  /** Stable id, also the diagnostic code and the setting `activationLab.pitfalls.<id>`. */
  readonly id: string;
  readonly severity: 'warning' | 'information';
  /** The curriculum chapter that explains it (`03-softmax`). */
  readonly chapter: string;
  readonly check: (model: FileModel) => Finding[];
}

export const edit = (span: Span, newText: string): TextEdit => ({ start: span.start, end: span.end, newText });
