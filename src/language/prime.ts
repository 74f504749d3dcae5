/**
 * Rewrites of the parsed tree that give the dialect its meaning:
 * - `sigmoidǂ(0)` (typed `sigmoid'(0)`) becomes a call of the derivative; `sigmoidǂ` alone
 *   becomes the derivative as a function value. Whether the name holds a function is only
 *   known when the cell runs, so the helpers decide then: for a matrix `A'` is still
 *   the transpose, and `A'(2)` the transpose times 2, as in plain mathjs.
 * - `a:b` becomes a call of a size-guarded range helper, so `1:1e9` is refused at once.
 * - `x (1 + x)`, where `x` is not a function, is a product as on paper: a call of a name that
 *   is not a builtin function goes through a helper that calls a function value and
 *   multiplies anything else (a parameter, a variable holding a number or a matrix).
 * - `obj.name` reads a field of a plain object (e.g. `maxout(…).piece`) through a checked
 *   helper; method calls and property assignments are refused, because on functions they
 *   reach mathjs internals (`typed.clear()` would break every function of the session).
 */
import type { MathNode } from 'mathjs';
import { LanguageError } from './errors';
import { PRIME_MARK } from './primeMarks';

/** Hidden helper names; they contain the mark, which a cell can never type. */
export const PRIME_OF = `${PRIME_MARK}prime`;
export const PRIME_CALL = `${PRIME_MARK}primeCall`;
export const GET_FIELD = `${PRIME_MARK}field`;
/** `a:b` and `a:step:b`, routed through the size guard. */
export const RANGE = `${PRIME_MARK}range`;
/** `name(args)` for a name that is not a builtin function: a call, or a product when it holds a number. */
export const APPLY = `${PRIME_MARK}apply`;

/** The node classes of the mathjs instance that parsed the tree. */
export interface NodeClasses {
  SymbolNode: new (name: string) => MathNode;
  ConstantNode: new (value: unknown) => MathNode;
  FunctionNode: new (fn: MathNode | string, args: MathNode[]) => MathNode;
}

type AnyNode = MathNode & Record<string, unknown>;

/** mathjs functions whose callback argument may be an inline expression. */
const INLINE_CALLBACK_FUNCTIONS = new Set(['map', 'filter', 'forEach', 'mapSlices']);

export function splitMarks(name: string): { base: string; order: number } {
  const first = name.indexOf(PRIME_MARK);
  const base = name.slice(0, first);
  const marks = name.slice(first);
  if (!/^\u01C2+$/.test(marks)) {
    throw new LanguageError('SyntaxError', `unexpected ' inside the name \`${name.split(PRIME_MARK).join("'")}\`; write a space or * after a transpose.`);
  }
  return { base, order: marks.length };
}

/**
 * @param builtinFunction whether a name is one of the language's own functions (those calls
 *   stay direct, so mathjs's inline callbacks and argument checks work as usual).
 */
