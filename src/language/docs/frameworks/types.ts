/**
 * The frameworks' own truth about their activations, as data: one table per framework, one
 * entry per name at each module path where that name exists, with the framework version it
 * was checked against. A name that is not in a table gets no card, so `torch.gelu` (there is
 * none) is never mistaken for `torch.nn.functional.gelu`.
 */
import type { Localised } from '../types';

/** A literal argument value as written in source: numbers, strings, booleans, `None`/`null`. */
export type ArgValue = number | string | boolean | null;

export interface FrameworkArg {
  readonly name: string;
  /** The default; absent for a required argument (the input, PReLU's weight). */
  readonly default?: ArgValue;
  /** The kit parameter this argument sets (`negative_slope` → `alpha`). */
  readonly kit?: string;
  /** Accepted by keyword only (Python `*,`), or only inside a TF.js config object. */
  readonly keywordOnly?: boolean;
  /** The kit parameter's value that a non-numeric default stands for (`alpha_initializer="Zeros"` → α = 0). */
  readonly kitDefault?: number;
}

/** f′ at a kink as the framework's autograd returns it, with its default arguments. */
export interface KinkClaim {
  readonly x: number;
  readonly df: number;
  /** For Keras: the backend whose autograd gave this value. */
  readonly backend?: 'tensorflow' | 'jax' | 'torch';
}

/** Which registry id a call means when one argument picks the formula (GELU's `approximate`). */
export interface IdChoice {
  readonly arg: string;
  readonly ids: readonly (readonly [ArgValue, string])[];
}

export interface FrameworkEntry {
  /** The registry id, or the argument that chooses it. */
  readonly id: string | IdChoice;
  /** Arguments in positional order; for functions the input comes first, for layers the constructor's. */
  readonly args: readonly FrameworkArg[];
  /** A layer/module class (configured by its arguments, applied later) rather than a function. */
  readonly layer?: boolean;
  /** Derivatives at the kit's kink points, as this framework computes them. */
  readonly kinks?: readonly KinkClaim[];
  /** What differs from the kit's function of the same id, or a convention worth knowing. */
  readonly note?: Localised;
  /** The framework computes a different formula than the kit's id (the card says so, and draws no curve). */
  readonly variant?: boolean;
}

export interface FrameworkModule {
  /** Every import path that reaches these names (`keras.activations` and `tensorflow.keras.activations`). */
  readonly paths: readonly string[];
  readonly names: Readonly<Record<string, FrameworkEntry>>;
}

/** Where activation names are written as strings, and what each string means. */
export interface StringActivations {
  /** Calls whose keyword (or config key) `activation` takes such a string, by path prefix or exact path. */
  readonly callPrefixes: readonly string[];
  /** Calls whose first positional argument is such a string (`keras.layers.Activation("gelu")`). */
  readonly positionalCalls: readonly string[];
  readonly names: Readonly<Record<string, FrameworkEntry>>;
}

export interface FrameworkTable {
  /** As shown on the card: `PyTorch`, `Keras`, `TensorFlow`, `JAX`, `Flax`, `TensorFlow.js`. */
  readonly framework: string;
  /** The release the entries were checked against, e.g. `torch 2.13.0`. */
  readonly version: string;
  /** How they were checked: sources read and programs run. */
  readonly checked: string;
  readonly language: 'python' | 'javascript';
  readonly modules: readonly FrameworkModule[];
  readonly strings?: StringActivations;
}

/** An argument list entry: `[name, default, kit parameter]`. */
export function arg(name: string, def?: ArgValue, kit?: string, keywordOnly?: boolean, kitDefault?: number): FrameworkArg {
  return {
    name,
    ...(def !== undefined ? { default: def } : {}),
    ...(kit ? { kit } : {}),
    ...(keywordOnly ? { keywordOnly } : {}),
    ...(kitDefault !== undefined ? { kitDefault } : {}),
  };
}

export const n = (en: string, zh: string): Localised => ({ en, 'zh-cn': zh });
