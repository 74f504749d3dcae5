/**
 * The scope cells evaluate in, in the Map shape mathjs accepts. Three layers: the
 * learner's variables and functions (writable), the session's builtin groups (plots,
 * experiments), and hidden mathjs internals, which resolve to a function that throws.
 */
import { LanguageError } from './errors';
import { PRIME_MARK } from './primeMarks';
import { disabledFunction } from './sandbox';

/**
 * Resolves a primed name such as `sigmoidǂ` (a callback of `map`/`filter`, see `prime.ts`)
 * to the derivative of what its base name holds.
 */
export type PrimeResolver = (value: unknown, order: number) => unknown;

function primed(name: string): { base: string; order: number } | undefined {
  const i = name.indexOf(PRIME_MARK);
  return i > 0 ? { base: name.slice(0, i), order: name.length - i } : undefined;
}

/**
 * The iteration half of the Map shape mathjs expects, built on `keys()` and `get()`, which
 * each scope defines for itself.
 */
abstract class MapShape {
  abstract keys(): IterableIterator<string>;
  abstract get(name: string): unknown;

  forEach(cb: (value: unknown, key: string) => void): void {
    for (const key of this.keys()) cb(this.get(key), key);
  }

  entries(): IterableIterator<[string, unknown]> {
    return [...this.keys()].map((k): [string, unknown] => [k, this.get(k)]).values();
  }

  [Symbol.iterator](): IterableIterator<[string, unknown]> {
    return this.entries();
  }
}

export class SessionScope extends MapShape {
  readonly vars = new Map<string, unknown>();

  constructor(
    private readonly builtins: ReadonlyMap<string, unknown>,
    private readonly hidden: ReadonlySet<string>,
    /** Resolves a base name outside this scope (the math namespace). */
    private readonly outer: { has(name: string): boolean; get(name: string): unknown },
    private readonly prime: PrimeResolver,
  ) {
    super();
  }

  has(name: string): boolean {
    const p = primed(name);
    if (p) return this.has(p.base) || this.outer.has(p.base);
    return this.vars.has(name) || this.builtins.has(name) || this.hidden.has(name);
  }

  override get(name: string): unknown {
    const p = primed(name);
    if (p) return this.prime(this.has(p.base) ? this.get(p.base) : this.outer.get(p.base), p.order);
    if (this.vars.has(name)) return this.vars.get(name);
    if (this.builtins.has(name)) return this.builtins.get(name);
    if (this.hidden.has(name)) return disabledFunction(name);
    return undefined;
  }

  set(name: string, value: unknown): this {
    if (this.hidden.has(name) || name.includes(PRIME_MARK)) {
      throw new LanguageError('NotAllowed', `\`${name}\` is reserved and can't be assigned.`);
    }
    this.vars.set(name, value);
    return this;
  }

  delete(name: string): boolean {
    return this.vars.delete(name);
  }

  clear(): void {
    this.vars.clear();
  }

  override keys(): IterableIterator<string> {
    return new Set([...this.builtins.keys(), ...this.vars.keys()]).values();
  }

  get size(): number {
    return this.vars.size;
  }
}

/** A function call's scope: its parameters over the session scope. Writes stay local. */
export class CallScope extends MapShape {
  constructor(
    private readonly parent: { has(n: string): boolean; get(n: string): unknown; keys(): IterableIterator<string> },
    private readonly locals: Map<string, unknown>,
    private readonly prime?: PrimeResolver,
  ) {
    super();
  }

  has(name: string): boolean {
    const p = primed(name);
    if (p && this.locals.has(p.base) && this.prime) return true;
    return this.locals.has(name) || this.parent.has(name);
  }

  override get(name: string): unknown {
    const p = primed(name);
    if (p && this.locals.has(p.base) && this.prime) return this.prime(this.locals.get(p.base), p.order);
    return this.locals.has(name) ? this.locals.get(name) : this.parent.get(name);
  }

  set(name: string, value: unknown): this {
    if (name.includes(PRIME_MARK)) throw new LanguageError('NotAllowed', `\`${name}\` is reserved.`);
    this.locals.set(name, value);
    return this;
  }

  delete(name: string): boolean {
    return this.locals.delete(name);
  }

  clear(): void {
    this.locals.clear();
  }

  override keys(): IterableIterator<string> {
    return new Set([...this.parent.keys(), ...this.locals.keys()]).values();
  }

  get size(): number {
    return this.locals.size;
  }
}

/**
 * The language's own names first, then the learner's: an exercise's reference answer means
 * the builtin `sigmoid` even in a notebook that has redefined `sigmoid`, while the names a
 * chapter's cells define (`W1`, `b`) still resolve.
 */
export class BuiltinFirstScope extends MapShape {
  constructor(
    private readonly session: SessionScope,
    private readonly builtin: (name: string) => { readonly found: boolean; readonly value?: unknown },
  ) {
    super();
  }

  has(name: string): boolean {
    return this.builtin(name).found || this.session.has(name);
  }

  override get(name: string): unknown {
    const b = this.builtin(name);
    return b.found ? b.value : this.session.get(name);
  }

  set(name: string): this {
    throw new LanguageError('NotAllowed', `a reference answer cannot assign \`${name}\`.`);
  }

  override keys(): IterableIterator<string> {
    return this.session.keys();
  }
}
