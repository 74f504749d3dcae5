/**
 * Function values in the cell language are mathjs typed functions. Those the kit makes
 * (activations, their derivatives, a learner's `f(x) = …`) carry a hidden tag saying what
 * they are, so `f'`, `jacobian`, `plot` and the hovers can reason about them. The tag is a
 * symbol-keyed property: cell code, which can only use string keys, can neither read nor
 * forge it.
 */
import type { MathNode } from 'mathjs';
import type { AdScope } from './autodiff';

const TAG = Symbol('actlab.function');

export type FunctionTag =
  /** A registry activation (`order` 0) or its derivative (`order` 1). */
  | { readonly kind: 'activation'; readonly id: string; readonly order: number; readonly label: string }
  /** A learner's `f(x) = …`; `scope` is the session scope its free names resolve in. */
  | {
      readonly kind: 'learner';
      readonly name: string;
      readonly params: readonly string[];
      readonly expr: MathNode;
      readonly label: string;
      readonly scope: AdScope;
    }
  /** The `order`-th derivative of another function value, by automatic differentiation. */
  | { readonly kind: 'derived'; readonly base: unknown; readonly order: number; readonly label: string };

export function tagFunction<T extends object>(fn: T, tag: FunctionTag): T {
  Object.defineProperty(fn, TAG, { value: tag, enumerable: false });
  return fn;
}

export function functionTag(value: unknown): FunctionTag | undefined {
  if (typeof value !== 'function') return undefined;
  return (value as unknown as Record<symbol, FunctionTag | undefined>)[TAG];
}

/** The name a learner would recognise a function value by. */
export function functionLabel(value: unknown): string {
  const tag = functionTag(value);
  if (tag) return tag.label;
  return typeof value === 'function' && value.name ? value.name : 'function';
}
