/**
 * Every exercise of the curriculum, in chapter order. Each chapter file under `chapters/`
 * exports its list; add a chapter with one import line and one entry in `BY_CHAPTER`.
 */
import { exercises as ch01 } from './chapters/01-why-nonlinear';
import type { ChapterId, ExerciseSpec } from './types';
import { CHAPTERS } from './types';

const BY_CHAPTER: readonly (readonly ExerciseSpec[])[] = [
  ch01,
];

export const EXERCISES: readonly ExerciseSpec[] = BY_CHAPTER.flat();

const byId = new Map(EXERCISES.map((e) => [e.id, e]));

export function findExercise(id: string): ExerciseSpec | undefined {
  return byId.get(id);
}

/** The exercises of one chapter, in notebook order. */
export function exercisesOf(chapter: ChapterId | string): readonly ExerciseSpec[] {
  return EXERCISES.filter((e) => e.chapter === chapter);
}

/** Chapters that have at least one exercise, in curriculum order. */
export function chaptersWithExercises(): ChapterId[] {
  return CHAPTERS.filter((c) => EXERCISES.some((e) => e.chapter === c));
}
