/** Every group of builtin functions beyond the activations themselves; one import per group. */
import type { BuiltinFactory } from './types';

export const BUILTIN_GROUPS: readonly BuiltinFactory[] = [];
