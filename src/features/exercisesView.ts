/** The Exercises tree in the Explorer: chapters, then their exercises with ✓ / ✗ / ○. */
import * as vscode from 'vscode';
import { CHAPTER_TITLES } from '../exercises/chapterTitles';
import { exercisesOf } from '../exercises/catalog';
import { CHAPTERS, type ChapterId, type ExerciseSpec } from '../exercises/types';
import { displayLocale } from '../notebook/settings';
import { EXERCISES_TEXT } from './exercisesText';
import type { ExerciseProgress } from './progress';

export const EXERCISES_VIEW = 'activationLab.exercises';

type Node = { readonly kind: 'chapter'; readonly chapter: ChapterId } | { readonly kind: 'exercise'; readonly spec: ExerciseSpec };

export class ExercisesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly chapters = new Map<ChapterId, Node>(CHAPTERS.map((c) => [c, { kind: 'chapter', chapter: c }]));

  constructor(private readonly progress: ExerciseProgress) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (node === undefined) return CHAPTERS.filter((c) => exercisesOf(c).length > 0).map((c) => this.chapters.get(c) as Node);
    if (node.kind === 'chapter') return exercisesOf(node.chapter).map((spec) => ({ kind: 'exercise', spec }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'exercise' ? this.chapters.get(node.spec.chapter as ChapterId) : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const locale = displayLocale();
    const text = EXERCISES_TEXT[locale];
    if (node.kind === 'chapter') {
      const { solved, total } = this.progress.count(node.chapter);
      const item = new vscode.TreeItem(`${node.chapter.slice(0, 2)} · ${CHAPTER_TITLES[node.chapter][locale]}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `chapter:${node.chapter}`;
      item.description = text.solvedOf(solved, total);
      item.iconPath = new vscode.ThemeIcon(solved === total ? 'pass-filled' : 'book', solved === total ? new vscode.ThemeColor('testing.iconPassed') : undefined);
      item.contextValue = 'chapter';
      item.command = { command: 'activationLab.openChapter', title: '', arguments: [node.chapter] };
      return item;
    }
    const status = this.progress.status(node.spec.id);
    const item = new vscode.TreeItem(node.spec.title[locale], vscode.TreeItemCollapsibleState.None);
    item.id = `exercise:${node.spec.id}`;
    item.description = status === 'solved' ? '✓' : status === 'tried' ? '✗' : '';
    item.tooltip = `${node.spec.id} — ${text.statusWord[status]}`;
    item.iconPath =
      status === 'solved'
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
        : status === 'tried'
          ? new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'))
          : new vscode.ThemeIcon('circle-large-outline');
    item.contextValue = `exercise.${status}`;
    item.command = { command: 'activationLab.openChapter', title: '', arguments: [node.spec.chapter, node.spec.id] };
    return item;
  }
}
