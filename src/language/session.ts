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
import { findExercise } from '../exercises/catalog';
import { pick } from '../exercises/format';
import { gradeExercise } from './grading';
import { runCellsAbove } from '../exercises/messages';
import type { CellAnswer, ExerciseEvaluator, Usage } from '../exercises/types';
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
import { PRIME_MARK } from './primeMarks';
import { DISABLED_FUNCTIONS, HIDDEN_NAMES } from './sandbox';
import { BuiltinFirstScope, CallScope, type PrimeResolver, SessionScope } from './scope';
import { type Switch, switchesOf } from './switches';
import { NO_USAGE, usageOfFunction, usageOfNode, type UsageContext } from './usage';
import type { CellError, CellResult, Output, OutputItem, RunOptions } from './types';

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
  private readonly builtins: ReadonlyMap<string, unknown>;
  /** What each variable's value was computed from, recorded when it was assigned (for `forbidden`). */
  private readonly assignedUsage = new Map<string, Usage>();
  private readonly usageContext: UsageContext;
  /** Untagged builtin function values by identity, built on first need (see `builtinName`). */
  private builtinByValue: Map<unknown, string> | undefined;
  /** Where references of exercises resolve names: the language's own first. */
  private readonly referenceScope: BuiltinFirstScope;

  constructor(options: SessionOptions = {}) {
    this.progressSink = options.onProgress ?? (() => undefined);
    const context = createBuiltinContext((message, fraction) => this.progressSink(message, fraction));
    const builtins = new Map<string, unknown>(this.math.guarded);
    for (const factory of BUILTIN_GROUPS) {
      for (const [name, fn] of Object.entries(factory(context))) builtins.set(name, fn);
    }
    this.builtinNames = [...builtins.keys()];
    this.builtins = builtins;
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
    this.referenceScope = new BuiltinFirstScope(this.scope, (name) => this.builtin(name));
    this.usageContext = {
      learner: (name) => ({ found: this.scope.vars.has(name), value: this.scope.vars.get(name) }),
      builtin: (name) => this.builtin(name).value,
      assigned: (name) => this.assignedUsage.get(name),
      builtinName: (fn) => this.builtinName(fn),
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
    let lastNode: MathNode | undefined;
    for (const statement of parsed.statements) {
      let value: unknown;
      try {
        value = this.evaluateNode(statement.node, this.scope);
      } catch (e) {
        return { outputs, error: this.exerciseHint(toCellError(e, statement, (name) => this.suggest(name)), options) };
      }
      this.recordAssignment(statement.node);
      last = value;
      lastNode = statement.node;
      if (!statement.visible || value === undefined) continue;
      try {
        pushOutput(outputs, this.itemsFor(statement.node, value, options), options);
      } catch (e) {
        return { outputs, error: toCellError(e, statement) };
      }
    }
    if (options.exercise !== undefined) {
      try {
        const answer: CellAnswer = { lastValue: last, lastUsage: lastNode === undefined ? undefined : usageOfNode(lastNode, this.usageContext) };
        const verdict = gradeExercise(this, answer, options);
        pushOutput(outputs, verdict.toOutputs(options), options);
        const { exercise, passed, message } = verdict.data(options.locale);
        return { outputs, verdict: { exercise, passed, message } };
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
    this.assignedUsage.clear();
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

  compile(expr: string, params: readonly string[]): unknown {
    const parsed = parseCell(expr);
    if (parsed.error) throw new LanguageError(parsed.error.name, parsed.error.message);
    if (parsed.statements.length !== 1) throw new LanguageError('SyntaxError', 'a reference must be one expression.');
    const node = parsed.statements[0].node;
    const body = node.compile();
    const impl = (...args: unknown[]): unknown => body.evaluate(new CallScope(this.referenceScope, new Map(params.map((p, i) => [p, args[i]])), this.prime));
    const fn = this.math.typed('reference', { [params.map(() => 'any').join(', ')]: impl as (...a: never[]) => unknown }) as object;
    return tagFunction(fn, { kind: 'learner', name: 'reference', params, expr: node, label: 'reference', scope: this.adScope });
  }

  switches(fn: unknown): readonly Switch[] {
    return switchesOf(fn, {
      evaluate: (compiled, locals) => compiled.evaluate(new CallScope(this.scope, new Map(locals), this.prime)),
      learnerFunction: (name) => {
        const value = this.scope.vars.get(name);
        return functionTag(value)?.kind === 'learner' ? value : undefined;
      },
    });
  }

  usageOf(fn: unknown): Usage {
    return typeof fn === 'function' ? usageOfFunction(fn, this.usageContext) : NO_USAGE;
  }

  undefinedNames(expr: string): readonly string[] {
    const parsed = parseCell(expr);
    if (parsed.error) return [];
    const missing = new Set<string>();
    const visit = (node: MathNode, params: ReadonlySet<string>): void => {
      const n = node as MathNode & { name?: string; params?: string[]; expr?: MathNode };
      if (node.type === 'FunctionAssignmentNode') return visit(n.expr as MathNode, new Set([...params, ...(n.params ?? [])]));
      if (node.type === 'SymbolNode' && n.name !== undefined && !params.has(n.name) && !n.name.includes(PRIME_MARK)) {
        if (!this.scope.has(n.name) && !this.math.has(n.name)) missing.add(n.name);
      }
      (node as unknown as { forEach(cb: (child: MathNode) => void): void }).forEach((child) => visit(child, params));
    };
    for (const st of parsed.statements) visit(st.node, new Set());
    return [...missing];
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

  /** After a statement runs: what an assigned variable was computed from (a redefined function forgets it). */
  private recordAssignment(node: MathNode): void {
    const n = node as MathNode & { object?: MathNode & { name?: string }; index?: unknown; value?: MathNode; name?: string };
    if (node.type === 'AssignmentNode' && n.object?.type === 'SymbolNode' && !n.index && n.value !== undefined && n.object.name !== undefined) {
      this.assignedUsage.set(n.object.name, usageOfNode(n.value, this.usageContext));
    } else if (node.type === 'FunctionAssignmentNode' && n.name !== undefined) {
      this.assignedUsage.delete(n.name);
    }
  }

  /** A builtin's value, when the language defines `name` (whatever the learner has defined). */
  private builtin(name: string): { found: boolean; value?: unknown } {
    if (this.builtins.has(name)) return { found: true, value: this.builtins.get(name) };
    if (this.math.has(name)) return { found: true, value: this.math.namespace[name] };
    return { found: false };
  }

  /** The language's name for an untagged builtin function value, e.g. `jacobian` after `k = jacobian`. */
  private builtinName(fn: unknown): string | undefined {
    if (this.builtinByValue === undefined) {
      // Built on first need only: reading every name resolves mathjs's lazily created functions.
      this.builtinByValue = new Map();
      for (const name of [...this.builtinNames, ...this.math.names]) {
        const value = this.builtin(name).value;
        if (typeof value === 'function' && !this.builtinByValue.has(value)) this.builtinByValue.set(value, name);
      }
    }
    return this.builtinByValue.get(fn);
  }

  /**
   * An unknown name in an exercise cell that the chapter defines in an earlier cell: the
   * learner has not run the cells above yet, and should be told so.
   */
  private exerciseHint(error: CellError, options: RunOptions): CellError {
    const setup = options.exercise === undefined ? undefined : findExercise(options.exercise)?.setup;
    if (error.name !== 'UnknownName' || setup === undefined) return error;
    const name = /`([^`]+)`/.exec(error.message)?.[1];
    if (name === undefined || !new RegExp(`(^|\\n)\\s*${name}\\s*=`).test(setup)) return error;
    return { ...error, message: pick(runCellsAbove([name]), options.locale) };
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
