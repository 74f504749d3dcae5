/**
 * A `Session` holds a learner's variables and functions across cells and runs cells.
 *
 * What a cell shows: each statement that does not end in `;` produces one output — its
 * value, including the value of an assignment (`a = 3` shows 3). A function definition
 * (`f(x) = x * sigmoid(1.7 x)`) shows a one-line confirmation of what was defined. The
 * first failing statement stops the cell; outputs of the statements before it are kept,
 * and so are the variables they assigned. When the cell is an exercise, the grader's
 * verdict is appended after the cell's own outputs.
 */
import type { MathNode } from 'mathjs';
import { gradeExercise } from '../exercises/grade';
import type { ExerciseEvaluator } from '../exercises/types';
import type { AdScope } from './autodiff';
import { BUILTIN_GROUPS } from './builtins';
import { createBuiltinContext } from './context';
import { LanguageError, toCellError } from './errors';
import { describeFunction, formatValue } from './format';
import { functionTag, tagFunction } from './functionTags';
import { sandboxedMath } from './mathInstance';
import { suggestName } from './names';
import { definitionItems, outputItems } from './outputs';
import { parseCell } from './parse';
import { printNode, PRIME_OF } from './prime';
import { DISABLED_FUNCTIONS, HIDDEN_NAMES } from './sandbox';
import { CallScope, type PrimeResolver, SessionScope } from './scope';
import type { CellResult, Output, OutputItem, RunOptions } from './types';

export interface SessionOptions {
  /** Receives progress reports of long computations (plots, experiments). */
  readonly onProgress?: (message: string, fraction?: number) => void;
}

const INSPECT_OPTIONS: RunOptions = { precision: 6 };

export class Session implements ExerciseEvaluator {
  private readonly math = sandboxedMath();
  private readonly scope: SessionScope;
  private readonly builtinNames: string[];
  private progressSink: (message: string, fraction?: number) => void;
  private readonly adScope: AdScope;
  private readonly prime: PrimeResolver;

  constructor(options: SessionOptions = {}) {
    this.progressSink = options.onProgress ?? (() => undefined);
    const context = createBuiltinContext((message, fraction) => this.progressSink(message, fraction));
    const builtins = new Map<string, unknown>(this.math.guarded);
    for (const factory of BUILTIN_GROUPS) {
      for (const [name, fn] of Object.entries(factory(context))) builtins.set(name, fn);
    }
    this.builtinNames = [...builtins.keys()];
    const namespace = {
      has: (name: string) => this.math.has(name),
      get: (name: string) => this.math.namespace[name],
    };
    this.prime = (value, order) => (this.math.namespace[PRIME_OF] as (v: unknown, o: number) => unknown)(value, order);
    this.scope = new SessionScope(builtins, new Set([...HIDDEN_NAMES, ...DISABLED_FUNCTIONS]), namespace, this.prime);
    this.adScope = {
      lookup: (name) => this.resolve(name),
      call: (fn, args) => this.call(fn, args),
    };
  }

  /** Where progress reports of the running cell go. */
  setProgressSink(sink: (message: string, fraction?: number) => void): void {
    this.progressSink = sink;
  }

  run(code: string, options: RunOptions): CellResult {
    const parsed = parseCell(code);
    if (parsed.error) return { outputs: [], error: parsed.error };
    const outputs: Output[] = [];
    let last: unknown;
    for (const statement of parsed.statements) {
      let value: unknown;
      try {
        value = this.evaluateNode(statement.node, this.scope);
      } catch (e) {
        return { outputs, error: toCellError(e, statement, (name) => this.suggest(name)) };
      }
      last = value;
      if (!statement.visible || value === undefined) continue;
      try {
        pushOutput(outputs, this.itemsFor(statement.node, value, options), options);
      } catch (e) {
        return { outputs, error: toCellError(e, statement) };
      }
    }
    if (options.exercise !== undefined) {
      try {
        pushOutput(outputs, gradeExercise(this, last, options).toOutputs(options), options);
      } catch (e) {
        const error = e instanceof Error && e.name === 'UnknownExercise' ? { name: e.name, message: e.message } : toCellError(e);
        return { outputs, error };
      }
    }
    return { outputs };
  }

