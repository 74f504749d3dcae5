/**
 * A small seeded pseudo-random generator so every experiment is reproducible: the same
 * seed gives the same numbers on every machine (integer arithmetic only, no Math.random).
 *
 * Uniforms come from mulberry32 (32-bit state, period 2³²; plenty for toy experiments);
 * normals from the Box–Muller transform z = √(−2 ln u₁)·cos(2πu₂).
 */
/**
 * Mulberry32, a small 32-bit generator: fully determined by its seed, numbers in [0, 1)
 * with 32 bits of resolution.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  private spare: number | undefined;

  constructor(seed = 1) {
    // Mix the seed so nearby seeds (1, 2, 3) start far apart.
    this.next = mulberry32(Math.imul(seed | 0, 0x9e3779b1) ^ 0x85ebca6b);
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  uniform(): number {
    return this.next();
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Standard normal N(0, 1). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    let u1 = this.uniform();
    while (u1 === 0) u1 = this.uniform();
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
