/**
 * Where the grader compares a learner's function with the reference: edge points that
 * catch the usual mistakes (signs, saturation, overflow of a literal formula, cancellation
 * near zero) plus random points from a generator seeded by the exercise id, so a verdict is
 * the same on every run and every machine.
 */

import { mulberry32 } from '../core/experiments/random';

/** Ordered so the first failure reported is the easiest to read. */
export const EDGE_POINTS: readonly number[] = [0, 1, -1, 3, -3, 5, -5, 1e-8, -1e-8, 30, -30, 700, -700];

/** How many random points (or random vectors per length) are added. */
export const RANDOM_COUNT = 16;

/** FNV-1a hash of a string, the seed for an exercise's random points. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Random reals in [−8, 8), rounded to 4 decimals so a failure message shows a readable input. */
export function randomPoints(seed: number, count = RANDOM_COUNT): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => Math.round((next() * 16 - 8) * 1e4) / 1e4);
}

/** The scalar points for an exercise: its own list (or the edge points), then random ones. */
export function scalarPoints(id: string, own?: readonly number[]): number[] {
  return [...(own ?? EDGE_POINTS), ...randomPoints(seedOf(id))];
}

/** The vectors for an exercise: its own, then for each length used two random ones in [−5, 5). */
export function vectorPoints(id: string, own: readonly (readonly number[])[]): number[][] {
  const next = mulberry32(seedOf(id));
  const lengths = [...new Set(own.map((v) => v.length))];
  const random = lengths.flatMap((n) =>
    [0, 1].map(() => Array.from({ length: n }, () => Math.round((next() * 10 - 5) * 1e3) / 1e3)),
  );
  return [...own.map((v) => [...v]), ...random];
}
