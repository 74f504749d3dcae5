/**
 * The `BuiltinContext` a session hands to its builtin groups (plots, experiments): how to
 * read a learner's arguments as a function of one variable, a number or a vector.
 */
import { resolveParams } from '../core/params';
import { getActivation } from '../core/registry';
import type { BuiltinContext, LabelledFunction } from './builtins/types';
import { argumentError } from './errors';
import { functionLabel, functionTag } from './functionTags';
import { describe, toNumber, toVector } from './values';

export function createBuiltinContext(progress: (message: string, fraction?: number) => void): BuiltinContext {
  return {
    toScalarFunction: (value, fnName, argName) => toScalarFunction(value, fnName, argName),
    toNumber,
    toVector,
    progress,
  };
}

export function toScalarFunction(value: unknown, fnName: string, argName: string): LabelledFunction {
  if (typeof value !== 'function') {
    throw argumentError(fnName, argName, `must be a function such as sigmoid, sigmoid' or one you defined, got ${describe(value)}`);
  }
  const fn = value as (...args: unknown[]) => unknown;
  const label = functionLabel(value);
  const tag = functionTag(value);
  if (tag?.kind === 'activation') {
    const act = getActivation(tag.id);
    if (act.kind === 'vector') {
      throw argumentError(fnName, argName, `must be a function of one number; ${act.id} works on whole vectors`);
    }
    const params = resolveParams(act);
    // f, f′ and f″ are the core's closed forms (a renderer can re-evaluate them); higher
    // derivatives are the typed function itself (automatic differentiation of f″).
    if (tag.order > 2) return { label, f: (x) => toNumber(fn(x), label, 'result') };
    const order = tag.order as 0 | 1 | 2;
    const g = order === 0 ? act.f : order === 1 ? act.df : act.d2f;
    return { label, f: (x) => g(x, params), activation: { id: act.id, params, order } };
  }
  if (tag?.kind === 'learner' && tag.params.length !== 1) {
    throw argumentError(fnName, argName, `must be a function of one variable; ${tag.name} takes ${tag.params.length}`);
  }
  return {
    label,
    f: (x) => {
      const y = fn(x);
      return typeof y === 'number' ? y : toNumber(y, label, 'result');
    },
  };
}
