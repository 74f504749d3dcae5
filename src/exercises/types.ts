/**
 * Exercise definitions live in the extension, never in the learner's notebook. A notebook
 * cell carries only the id in its fence (```actlab exercise=sigmoid-derivative```).
 */

export interface LocalisedText {
  readonly en: string;
  readonly 'zh-cn': string;
}

export interface ExerciseSpec {
  /** Stable id, kebab-case, unique across the curriculum, e.g. `sigmoid-derivative`. */
  readonly id: string;
  /** Chapter (notebook) id it belongs to, e.g. `02-sigmoid`. */
  readonly chapter: string;
  readonly title: LocalisedText;
  /**
   * What the answer is: a value (number/vector/matrix), or a function of one variable
   * (the cell defines it, e.g. `g(x) = …`, or its last value is a function).
   */
  readonly answer:
    | { readonly kind: 'value'; readonly reference: string; readonly tolerance?: number }
    | {
        readonly kind: 'function';
        /** Name the learner must define, e.g. `g`. */
        readonly name: string;
        /** Reference in the cell language, e.g. `sigmoid(x) * (1 - sigmoid(x))`, in terms of `x`. */
        readonly reference: string;
        /** Points to compare at (edge points included); random points are added. */
        readonly points?: readonly number[];
        readonly tolerance?: number;
      }
    | {
        readonly kind: 'vector-function';
        /** Name the learner must define, e.g. `sm` in `sm(z) = …`. */
        readonly name: string;
        /** Reference in the cell language in terms of the vector `z`; its value may be a number, vector or matrix. */
        readonly reference: string;
        /** Vectors to compare at; seeded random vectors of the same lengths are added. */
        readonly inputs: readonly (readonly number[])[];
        readonly tolerance?: number;
      };
  /**
   * Cell-language code the chapter's notebook runs before this exercise (definitions the
   * answer may use, e.g. `W1 = …`). The tests run it before `solution` and `wrong`.
   */
  readonly setup?: string;
  /** Progressive hints, shown one more after each wrong try. */
  readonly hints: readonly LocalisedText[];
  /** A correct answer in the cell language (also used by the tests). */
  readonly solution: string;
  /** Answers that must be rejected (the note's wrong formulas among them); used by the tests. */
  readonly wrong: readonly string[];
}

/**
 * What the grader may ask of the learner's session. Implemented by the language layer's
 * `Session`, so the exercises layer never depends on mathjs directly.
 */
export interface ExerciseEvaluator {
  /** Evaluates an expression of the cell language in the session's scope plus `scope`. */
  evaluate(expr: string, scope?: Readonly<Record<string, unknown>>): unknown;
  /** The value bound to a learner's name, or undefined. */
  lookup(name: string): unknown;
  /** Calls a learner's (or builtin) function value with numeric arguments. */
  call(fn: unknown, args: readonly unknown[]): unknown;
}

/** The chapters of the curriculum, in the study note's order. File: `notebooks/<lang>/<id>.actlab.md`. */
export const CHAPTERS = [
  '01-why-nonlinear',
  '02-sigmoid',
  '03-softmax',
  '04-softmax-vs-sigmoid',
  '05-sigmoid-problems',
  '06-tanh',
  '07-relu',
  '08-leaky-relu-prelu',
  '09-elu-selu',
  '10-maxout',
  '11-swish',
  '12-mish',
  '13-choosing',
] as const;
export type ChapterId = (typeof CHAPTERS)[number];
