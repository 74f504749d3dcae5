import { ActivationError, type Activation, type Params } from './types';

/**
 * Fills in defaults and validates a parameter set for an activation: unknown names,
 * non-finite values and values the parameter's own `check` rejects (celu's α = 0) throw an
 * `ActivationError` naming the function and the parameter — never a silent NaN later.
 */
export function resolveParams(act: Activation, given?: Params): Params {
  const out: Record<string, number> = {};
  for (const spec of act.params) out[spec.name] = spec.default;
  if (given === undefined) return out;
  for (const name of Object.keys(given)) {
    const spec = act.params.find((p) => p.name === name);
    if (spec === undefined) {
      const expected = act.params.length === 0 ? 'it takes no parameters' : `expected ${act.params.map((p) => p.name).join(', ')}`;
      throw new ActivationError(act.id, name, `unknown parameter; ${expected}`);
    }
    const value = given[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ActivationError(act.id, name, `must be a finite number, got ${String(value)}`);
    }
    const problem = spec.check?.(value);
    if (problem !== undefined) throw new ActivationError(act.id, name, problem);
    out[name] = value;
  }
  return out;
}
