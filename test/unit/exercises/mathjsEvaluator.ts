/**
 * A small evaluator on plain mathjs for grader tests that must not depend on the cell
 * language: it keeps one scope like a session and adds element-wise `sigmoid` and a stable `softmax`, which the chapters use.
 */
import { create, all } from 'mathjs';
import type { ExerciseEvaluator } from '../../../src/exercises/types';

export interface TestSession extends ExerciseEvaluator {
  /** Runs cell code, returns the last statement's value (undefined for none). */
  run(code: string): unknown;
}

export function mathjsSession(): TestSession {
  const math = create(all);
  const scope = new Map<string, unknown>();
  const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
  const elementwise = (f: (x: number) => number) => (v: unknown) => (typeof v === 'number' ? f(v) : math.map(v as never, (x: number) => f(x)));
  scope.set('sigmoid', elementwise(sigmoid));
  scope.set('softmax', (z: unknown) => {
    const a = (math.matrix(z as never).toArray() as number[]).map(Number);
    const top = Math.max(...a);
    const e = a.map((v) => Math.exp(v - top));
    const total = e.reduce((p, c) => p + c, 0);
    return math.matrix(e.map((v) => v / total));
  });
  return {
    run(code) {
      const results = math.evaluate(code.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')), scope) as unknown[];
      return results.length === 0 ? undefined : results[results.length - 1];
    },
    evaluate(expr, extra) {
      const local = new Map(scope);
      for (const [k, v] of Object.entries(extra ?? {})) local.set(k, v);
      return math.evaluate(expr, local);
    },
    lookup(name) {
      return scope.get(name);
    },
    call(fn, args) {
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}