export function rewriteTree(root: MathNode, classes: NodeClasses, builtinFunction: (name: string) => boolean = () => false): MathNode {
  const { SymbolNode, ConstantNode, FunctionNode } = classes;
  // Parameters of the function definitions around the node: inside `f(x) = …`, `x(…)` is
  // always the parameter, whatever else the name means.
  let params: ReadonlySet<string> = new Set();
  const rewrite = (node: MathNode): MathNode => {
    const n = node as AnyNode;
    switch (node.type) {
      case 'FunctionNode': {
        const fn = n.fn as AnyNode;
        if (fn.type === 'SymbolNode' && (fn.name as string).includes(PRIME_MARK)) {
          const { base, order } = splitMarks(fn.name as string);
          const args = (n.args as MathNode[]).map(rewrite);
          return new FunctionNode(new SymbolNode(PRIME_CALL), [new SymbolNode(base), new ConstantNode(order), ...args]);
        }
        if (fn.type === 'SymbolNode' && (params.has(fn.name as string) || !builtinFunction(fn.name as string))) {
          const name = fn.name as string;
          const args = (n.args as MathNode[]).map(rewrite);
          return new FunctionNode(new SymbolNode(APPLY), [new ConstantNode(name), new SymbolNode(name), ...args]);
        }
        if (fn.type === 'SymbolNode' && INLINE_CALLBACK_FUNCTIONS.has(fn.name as string)) {
          // mathjs reads any callback that is not a plain name as an inline expression
          // (`map(v, x^2)`), so a primed callback stays a (marked) name here; the session
          // scope resolves `sigmoidǂ` to the derivative function value.
          const args = (n.args as MathNode[]).map((a) => {
            const an = a as AnyNode;
            return an.type === 'SymbolNode' && (an.name as string).includes(PRIME_MARK) ? (splitMarks(an.name as string), a) : rewrite(a);
          });
          return new FunctionNode(new SymbolNode(fn.name as string), args);
        }
        if (fn.type === 'AccessorNode') {
          throw new LanguageError('NotAllowed', 'method calls such as `x.name(…)` are not part of the cell language; call functions by name, e.g. `sigmoid(x)`.');
        }
        break;
      }
      case 'SymbolNode':
        if ((n.name as string).includes(PRIME_MARK)) {
          const { base, order } = splitMarks(n.name as string);
          return new FunctionNode(new SymbolNode(PRIME_OF), [new SymbolNode(base), new ConstantNode(order)]);
        }
        break;
      case 'RangeNode': {
        const parts = [n.start, n.end, ...(n.step ? [n.step] : [])] as MathNode[];
        return new FunctionNode(new SymbolNode(RANGE), parts.map(rewrite));
      }
      case 'AccessorNode': {
        const index = n.index as AnyNode & { isObjectProperty(): boolean; getObjectProperty(): string };
        if (index.isObjectProperty()) {
          return new FunctionNode(new SymbolNode(GET_FIELD), [rewrite(n.object as MathNode), new ConstantNode(index.getObjectProperty())]);
        }
        break;
      }
      case 'AssignmentNode': {
        const index = n.index as (AnyNode & { isObjectProperty(): boolean }) | null;
        if (index && index.isObjectProperty()) {
          throw new LanguageError('NotAllowed', 'assigning to a field (`x.name = …`) is not part of the cell language; use a variable instead.');
        }
        const target = n.object as AnyNode;
        if (target.type === 'SymbolNode' && (target.name as string).includes(PRIME_MARK)) throw primeAssignment(target.name as string);
        break;
      }
      case 'FunctionAssignmentNode': {
        if ((n.name as string).includes(PRIME_MARK)) throw primeAssignment(n.name as string);
        const outer = params;
        params = new Set([...outer, ...(n.params as string[])]);
        try {
          return (node as unknown as { map(cb: (child: MathNode) => MathNode): MathNode }).map(rewrite);
        } finally {
          params = outer;
        }
      }
    }
    return (node as unknown as { map(cb: (child: MathNode) => MathNode): MathNode }).map(rewrite);
  };
  return rewrite(root);
}

function primeAssignment(name: string): LanguageError {
  const base = name.split(PRIME_MARK)[0];
  return new LanguageError(
    'NotAllowed',
    `\`${base}'\` is computed from \`${base}\`, so it can't be assigned; define \`${base}\` and use \`${base}'\`.`,
  );
}

/** `toString` handler that prints the helpers back in the notation the learner typed. */
export function printHandler(node: MathNode, options: object): string | undefined {
  const n = node as AnyNode;
  if (node.type === 'SymbolNode' && (n.name as string).includes(PRIME_MARK)) return (n.name as string).split(PRIME_MARK).join("'");
  if (node.type !== 'FunctionNode' || (n.fn as AnyNode).type !== 'SymbolNode') return undefined;
  const name = (n.fn as AnyNode).name as string;
  const args = n.args as AnyNode[];
  const str = (x: MathNode): string => x.toString(options);
  if (name === PRIME_OF) return `${args[0].name as string}${"'".repeat(Number(args[1].value))}`;
  if (name === PRIME_CALL) {
    return `${args[0].name as string}${"'".repeat(Number(args[1].value))}(${args.slice(2).map(str).join(', ')})`;
  }
  if (name === GET_FIELD) return `${str(args[0])}.${String(args[1].value)}`;
  if (name === APPLY) return `${String(args[0].value)}(${args.slice(2).map(str).join(', ')})`;
  if (name === RANGE) return args.length === 3 ? `${str(args[0])}:${str(args[2])}:${str(args[1])}` : `${str(args[0])}:${str(args[1])}`;
  return undefined;
}

/** A node printed the way the learner wrote it (implicit multiplication kept). */
export function printNode(node: MathNode): string {
  return node.toString({ handler: printHandler, implicit: 'hide' } as object);
}
