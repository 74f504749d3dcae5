/**
 * Every framework table, and lookups by resolved path (`torch.nn.functional.gelu`,
 * `@tensorflow/tfjs.layers.leakyReLU`). A path that no table lists has no card.
 */
import { FLAX } from './flax';
import { JAX } from './jax';
import { KERAS } from './keras';
import { PYTORCH } from './pytorch';
import { TENSORFLOW } from './tensorflow';
import { TFJS } from './tfjs';
import type { ArgValue, FrameworkEntry, FrameworkTable } from './types';

export * from './types';

export const FRAMEWORK_TABLES: readonly FrameworkTable[] = [PYTORCH, KERAS, TENSORFLOW, JAX, FLAX, TFJS];

export interface FoundEntry {
  readonly table: FrameworkTable;
  /** The canonical path of the name (the module's first path). */
  readonly path: string;
  readonly name: string;
  readonly entry: FrameworkEntry;
}

const BY_PATH = new Map<string, FoundEntry>();
for (const table of FRAMEWORK_TABLES) {
  for (const mod of table.modules) {
    for (const [name, entry] of Object.entries(mod.names)) {
      for (const p of mod.paths) BY_PATH.set(`${p}.${name}`, { table, path: `${mod.paths[0]}.${name}`, name, entry });
    }
  }
}

/** The entry at a resolved dotted path, if a framework has that name there. */
export function entryAt(path: string): FoundEntry | undefined {
  return BY_PATH.get(path);
}

/** Whether some table has a module at this path (`torch.nn`), so `path.name` can be judged. */
export function isFrameworkModule(path: string): boolean {
  return FRAMEWORK_TABLES.some((t) => t.modules.some((m) => m.paths.includes(path)));
}

/** The table whose activation strings a call at `calleePath` takes, and whether as first positional argument. */
export function stringContext(calleePath: string): { table: FrameworkTable; positional: boolean } | undefined {
  for (const table of FRAMEWORK_TABLES) {
    const s = table.strings;
    if (!s) continue;
    if (s.positionalCalls.includes(calleePath)) return { table, positional: true };
    if (s.callPrefixes.some((p) => (p.endsWith('.') ? calleePath.startsWith(p) : calleePath === p))) return { table, positional: false };
  }
  return undefined;
}

/** The registry id an entry means with these argument values (GELU's `approximate` picks one). */
export function entryId(entry: FrameworkEntry, value: (name: string) => ArgValue | undefined): string | undefined {
  if (typeof entry.id === 'string') return entry.id;
  const choice = entry.id;
  const given = value(choice.arg);
  const def = entry.args.find((a) => a.name === choice.arg)?.default;
  const v = given === undefined ? def : given;
  return choice.ids.find(([k]) => k === v)?.[1];
}

/** Every registry id an entry can mean. */
export function entryIds(entry: FrameworkEntry): string[] {
  return typeof entry.id === 'string' ? [entry.id] : entry.id.ids.map(([, id]) => id);
}

/**
 * The points where the kit's functions have kinks (at default parameters), at which each
 * framework's derivative is recorded: a claim there is checked against the framework run.
 */
export const KINK_POINTS: Readonly<Record<string, readonly number[]>> = {
  relu: [0],
  relu6: [0, 6],
  leaky_relu: [0],
  prelu: [0],
  elu: [0],
  selu: [0],
  celu: [0],
  hard_tanh: [-1, 1],
  hard_sigmoid: [-3, 3],
  hard_swish: [-3, 3],
  softshrink: [-0.5, 0.5],
  hardshrink: [-0.5, 0.5],
  step: [0],
};
