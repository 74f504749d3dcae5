/** "Did you mean …?" for unknown names: the closest candidate by edit distance. */

/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `name`, if it is close enough to be a likely typo: at most a
 * third of the name's length in edits (at least 1, at most 3). Case differences count half,
 * so `Sigmoid` finds `sigmoid`. Ties go to the earlier candidate.
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const folded = editDistance(lower, candidate.toLowerCase(), limit);
    const exact = editDistance(name, candidate, limit + 1);
    const score = folded + (exact - folded) / 2;
    if (folded <= limit && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