  /** The current value or definition of a learner's name, for hovers. */
  inspect(name: string): string | undefined {
    if (!this.scope.vars.has(name)) return undefined;
    const value = this.scope.vars.get(name);
    const tag = functionTag(value);
    if (tag?.kind === 'learner') return `${tag.name}(${tag.params.join(', ')}) = ${printNode(tag.expr)}`;
    if (typeof value === 'function') return `${name} = ${describeFunction(value)}`;
    return `${name} = ${formatValue(value, INSPECT_OPTIONS)}`;
  }

  /** Names the learner has defined, in definition order. */
  names(): string[] {
    return [...this.scope.vars.keys()];
  }

  reset(): void {
    this.scope.clear();
  }

  // ExerciseEvaluator

  evaluate(expr: string, extra?: Readonly<Record<string, unknown>>): unknown {
    const parsed = parseCell(expr);
    if (parsed.error) throw new LanguageError(parsed.error.name, parsed.error.message);
    const scope = new CallScope(this.scope, new Map(Object.entries(extra ?? {})), this.prime);
    let last: unknown;
    for (const statement of parsed.statements) last = this.evaluateNode(statement.node, scope);
    return last;
  }

  lookup(name: string): unknown {
    return this.scope.vars.get(name);
  }

  call(fn: unknown, args: readonly unknown[]): unknown {
    if (typeof fn !== 'function') throw new LanguageError('ArgumentError', 'only functions can be called.');
    return (fn as (...a: unknown[]) => unknown)(...args);
  }

  // internals

  private evaluateNode(node: MathNode, scope: SessionScope | CallScope): unknown {
    if (node.type === 'FunctionAssignmentNode') return this.define(node, scope);
    return node.compile().evaluate(scope);
  }

  /** `f(x) = …` as a tagged function, so `f'` and `jacobian(f, …)` can differentiate it. */
  private define(node: MathNode, scope: SessionScope | CallScope): unknown {
    const n = node as unknown as { name: string; params: string[]; expr: MathNode };
    const params = [...n.params];
    if (new Set(params).size !== params.length) {
      throw new LanguageError('SyntaxError', `${n.name}: each parameter name may appear only once.`);
    }
    const body = n.expr.compile();
    const impl = (...args: unknown[]): unknown =>
      body.evaluate(new CallScope(scope, new Map(params.map((p, i) => [p, args[i]])), this.prime));
    const signature = params.map(() => 'any').join(', ');
    const fn = this.math.typed(n.name, { [signature]: impl as (...a: never[]) => unknown }) as object;
    tagFunction(fn, { kind: 'learner', name: n.name, params, expr: n.expr, label: n.name, scope: this.adScope });
    scope.set(n.name, fn);
    return fn;
  }

  private itemsFor(node: MathNode, value: unknown, options: RunOptions) {
    const tag = functionTag(value);
    if (node.type === 'FunctionAssignmentNode' && tag?.kind === 'learner') {
      return definitionItems(`${tag.name}(${tag.params.join(', ')}) = ${printNode(tag.expr)}`, value);
    }
    return outputItems(value, options);
  }

  /** A name as a cell would see it: the session's scope, then the math namespace. */
  private resolve(name: string): unknown {
    if (this.scope.has(name)) return this.scope.get(name);
    if (this.math.has(name)) return this.math.namespace[name];
    throw new Error(`Undefined symbol ${name}`);
  }

  private suggest(name: string): string | undefined {
    return suggestName(name, [...this.scope.vars.keys(), ...this.builtinNames, ...this.math.names]);
  }
}

/** Adds an output, keeping only the mime types the caller asked for (an output left with none is dropped). */
function pushOutput(outputs: Output[], items: readonly OutputItem[], options: RunOptions): void {
  const kept = options.mimes === undefined ? items : items.filter((item) => options.mimes!.includes(item.mime));
  if (kept.length > 0) outputs.push({ items: kept });
}
