/**
 * What an answer uses, for an exercise's `forbidden` list: every name it reaches, the names
 * it asks the kit to differentiate, and the calls that transform their argument
 * (`sigmoid(-x)` rather than `sigmoid(x)`). The walk follows the learner's own definitions:
 * a function's body (transitively, through other functions, aliases such as `k = sigmoid`
 * and derivatives such as `d = f'`), and for a variable the expression it was computed
 * from when it was assigned (recorded then, so a later reassignment does not blur it).
 *
 * It reads parsed trees, never values, so it cannot be fooled by what a function returns;
 * and it reports the path of the learner's names that led to each use ("through `helper`").
 */
import type { MathNode } from 'mathjs';
import type { Usage } from '../exercises/types';
import { functionTag } from './functionTags';
import { APPLY, GET_FIELD, PRIME_CALL, PRIME_OF, printNode } from './prime';
import { PRIME_MARK } from './primeMarks';

/** The builtins that differentiate the function given as their first argument. */
export const DIFFERENTIATING_BUILTINS: ReadonlySet<string> = new Set(['jacobian', 'grad', 'vjp', 'jvp', 'dparam', 'hessian', 'hvp']);

export interface UsageContext {
  /** A learner's variable or function: `found` tells whether the session defines the name. */
  learner(name: string): { readonly found: boolean; readonly value?: unknown };
  /** What a name means in the language when the learner has not defined it. */
  builtin(name: string): unknown;
  /** The usage recorded when a learner's variable was last assigned. */
  assigned(name: string): Usage | undefined;
  /** The language's name for an untagged builtin function value (e.g. after `k = jacobian`). */
  builtinName(fn: unknown): string | undefined;
}

type AnyNode = MathNode & Record<string, unknown>;

class UsageBuilder {
  readonly names = new Map<string, readonly string[]>();
  readonly differentiated = new Map<string, readonly string[]>();
  readonly transformedCalls = new Map<string, { readonly via: readonly string[]; readonly text: string }>();

  /** Keeps the first (shortest) path found for each name. */
  use(name: string, via: readonly string[], differentiated: boolean): void {
    if (!this.names.has(name)) this.names.set(name, via);
    if (differentiated && !this.differentiated.has(name)) this.differentiated.set(name, via);
  }

  merge(usage: Usage, prefix: readonly string[]): void {
    for (const [name, via] of usage.names) if (!this.names.has(name)) this.names.set(name, [...prefix, ...via]);
    for (const [name, via] of usage.differentiated) if (!this.differentiated.has(name)) this.differentiated.set(name, [...prefix, ...via]);
    for (const [name, call] of usage.transformedCalls) {
      if (!this.transformedCalls.has(name)) this.transformedCalls.set(name, { via: [...prefix, ...call.via], text: call.text });
    }
  }

  build(): Usage {
    return { names: this.names, differentiated: this.differentiated, transformedCalls: this.transformedCalls };
  }
}

/**
 * The parameters in scope, each marked pure when it holds the answer's own input unchanged:
 * `helper(-x)` makes helper's parameter impure, so `sigmoid(t)` inside it is `sigmoid(-x)`.
 */
type Params = ReadonlyMap<string, boolean>;

class UsageWalker {
  readonly out = new UsageBuilder();
  /** Function values already walked, per way of reaching them (recursion and diamonds). */
  private readonly seen = new Set<string>();
  private readonly ids = new Map<unknown, number>();

  constructor(private readonly ctx: UsageContext) {}

