/**
 * What cell code may not reach. mathjs's security guide names `import`, `createUnit`,
 * `evaluate`, `parse`, `simplify` and `derivative` as the functions that alter the instance
 * or turn strings into expression trees; the rest of this list does the same in other
 * clothes (`compile`, `parser`, `resolve`, `chain`, JSON revivers, configuration).
 */
import { LanguageError } from './errors';

/** Resolve, in every session scope, to functions that throw a clear error. */
export const DISABLED_FUNCTIONS: readonly string[] = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'parser',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'rationalize',
  'derivative',
  'resolve',
  'symbolicEqual',
  'leafCount',
  'reviver',
  'replacer',
  'chain',
  'config',
  'help',
  'print',
];

/**
 * mathjs internals reachable by name, hidden the same way: `typed.clear()` would break
 * every function of the session.
 */
export const HIDDEN_NAMES: readonly string[] = ['typed', 'factory', 'create', 'isTypedFunction'];

export function disabledFunction(name: string): () => never {
  return () => {
    throw new LanguageError(
      'NotAllowed',
      `\`${name}\` is not available in cells: cells can use math, but not change the language or evaluate text as code.`,
    );
  };
}

