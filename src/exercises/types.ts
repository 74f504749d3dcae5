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
      };
  /** Progressive hints, shown one more after each wrong try. */
  readonly hints: readonly LocalisedText[];
  /** A correct answer in the cell language (also used by the tests). */
  readonly solution: string;
  /** Answers that must be rejected (the note's wrong formulas among them); used by the tests. */
  readonly wrong: readonly string[];
}
