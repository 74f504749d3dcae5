/** Verdict and error wording shared by the grader and the session, in both display languages. */
import type { LocalisedText } from './types';

export const t = (en: string, zh: string): LocalisedText => ({ en, 'zh-cn': zh });

/** `a`, `a` and `b`, `a`, `b` and `c` — names in backticks. */
function listNames(names: readonly string[], and: string, comma: string): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(comma)}${and}${quoted[quoted.length - 1]}`;
}

/** The exercise needs names its chapter defines in earlier cells that have not run yet. */
export function runCellsAbove(names: readonly string[]): LocalisedText {
  const en = listNames(names, ' and ', ', ');
  const zh = listNames(names, ' 和 ', '、');
  const plural = names.length > 1;
  return t(
    `Run the cells above this exercise first: ${en} ${plural ? 'are' : 'is'} defined there and not defined yet (Run All runs every cell in order).`,
    `请先运行本练习上方的单元格：${zh} 在那里定义，现在还没有定义（“全部运行”会按顺序运行所有单元格）。`,
  );
}

/** "(through `helper`)" for a use reached through the learner's own definitions; empty when direct. */
export function throughText(via: readonly string[]): LocalisedText {
  if (via.length === 0) return t('', '');
  const path = via.map((n) => `\`${n}\``).join(' → ');
  return t(` (through ${path})`, `（经由 ${path}）`);
}
