/**
 * Every exercise of the curriculum, in chapter order. Each chapter file under `chapters/`
 * exports its list; add a chapter with one import line and one entry in `BY_CHAPTER`.
 */
import { exercises as ch01 } from './chapters/01-why-nonlinear';
import { exercises as ch02 } from './chapters/02-sigmoid';
import { exercises as ch03 } from './chapters/03-softmax';
import { exercises as ch04 } from './chapters/04-softmax-vs-sigmoid';
import { exercises as ch05 } from './chapters/05-sigmoid-problems';
import { exercises as ch06 } from './chapters/06-tanh';
import { exercises as ch07 } from './chapters/07-relu';
import { exercises as ch08 } from './chapters/08-leaky-relu-prelu';
import { exercises as ch09 } from './chapters/09-elu-selu';
import { exercises as ch10 } from './chapters/10-maxout';
import { exercises as ch11 } from './chapters/11-swish';
import { exercises as ch12 } from './chapters/12-mish';
import { exercises as ch13 } from './chapters/13-choosing';
import { exercises as ch14 } from './chapters/14-cross-entropy';
import { exercises as ch15 } from './chapters/15-gradient-flow';
import { exercises as ch16 } from './chapters/16-gated';
import { exercises as ch17 } from './chapters/17-curvature';
import type { ChapterId, ExerciseSpec } from './types';
import { CHAPTERS } from './types';

const BY_CHAPTER: readonly (readonly ExerciseSpec[])[] = [
  ch01,
  ch02,
  ch03,
  ch04,
  ch05,
  ch06,
  ch07,
  ch08,
  ch09,
  ch10,
  ch11,
  ch12,
  ch13,
  ch14,
  ch15,
  ch16,
  ch17,
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
