/** Every group of builtin functions beyond the activations themselves; one import per group. */
import { experimentBuiltins } from './experiments';
import { plotBuiltins } from './plot';
import type { BuiltinFactory } from './types';

export const BUILTIN_GROUPS: readonly BuiltinFactory[] = [plotBuiltins, experimentBuiltins];
