/**
 * How a cell's error reads in the notebook: where it happened ("line 2, column 5: …"), the
 * "Did you mean …?" candidate, and — when the engine had to be stopped — what the learner
 * lost. Pure, so it is unit-tested without an editor.
 */
import type { CellError } from '../language/types';
import type { Locale } from './locale';

/** Errors after which the engine process is gone and has been (or will be) started afresh. */
const ENGINE_RESTARTED = new Set(['Timeout', 'OutOfMemory', 'EngineCrashed', 'EngineStopped', 'Interrupted']);

const TEXT = {
  en: {
    at: (line: number, column?: number) => (column === undefined ? `line ${line}: ` : `line ${line}, column ${column}: `),
    didYouMean: (name: string) => `Did you mean \`${name}\`?`,
    stateLost:
      'The engine was restarted, so the variables and functions defined by earlier cells are gone. Run those cells again (or Run All) to get them back.',
  },
  'zh-cn': {
    at: (line: number, column?: number) => (column === undefined ? `第 ${line} 行：` : `第 ${line} 行，第 ${column} 列：`),
    didYouMean: (name: string) => `你是不是想写 \`${name}\`？`,
    stateLost: '引擎已重启，之前单元格定义的变量和函数都已丢失。请重新运行那些单元格（或“全部运行”）来恢复它们。',
  },
} as const;

/** True when the error means the engine's state (variables, functions) was lost. */
export function losesState(error: CellError): boolean {
  return ENGINE_RESTARTED.has(error.name);
}

/** The full message shown under the cell. */
export function describeCellError(error: CellError, locale: Locale): string {
  const text = TEXT[locale];
  let message = error.line !== undefined ? text.at(error.line, error.column) + error.message : error.message;
  if (error.suggestion && !message.includes(`\`${error.suggestion}\``)) {
    message += ` ${text.didYouMean(error.suggestion)}`;
  }
  if (losesState(error) && !(locale === 'zh-cn' ? /丢失/ : /earlier cells|restarted/i).test(error.message)) {
    message += `\n${text.stateLost}`;
  }
  return message;
}