  node(node: MathNode, params: Params, via: readonly string[], diff: boolean): void {
    const n = node as AnyNode;
    switch (node.type) {
      case 'SymbolNode': {
        const name = n.name as string;
        const mark = name.indexOf(PRIME_MARK);
        // A primed callback of map/filter (`map(z, sigmoid')`) stays a marked name.
        if (mark > 0) this.symbol(name.slice(0, mark), params, via, true);
        else this.symbol(name, params, via, diff);
        return;
      }
      case 'FunctionNode': {
        const fn = n.fn as AnyNode;
        const args = n.args as MathNode[];
        if (fn.type !== 'SymbolNode') {
          this.node(fn, params, via, diff);
          for (const a of args) this.node(a, params, via, diff);
          return;
        }
        const name = fn.name as string;
        if (name === PRIME_CALL || name === PRIME_OF) {
          this.symbol((args[0] as AnyNode).name as string, params, via, true);
          for (const a of args.slice(2)) this.node(a, params, via, diff);
        } else if (name === APPLY) {
          this.call(String((args[0] as AnyNode).value), args.slice(2), node, params, via, diff);
        } else if (name === GET_FIELD) {
          this.node(args[0], params, via, diff);
        } else if (name.includes(PRIME_MARK)) {
          for (const a of args) this.node(a, params, via, diff);
        } else {
          this.call(name, args, node, params, via, diff);
        }
        return;
      }
      case 'FunctionAssignmentNode':
        this.node(n.expr as MathNode, new Map([...params, ...(n.params as string[]).map((p): [string, boolean] => [p, true])]), via, diff);
        return;
      default:
        (node as unknown as { forEach(cb: (child: MathNode) => void): void }).forEach((child) => this.node(child, params, via, diff));
    }
  }

  private call(name: string, args: readonly MathNode[], callNode: MathNode, params: Params, via: readonly string[], diff: boolean): void {
    const first = args[0] as AnyNode | undefined;
    const onParameter = first !== undefined && first.type === 'SymbolNode' && params.get(first.name as string) === true;
    if (!params.has(name) && !onParameter && !this.out.transformedCalls.has(name)) {
      this.out.transformedCalls.set(name, { via, text: printNode(callNode) });
    }
    this.symbol(name, params, via, diff, onParameter);
    const differentiates = !params.has(name) && !this.ctx.learner(name).found && DIFFERENTIATING_BUILTINS.has(name);
    args.forEach((a, i) => this.node(a, params, via, diff || (differentiates && i === 0)));
  }

  /** `pure`: the name is called on the answer's own input unchanged (or not called at all). */
  private symbol(name: string, params: Params, via: readonly string[], diff: boolean, pure = true): void {
    if (params.has(name)) return;
    this.out.use(name, via, diff);
    const learner = this.ctx.learner(name);
    if (learner.found) {
      if (typeof learner.value === 'function') this.function(learner.value, [...via, name], diff, pure);
      else {
        const recorded = this.ctx.assigned(name);
        if (recorded !== undefined) this.out.merge(recorded, [...via, name]);
      }
      return;
    }
    const builtin = this.ctx.builtin(name);
    const tag = functionTag(builtin);
    if (tag?.kind === 'activation' && tag.order > 0) this.out.use(tag.id, via, true);
  }

  function(fn: unknown, via: readonly string[], diff: boolean, pure = true): void {
    if (!this.ids.has(fn)) this.ids.set(fn, this.ids.size);
    const key = `${this.ids.get(fn)}:${diff}:${pure}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const tag = functionTag(fn);
    switch (tag?.kind) {
      case 'learner':
        this.node(tag.expr, new Map(tag.params.map((p): [string, boolean] => [p, pure])), via, diff);
        return;
      case 'activation':
        this.out.use(tag.id, via, diff || tag.order > 0);
        return;
      case 'derived':
        this.function(tag.base, via, true, pure);
        return;
      default: {
        const name = this.ctx.builtinName(fn);
        if (name !== undefined) this.out.use(name, via, diff);
      }
    }
  }
}

/** What an expression (a cell's statement) uses. */
export function usageOfNode(node: MathNode, ctx: UsageContext): Usage {
  const walker = new UsageWalker(ctx);
  walker.node(node, new Map(), [], false);
  return walker.out.build();
}

/** What a function value uses: its body and everything it reaches. */
export function usageOfFunction(fn: unknown, ctx: UsageContext): Usage {
  const walker = new UsageWalker(ctx);
  walker.function(fn, [], false);
  return walker.out.build();
}

export const NO_USAGE: Usage = { names: new Map(), differentiated: new Map(), transformedCalls: new Map() };
