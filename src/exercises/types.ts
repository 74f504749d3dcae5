/**
 * Exercise definitions live in the extension, never in the learner's notebook. A notebook
 * cell carries only the id in its fence (```actlab exercise=sigmoid-derivative```).
 */

export interface LocalisedText {
  readonly en: string;
  readonly 'zh-cn': string;
}

/**
 * How closely a value answer must match. A learner who types what the kit displays (6
 * significant digits), or what the chapter asks for ("three decimals are enough"), is
 * right; a value visibly off at that precision is not. The answer passes when it is within
 * half a unit of the last digit the precision keeps.
 */
export type Precision =
  /** Significant digits, e.g. 6 — what the kit shows by default. */
  | { readonly significant: number }
  /** Digits after the decimal point, e.g. 3 for "three decimals are enough". */
  | { readonly decimals: number };

/**
 * What an exercise rules out. The grader reads the learner's answer (the function it
 * defines, or the expression its value comes from) and everything that reaches: their own
 * functions, transitively, and the variables they computed earlier. Each entry is stated in
 * the exercise's prompt ("without `sigmoid'`", "not `sigmoid(-x)`").
 */
export type Forbidden =
  /** The name in any form: called, passed to another function, held in a variable, differentiated. */
  | { readonly name: string }
  /** Letting the kit differentiate it (`sigmoid'`, `jacobian(softmax, …)`, `f'` of an `f` that uses it, …). */
  | { readonly derivativeOf: string }
  /**
   * Letting the kit differentiate anything: a prime, `grad`, `jacobian`, `dparam`, … — for
   * exercises whose point is working a derivative out by hand. Prompts say "without letting
   * the kit differentiate".
   */
  | { readonly anyDerivative: true }
  /** Calling it on anything but a function's own parameter, e.g. `sigmoid(-x)` when `sigmoid(x)` is the point. */
  | { readonly transformedCall: string };

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
    | {
        readonly kind: 'value';
        readonly reference: string;
        /** How precisely the learner must type it; the prompt says the same. */
        readonly precision: Precision;
      }
    | {
        readonly kind: 'function';
        /** Name the learner must define, e.g. `g`. */
        readonly name: string;
        /** Reference in the cell language, e.g. `sigmoid(x) * (1 - sigmoid(x))`, in terms of `x`. */
        readonly reference: string;
        /**
         * The range of x the exercise is about. It is compared densely (a fine grid, its ends,
         * and both sides of every branch of the reference and of the answer), so an answer
         * may overflow far outside it and still be right.
         */
        readonly domain: readonly [number, number];
        /** Extra inputs the exercise is about outside the domain (e.g. ±710 where a literal formula overflows). */
        readonly points?: readonly number[];
        /** Relative tolerance on the reference's condition-scaled size (default `FUNCTION_TOLERANCE`). */
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
        /** Relative tolerance against the size of the reference's largest entry (default `FUNCTION_TOLERANCE`). */
        readonly tolerance?: number;
      };
  /** What the prompt rules out; a verdict names the first one the answer uses. */
  readonly forbidden?: readonly Forbidden[];
  /**
   * Cell-language code the chapter's notebook runs before this exercise (definitions the
   * answer may use, e.g. `W1 = …`). The tests run it before `solution` and `wrong`.
   */
  readonly setup?: string;
  /** Progressive hints, shown one more after each wrong try. */
  readonly hints: readonly LocalisedText[];
  /** A correct answer in the cell language (also used by the tests). */
  readonly solution: string;
  /** Other correct answers, in other forms (at least two); the tests check each passes. */
  readonly alternatives: readonly string[];
  /** Answers that must be rejected (the note's wrong formulas among them); used by the tests. */
  readonly wrong: readonly string[];
  /** Answers that are right in value but use what `forbidden` rules out; the tests check each is rejected for it. */
  readonly cheats?: readonly string[];
}

/**
 * What an answer reaches, for the `forbidden` check: each name with the learner's own
 * definitions it was reached through (`[]` when the answer uses it directly).
 */
export interface Usage {
  /** Names used in any form. */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Names the kit was asked to differentiate (directly or inside a differentiated function). */
  readonly differentiated: ReadonlyMap<string, readonly string[]>;
  /** Names called on something other than a function's own parameter, with the call as typed. */
  readonly transformedCalls: ReadonlyMap<string, { readonly via: readonly string[]; readonly text: string }>;
}

/** The learner's answer as the session saw it: the cell's last value and what its last statement used. */
export interface CellAnswer {
  readonly lastValue: unknown;
  /** Usage of the expression the last value came from; undefined when the cell had no statement. */
  readonly lastUsage: Usage | undefined;
}

/**
 * What the grader may ask of the learner's session. Implemented by the language layer's
 * `Session`, so the exercises layer never depends on mathjs directly.
 */
export interface ExerciseEvaluator {
  /** Evaluates an expression of the cell language in the session's scope plus `scope`. */
  evaluate(expr: string, scope?: Readonly<Record<string, unknown>>): unknown;
  /** An expression of the cell language in terms of `params`, as a function value (parsed once, called many times). */
  compile(expr: string, params: readonly string[]): unknown;
  /** The value bound to a learner's name, or undefined. */
  lookup(name: string): unknown;
  /** Calls a learner's (or builtin) function value with numeric arguments. */
  call(fn: unknown, args: readonly unknown[]): unknown;
  /**
   * Where a function of one variable may switch branches: one function per comparison,
   * `abs`, `sign`, `max`/`min` (reached through the learner's own functions too), whose
   * sign changes where the branch does. Empty for a function it cannot read.
   */
  switches(fn: unknown): readonly ((x: number) => number)[];
  /** What a function value's definition uses, transitively. */
  usageOf(fn: unknown): Usage;
  /** The names an expression uses that the session does not define (for "run the cells above first"). */
  undefinedNames(expr: string): readonly string[];
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
  '14-cross-entropy',
  '15-gradient-flow',
  '16-gated',
  '17-curvature',
] as const;
export type ChapterId = (typeof CHAPTERS)[number];
