/**
 * Where the grader compares a learner's function of a vector with the reference: the
 * exercise's own vectors plus random ones from a generator seeded by the exercise id, so a
 * verdict is the same on every run and every machine. (Functions of one variable are
 * compared on a dense grid instead: see `dense.ts`.)
 */

import { mulberry32 } from '../core/experiments/random';

/** How many random vectors are added for each length the exercise uses. */
export const RANDOM_VECTORS = 12;

/** FNV-1a hash of a string, the seed for an exercise's random points. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The vectors for an exercise: its own, then for each length used `RANDOM_VECTORS` random
 * ones — half with entries in [−5, 5), half spread over [−50, 50) so large logits are tried
 * too — rounded to 3 decimals so a failure message shows a readable input.
 */
export function vectorPoints(id: string, own: readonly (readonly number[])[]): number[][] {
  const next = mulberry32(seedOf(id));
  const lengths = [...new Set(own.map((v) => v.length))];
  const random = lengths.flatMap((n) =>
    Array.from({ length: RANDOM_VECTORS }, (_, k) => {
      const spread = k % 2 === 0 ? 10 : 100;
      return Array.from({ length: n }, () => Math.round((next() - 0.5) * spread * 1e3) / 1e3);
    }),
  );
  return [...own.map((v) => [...v]), ...random];
}
