/** Which names the cell language knows besides the registry: mathjs's (sandboxed) namespace and every builtin group. */
import { BUILTIN_GROUPS } from '../builtins';
import type { BuiltinContext } from '../builtins/types';
import { sandboxedMath } from '../mathInstance';
import type { NameOracle } from './diagnostics';

/** Builtin names of every group (plot, experiments, …): the factories only build closures, so listing them runs nothing. */
function builtinNames(): string[] {
  const refuse = (): never => {
    throw new Error('not available while listing names');
  };
  const ctx: BuiltinContext = { toScalarFunction: refuse, toNumber: refuse, toVector: refuse, progress: () => undefined };
  return BUILTIN_GROUPS.flatMap((factory) => Object.keys(factory(ctx)));
}

export function nameOracle(): NameOracle {
  const math = sandboxedMath();
  const extra = new Set(builtinNames());
  return {
    has: (name) => extra.has(name) || math.has(name),
    names: [...math.names, ...extra],
  };
}
