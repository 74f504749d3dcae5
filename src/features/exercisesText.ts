/** What the exercise features say to the learner, in both display languages. */
import type { Locale } from '../notebook/settings';

export interface ExercisesText {
  statusBar(solved: number, total: number): string;
  statusTooltip: string;
  notInExercise: string;
  noNotebook: string;
  confirmSolution(title: string): string;
  showSolutionButton: string;
  yourAttempt: string;
  solutionComment: string;
  hint(index: number, total: number, text: string): string;
  lastHint: string;
  confirmReset: string;
  resetButton: string;
  resetDone: string;
  pickChapter: string;
  chapterMissing(chapter: string): string;
  solvedOf(solved: number, total: number): string;
  statusWord: { solved: string; tried: string; open: string };
}

export const EXERCISES_TEXT: Record<Locale, ExercisesText> = {
  en: {
    statusBar: (s, t) => `$(mortar-board) Exercises ${s}/${t} ✓`,
    statusTooltip: 'Activation Lab exercises solved — click to see them by chapter',
    notInExercise: 'Activation Lab: put the cursor in an exercise cell first (a cell marked exercise=…).',
    noNotebook: 'Activation Lab: open a chapter notebook first.',
    confirmSolution: (title) => `Show the solution of "${title}"? Your own attempt stays in the cell as a comment.`,
    showSolutionButton: 'Show Solution',
    yourAttempt: 'Your attempt:',
    solutionComment: 'Reference solution — run the cell to check it:',
    hint: (i, n, text) => `Hint ${i}/${n}: ${text}`,
    lastHint: 'That was the last hint. "Show Solution" reveals the answer.',
    confirmReset: 'Reset all exercise progress? Solved exercises, tries and revealed hints are forgotten.',
    resetButton: 'Reset Progress',
    resetDone: 'Activation Lab: exercise progress was reset.',
    pickChapter: 'Open a chapter of the Activation Lab curriculum',
    chapterMissing: (c) => `Activation Lab: the chapter notebook "${c}" is not part of this installation.`,
    solvedOf: (s, t) => `${s}/${t} solved`,
    statusWord: { solved: 'solved', tried: 'not solved yet', open: 'not tried' },
  },
  'zh-cn': {
    statusBar: (s, t) => `$(mortar-board) 练习 ${s}/${t} ✓`,
    statusTooltip: 'Activation Lab 已完成的练习——点击按章节查看',
    notInExercise: 'Activation Lab：请先把光标放在练习单元格中（带有 exercise=… 标记的单元格）。',
    noNotebook: 'Activation Lab：请先打开一个章节笔记本。',
    confirmSolution: (title) => `显示“${title}”的参考答案吗？你自己的答案会以注释形式保留在单元格中。`,
    showSolutionButton: '显示答案',
    yourAttempt: '你的答案：',
    solutionComment: '参考答案——运行本单元格即可检查：',
    hint: (i, n, text) => `提示 ${i}/${n}：${text}`,
    lastHint: '这已经是最后一条提示了。“显示答案”会给出参考答案。',
    confirmReset: '要重置全部练习进度吗？已完成的练习、尝试次数和已查看的提示都会被清除。',
    resetButton: '重置进度',
    resetDone: 'Activation Lab：练习进度已重置。',
    pickChapter: '打开 Activation Lab 课程中的一章',
    chapterMissing: (c) => `Activation Lab：本安装中没有章节笔记本“${c}”。`,
    solvedOf: (s, t) => `已完成 ${s}/${t}`,
    statusWord: { solved: '已完成', tried: '尚未答对', open: '尚未尝试' },
  },
};
