/**
 * Where a function of one variable may change branch, read from its definition: each
 * comparison (`x > 0 ? 1 : 0`), `abs` and `sign`, `max`/`min` of two values, and the same
 * inside the learner's functions it calls, gives a "switch" s(x) whose sign changes where
 * the branch does. The grader locates the sign changes on its grid and compares answers on
 * both sides of each, so a wrong piece between two grid points cannot hide.
 */
import type { MathNode } from 'mathjs';
import { functionTag } from './functionTags';
import { APPLY } from './prime';
import { toNumber } from './values';

export type Switch = (x: number) => number;

export interface SwitchContext {
  /** Evaluates a compiled sub-expression with the given parameter bindings over the session's names. */
  evaluate(compiled: { evaluate(scope: unknown): unknown }, locals: ReadonlyMap<string, unknown>): unknown;
  /** A learner's function by name (undefined when the name is something else). */
  learnerFunction(name: string): unknown;
}

type AnyNode = MathNode & Record<string, unknown>;

const COMPARISONS = new Set(['larger', 'smaller', 'largerEq', 'smallerEq', 'equal', 'unequal']);
/** Calls deeper than this are not followed (a recursive definition, or a very deep chain). */
const MAX_DEPTH = 6;

function asNumber(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  try {
    return toNumber(value, 'switch', 'value');
  } catch {
    return NaN; // a vector or a text: not a scalar switch, so it has no sign change to find
  }
}

/** The switches of a learner's function of one variable, as functions of that variable. */
export function switchesOf(fn: unknown, ctx: SwitchContext, depth = 0): Switch[] {
  const tag = functionTag(fn);
  if (tag?.kind !== 'learner' || tag.params.length !== 1 || depth > MAX_DEPTH) return [];
  const param = tag.params[0];
  /** A sub-expression of the body as a function of the parameter. */
  const part = (node: MathNode): Switch => {
    const compiled = node.compile();
    return (x) => asNumber(ctx.evaluate(compiled, new Map([[param, x]])));
  };
  const difference = (a: MathNode, b: MathNode): Switch => {
    const fa = part(a);
    const fb = part(b);
    return (x) => fa(x) - fb(x);
  };
  const out: Switch[] = [];
  const visit = (node: MathNode): void => {
    const n = node as AnyNode;
    if (node.type === 'OperatorNode' && COMPARISONS.has(n.fn as string)) {
      const [a, b] = n.args as MathNode[];
      out.push(difference(a, b));
    } else if (node.type === 'ConditionalNode') {
      const condition = n.condition as AnyNode;
      if (!(condition.type === 'OperatorNode' && COMPARISONS.has(condition.fn as string))) out.push(part(condition));
    } else if (node.type === 'FunctionNode' && (n.fn as AnyNode).type === 'SymbolNode') {
      const name = (n.fn as AnyNode).name as string;
      const args = n.args as MathNode[];
      if ((name === 'abs' || name === 'sign') && args.length === 1) out.push(part(args[0]));
      if ((name === 'max' || name === 'min') && args.length >= 2) {
        for (let i = 0; i < args.length; i++) for (let j = i + 1; j < args.length; j++) out.push(difference(args[i], args[j]));
      }
      const callee = name === APPLY ? String((args[0] as AnyNode).value) : name;
      const calleeArgs = name === APPLY ? args.slice(2) : args;
      const inner = calleeArgs.length === 1 ? ctx.learnerFunction(callee) : undefined;
      if (inner !== undefined && inner !== fn) {
        const u = part(calleeArgs[0]);
        for (const s of switchesOf(inner, ctx, depth + 1)) out.push((x) => s(u(x)));
      }
    }
    (node as unknown as { forEach(cb: (child: MathNode) => void): void }).forEach(visit);
  };
  visit(tag.expr);
  return out;
}
