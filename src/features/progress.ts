/**
 * Exercise progress: which exercises the learner has solved, how often each was tried, and
 * how many hints were asked for. Kept in `globalState`, so it survives reloads and is shared
 * by every workspace (the curriculum is the same everywhere). Implements the controller's
 * `ExerciseTracker`: the controller asks for the number of tries (progressive hints) and
 * records each verdict.
 */
import * as vscode from 'vscode';
import { EXERCISES, exercisesOf } from '../exercises/catalog';
import { chapterDoneKey } from '../exercises/chapterTitles';
import { CHAPTERS, type ChapterId } from '../exercises/types';
import type { ExerciseTracker } from '../notebook/exerciseTracker';

export interface ExerciseState {
  /** Verdicts recorded so far, right or wrong. */
  readonly tries: number;
  /** Solved at least once; a later wrong run does not take it back. */
  readonly solved: boolean;
  /** The latest verdict. */
  readonly lastPassed: boolean;
  /** Hints revealed with the "show next hint" command. */
  readonly hintsRevealed: number;
}

export type ExerciseStatus = 'solved' | 'tried' | 'open';

const STORAGE_KEY = 'activationLab.exerciseProgress';


export class ExerciseProgress implements ExerciseTracker, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after every change (a verdict, a hint, a reset). */
  readonly onDidChange = this.changed.event;
  private states: Record<string, ExerciseState>;

  constructor(private readonly memento: vscode.Memento) {
    this.states = { ...(memento.get<Record<string, ExerciseState>>(STORAGE_KEY) ?? {}) };
  }

  attempts(exerciseId: string): number {
    return this.states[exerciseId]?.tries ?? 0;
  }

  record(exerciseId: string, passed: boolean): void {
    const old = this.get(exerciseId);
    this.update(exerciseId, { ...old, tries: old.tries + 1, solved: old.solved || passed, lastPassed: passed });
  }

  /** Marks one more hint as revealed and returns how many are revealed now. */
  revealHint(exerciseId: string, total: number): number {
    const old = this.get(exerciseId);
    const next = Math.min(total, Math.max(old.hintsRevealed, old.tries) + 1);
    this.update(exerciseId, { ...old, hintsRevealed: next });
    return next;
  }

  get(exerciseId: string): ExerciseState {
    return this.states[exerciseId] ?? { tries: 0, solved: false, lastPassed: false, hintsRevealed: 0 };
  }

  status(exerciseId: string): ExerciseStatus {
    const s = this.get(exerciseId);
    return s.solved ? 'solved' : s.tries > 0 ? 'tried' : 'open';
  }

  /** Solved exercises of the whole curriculum (or of one chapter), and how many there are. */
  count(chapter?: ChapterId | string): { solved: number; total: number } {
    const list = chapter === undefined ? EXERCISES : exercisesOf(chapter);
    return { solved: list.filter((e) => this.get(e.id).solved).length, total: list.length };
  }

  chapterDone(chapter: ChapterId | string): boolean {
    const { solved, total } = this.count(chapter);
    return total > 0 && solved === total;
  }

  async reset(): Promise<void> {
    this.states = {};
    await this.save();
  }

  /** Publishes `activationLab.chapterDone.<chapter>` for every chapter, for the walkthrough. */
  async publishContext(): Promise<void> {
    await Promise.all(CHAPTERS.map((c) => vscode.commands.executeCommand('setContext', chapterDoneKey(c), this.chapterDone(c))));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private update(exerciseId: string, state: ExerciseState): void {
    this.states = { ...this.states, [exerciseId]: state };
    void this.save();
  }

  private async save(): Promise<void> {
    // Fire first so the views update at once; the write to storage follows.
    this.changed.fire();
    await this.memento.update(STORAGE_KEY, this.states);
  }
}
