/** Chapter 02 — sigmoid and its derivative σ′ = σ(1 − σ). */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'sigmoid-formula',
    chapter: '02-sigmoid',
    title: { en: 'Sigmoid from its formula', 'zh-cn': '按公式写出 sigmoid' },
    answer: { kind: 'function', name: 's', reference: 'sigmoid(x)', domain: [-20, 20] },
    // Sigmoid in disguise: each of these computes σ internally.
    forbidden: [{ name: 'sigmoid' }, { name: 'log_sigmoid' }, { name: 'silu' }, { name: 'swish' }, { name: 'softmax' }, { name: 'softmin' }],
    hints: [
      { en: 'σ(x) = 1 / (1 + e^(−x)). In a cell, e^(−x) is written exp(-x).', 'zh-cn': 'σ(x) = 1 / (1 + e^(−x))。在单元格里 e^(−x) 写作 exp(-x)。' },
      { en: 'Check the sign in the exponent: σ(3) should be close to 1, not close to 0.', 'zh-cn': '注意指数的符号：σ(3) 应该接近 1，而不是接近 0。' },
      { en: 'The whole answer: s(x) = 1 / (1 + exp(-x)).', 'zh-cn': '完整答案：s(x) = 1 / (1 + exp(-x))。' },
    ],
    solution: 's(x) = 1 / (1 + exp(-x))',
    // exp(x) / (1 + exp(x)) overflows to NaN only beyond x ≈ 709, far outside the chapter's range.
    alternatives: ['s(x) = exp(x) / (1 + exp(x))', 's(x) = (1 + tanh(x / 2)) / 2', 's(x) = 1 / (1 + e^(-x))'],
    wrong: ['s(x) = 1 / (1 + exp(x))', 's(x) = 1 / (1 - exp(-x))', 's(x) = exp(-x) / (1 + exp(-x))'],
    cheats: ['s(x) = sigmoid(x)', 's(x) = exp(log_sigmoid(x))', 's(x) = softmax([x, 0])[1]', 'helper(t) = sigmoid(t)\ns(x) = helper(x)'],
  },
  {
    id: 'sigmoid-derivative',
    chapter: '02-sigmoid',
    title: { en: 'The derivative of sigmoid', 'zh-cn': 'sigmoid 的导数' },
    answer: { kind: 'function', name: 'ds', reference: "sigmoid'(x)", domain: [-20, 20] },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Differentiate (1 + e^(−x))^(−1) with the chain rule: you get e^(−x) / (1 + e^(−x))².',
        'zh-cn': '用链式法则对 (1 + e^(−x))^(−1) 求导，得到 e^(−x) / (1 + e^(−x))²。',
      },
      {
        en: 'Split that fraction into 1/(1 + e^(−x)) times e^(−x)/(1 + e^(−x)); the second factor is 1 − σ(x).',
        'zh-cn': '把这个分式拆成 1/(1 + e^(−x)) 乘 e^(−x)/(1 + e^(−x))；第二个因子正是 1 − σ(x)。',
      },
      { en: 'ds(x) = sigmoid(x) * (1 - sigmoid(x)).', 'zh-cn': 'ds(x) = sigmoid(x) * (1 - sigmoid(x))。' },
    ],
    solution: 'ds(x) = sigmoid(x) * (1 - sigmoid(x))',
    alternatives: ['ds(x) = exp(-x) / (1 + exp(-x))^2', 'ds(x) = 1 / (4 cosh(x / 2)^2)', 'ds(x) = sigmoid(x) * sigmoid(-x)'],
    wrong: ['ds(x) = sigmoid(x) * (1 + sigmoid(x))', 'ds(x) = exp(-x) / (1 + exp(-x))', 'ds(x) = 1 - sigmoid(x)^2'],
    cheats: ["ds(x) = sigmoid'(x)", "f(x) = sigmoid(x)\nds(x) = f'(x)", 'ds(x) = grad(sigmoid, x)', "d = sigmoid'\nds(x) = d(x)"],
  },
  {
    id: 'sigmoid-max-slope',
    chapter: '02-sigmoid',
    title: { en: 'The steepest slope of sigmoid', 'zh-cn': 'sigmoid 的最大斜率' },
    answer: { kind: 'value', reference: 'sigmoid(0) * (1 - sigmoid(0))', precision: { significant: 6 } },
    hints: [
      { en: 'σ′ = σ(1 − σ) is a product p(1 − p) with p between 0 and 1. Where is such a product largest?', 'zh-cn': 'σ′ = σ(1 − σ) 是形如 p(1 − p) 的乘积，p 介于 0 和 1 之间。这样的乘积何时最大？' },
      { en: 'p(1 − p) is largest at p = 1/2, which sigmoid reaches at x = 0.', 'zh-cn': 'p(1 − p) 在 p = 1/2 时最大，而 sigmoid 在 x = 0 处取到 1/2。' },
      { en: 'The answer is σ(0)·(1 − σ(0)) = 1/2 · 1/2.', 'zh-cn': '答案是 σ(0)·(1 − σ(0)) = 1/2 · 1/2。' },
    ],
    solution: 'sigmoid(0) * (1 - sigmoid(0))',
    alternatives: ['0.25', '1/4', "sigmoid'(0)"],
    wrong: ['1', '0.5', 'sigmoid(0)', '0.2'],
  },
  {
    id: 'sigmoid-symmetry',
    chapter: '02-sigmoid',
    title: { en: 'Sigmoid of a negative input', 'zh-cn': '负输入的 sigmoid' },
    answer: { kind: 'function', name: 'm', reference: 'sigmoid(-x)', domain: [-20, 20] },
    forbidden: [{ transformedCall: 'sigmoid' }],
    hints: [
      { en: 'Plot sigmoid(x) and sigmoid(-x) together: one is the other mirrored around the height 1/2.', 'zh-cn': '把 sigmoid(x) 和 sigmoid(-x) 画在一起：一条是另一条关于高度 1/2 的镜像。' },
      { en: 'Multiply the top and bottom of 1/(1 + e^(x)) by e^(−x) and compare with 1 − σ(x).', 'zh-cn': '把 1/(1 + e^(x)) 的分子分母同乘 e^(−x)，再与 1 − σ(x) 比较。' },
      { en: 'σ(−x) = 1 − σ(x), so m(x) = 1 - sigmoid(x).', 'zh-cn': 'σ(−x) = 1 − σ(x)，所以 m(x) = 1 - sigmoid(x)。' },
    ],
    solution: 'm(x) = 1 - sigmoid(x)',
    alternatives: ['m(x) = sigmoid(x) * exp(-x)', 'm(x) = 1 / (1 + exp(x))', 'm(x) = 1 - 1 / (1 + exp(-x))'],
    wrong: ['m(x) = -sigmoid(x)', 'm(x) = sigmoid(x) - 1', 'm(x) = 1 / sigmoid(x)'],
    cheats: ['m(x) = sigmoid(-x)', 'm(x) = sigmoid(0 - x)', 'h(t) = sigmoid(t)\nm(x) = h(-x)'],
  },
];
