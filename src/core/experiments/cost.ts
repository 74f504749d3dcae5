/**
 * Compute cost: nanoseconds per element of f over a large array, median of several timed
 * repeats, relative to ReLU measured the same way. The core has no clock of its own (it
 * runs in Node, browsers and workers alike), so the caller passes one in milliseconds —
 * `performance.now` where it exists, `Date.now` otherwise; enough repetitions per sample
 * keep even a millisecond clock meaningful.
 */
import type { BoundActivation } from './activation';
import { Random } from './random';

export interface CostOptions {
  /** Elements per array (default 100 000). */
  readonly size?: number;
  /** Timed samples; the median is reported (default 9). */
  readonly repeats?: number;
  /** Minimum time per sample in ms; passes over the array are repeated until it is reached (default 5). */
  readonly minMs?: number;
  readonly seed?: number;
  readonly clock?: () => number;
}

export interface CostEntry {
  readonly label: string;
  readonly nsPerElement: number;
  /** nsPerElement / ReLU's. */
  readonly relative: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median ns per element of `act.fArray` over `xs`. */
export function timeActivation(act: BoundActivation, xs: Float64Array, repeats: number, minMs: number, clock: () => number): number {
  const out = new Float64Array(xs.length);
  // Warm up so the JIT has compiled the kernel before we time it.
  for (let i = 0; i < 3; i++) act.fArray(xs, out);
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    let passes = 0;
    const t0 = clock();
    let t1: number;
    do {
      act.fArray(xs, out);
      passes++;
      t1 = clock();
    } while (t1 - t0 < minMs);
    samples.push(((t1 - t0) * 1e6) / (passes * xs.length));
  }
  return median(samples);
}

/** Cost of each activation and of `baseline` (ReLU) on the same inputs, uniform in [−6, 6]. */
export function measureCost(acts: readonly BoundActivation[], baseline: BoundActivation, options: CostOptions = {}): { baseline: number; entries: CostEntry[] } {
  const size = options.size ?? 100_000;
  const repeats = options.repeats ?? 9;
  const minMs = options.minMs ?? 5;
  const clock = options.clock ?? Date.now;
  const rng = new Random(options.seed ?? 1);
  const xs = new Float64Array(size);
  for (let i = 0; i < size; i++) xs[i] = rng.range(-6, 6);
  const base = timeActivation(baseline, xs, repeats, minMs, clock);
  const entries = acts.map((act) => {
    const ns = act.id === baseline.id ? base : timeActivation(act, xs, repeats, minMs, clock);
    return { label: act.label, nsPerElement: ns, relative: ns / base };
  });
  return { baseline: base, entries };
}
