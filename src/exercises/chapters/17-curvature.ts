/**
 * Chapter 17 — curvature: σ″ written with σ alone, where GELU″ changes sign, and the Hessian
 * of logsumexp worked out from softmax. Each is about computing a second derivative oneself,
 * so the first and the last forbid letting the kit differentiate.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'sigmoid-second',
    chapter: '17-curvature',
    title: { en: 'σ″ in terms of σ', 'zh-cn': '用 σ 表示 σ″' },
    answer: { kind: 'function', name: 's2', reference: "sigmoid''(x)", domain: [-10, 10] },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Differentiate σ′ = σ(1 − σ) with the product rule, and replace every σ′ you get by σ(1 − σ).',
        'zh-cn': '用乘积法则对 σ′ = σ(1 − σ) 求导，再把得到的每个 σ′ 换成 σ(1 − σ)。',
      },
      {
        en: 'By the product rule, (σ(1 − σ))′ = σ′(1 − σ) − σσ′ = σ′(1 − 2σ).',
        'zh-cn': '由乘积法则，(σ(1 − σ))′ = σ′(1 − σ) − σσ′ = σ′(1 − 2σ)。',
      },
      {
        en: 's2(x) = sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x)).',
        'zh-cn': '完整答案：s2(x) = sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x))。',
      },
    ],
    solution: 's2(x) = sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x))',
    alternatives: [
      's2(x) = sigmoid(x) - 3 * sigmoid(x)^2 + 2 * sigmoid(x)^3',
      's2(x) = -sigmoid(x) * sigmoid(-x) * tanh(x / 2)',
      's2(x) = exp(-x) * (exp(-x) - 1) / (1 + exp(-x))^3',
    ],
    wrong: [
      's2(x) = sigmoid(x) * (1 - sigmoid(x))',
      's2(x) = sigmoid(x) * (1 - sigmoid(x)) * (2 * sigmoid(x) - 1)',
      's2(x) = sigmoid(x) * (1 - sigmoid(x))^2',
      's2(x) = sigmoid(x)^2 * (1 - sigmoid(x))',
    ],
    cheats: ["s2(x) = sigmoid''(x)", "s2(x) = sigmoid'(x) * (1 - 2 * sigmoid(x))"],
  },
  {
    id: 'gelu-inflection',
    chapter: '17-curvature',
    title: { en: 'Where GELU″ changes sign', 'zh-cn': 'GELU″ 在哪里变号' },
    answer: { kind: 'value', reference: 'sqrt(2)', precision: { significant: 6 } },
    hints: [
      {
        en: "GELU″(x) = φ(x)(2 − x²), and φ(x) = e^(−x²/2)/√(2π) is never 0. Try gelu''([1, 1.5]) in a cell.",
        'zh-cn': "GELU″(x) = φ(x)(2 − x²)，而 φ(x) = e^(−x²/2)/√(2π) 从不为 0。可以在单元格里试试 gelu''([1, 1.5])。",
      },
      {
        en: 'So GELU″ changes sign where 2 − x² does: x² = 2.',
        'zh-cn': '所以 GELU″ 与 2 − x² 在同一处变号：x² = 2。',
      },
      { en: 'r = √2 ≈ 1.41421: sqrt(2).', 'zh-cn': '完整答案：r = √2 ≈ 1.41421，即 sqrt(2)。' },
    ],
    solution: 'sqrt(2)',
    alternatives: ['1.41421', '2^0.5', '1.4142136'],
    wrong: ['2', '-0.751791', '1', '1.7'],
  },
  {
    id: 'lse-hessian',
    chapter: '17-curvature',
    title: { en: 'The Hessian of logsumexp by hand', 'zh-cn': '手算 logsumexp 的 Hessian' },
    answer: { kind: 'value', reference: 'hessian(logsumexp, [0, log(2), 0])', precision: { significant: 6 } },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'First y = softmax([0, log(2), 0]): the exponentials are 1, 2, 1, so y = [1/4, 1/2, 1/4].',
        'zh-cn': '先算 y = softmax([0, log(2), 0])：各项指数为 1、2、1，所以 y = [1/4, 1/2, 1/4]。',
      },
      {
        en: 'The Hessian is diag(y) − y yᵀ: entry (i, j) is yᵢ(δᵢⱼ − yⱼ). Its diagonal is yᵢ(1 − yᵢ).',
        'zh-cn': 'Hessian 为 diag(y) − y yᵀ：第 (i, j) 项是 yᵢ(δᵢⱼ − yⱼ)，对角线是 yᵢ(1 − yᵢ)。',
      },
      {
        en: 'y = softmax([0, log(2), 0]), then diag(y) - transpose([y]) * [y].',
        'zh-cn': '完整答案：y = softmax([0, log(2), 0])，然后 diag(y) - transpose([y]) * [y]。',
      },
    ],
    solution: 'y = softmax([0, log(2), 0])\ndiag(y) - transpose([y]) * [y]',
    alternatives: [
      '[[3/16, -1/8, -1/16], [-1/8, 1/4, -1/8], [-1/16, -1/8, 3/16]]',
      '[[0.1875, -0.125, -0.0625], [-0.125, 0.25, -0.125], [-0.0625, -0.125, 0.1875]]',
      'q = [1, 2, 1] / 4\n[[q[1] * (1 - q[1]), -q[1] * q[2], -q[1] * q[3]], [-q[2] * q[1], q[2] * (1 - q[2]), -q[2] * q[3]], [-q[3] * q[1], -q[3] * q[2], q[3] * (1 - q[3])]]',
    ],
    wrong: [
      'y = softmax([0, log(2), 0])\ndiag(y)',
      'y = softmax([0, log(2), 0])\ntranspose([y]) * [y] - diag(y)',
      'y = softmax([0, log(2), 0])\ndiag(y .* (1 - y))',
      'y = softmax([0, log(2), 0])\ndiag(y) - transpose([y]) * [y] + 1 / 3',
    ],
    cheats: ['hessian(logsumexp, [0, log(2), 0])', 'jacobian(softmax, [0, log(2), 0])'],
  },
];
