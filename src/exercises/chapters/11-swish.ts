/**
 * Chapter 11 — Swish: x·σ(βx). The note's derivative puts βx·σ(βx) where σ(βx) belongs;
 * the first exercise lets the learner catch it at β = 1.7, x = 3 (note −15.56, truth
 * 1.0247). Then the correct f′, the derivative with respect to β, and when Swish is SiLU.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'swish-find-the-mistake',
    chapter: '11-swish',
    title: {
      en: 'Find the mistake: Swish′(3) for β = 1.7',
      'zh-cn': '找错：β = 1.7 时的 Swish′(3)',
    },
    answer: {
      kind: 'value',
      reference: '1.7 * swish(3, 1.7) + sigmoid(1.7 * 3) * (1 - 1.7 * swish(3, 1.7))',
      precision: { significant: 6 },
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Evaluate the widely circulated formula βf(x) + βx/(1 + e^(−βx))·(1 − βf(x)) at x = 3, β = 1.7, and compare it with a central difference of swish(x, 1.7). A slope of −15 on a curve that is almost the line y = x?',
        'zh-cn': '在 x = 3、β = 1.7 处计算那条流传很广的公式 βf(x) + βx/(1 + e^(−βx))·(1 − βf(x))，再与 swish(x, 1.7) 的中心差分比较。一条几乎就是 y = x 的曲线，斜率会是 −15 吗？',
      },
      {
        en: 'Differentiate x·σ(βx) with the product rule: σ(βx) + x·βσ(βx)(1 − σ(βx)). Regroup it using f(x) = xσ(βx).',
        'zh-cn': '用乘积法则对 x·σ(βx) 求导：σ(βx) + x·βσ(βx)(1 − σ(βx))。再借助 f(x) = xσ(βx) 重新整理。',
      },
      {
        en: 'f′(x) = βf(x) + σ(βx)(1 − βf(x)): the second term has σ(βx), not βx·σ(βx). At x = 3 it is ≈ 1.0247.',
        'zh-cn': 'f′(x) = βf(x) + σ(βx)(1 − βf(x))：第二项是 σ(βx)，而不是 βx·σ(βx)。在 x = 3 处约为 1.0247。',
      },
    ],
    solution: '1.7 * swish(3, 1.7) + sigmoid(5.1) * (1 - 1.7 * swish(3, 1.7))',
    alternatives: ['1.02466', '(swish(3 + 1e-6, 1.7) - swish(3 - 1e-6, 1.7)) / 2e-6', 'sigmoid(5.1) + 5.1 * sigmoid(5.1) * (1 - sigmoid(5.1))'],
    cheats: ["swish'(3, 1.7)", "silu'(5.1)"],
    wrong: [
      '1.7 * swish(3, 1.7) + (1.7 * 3) / (1 + exp(-1.7 * 3)) * (1 - 1.7 * swish(3, 1.7))',
      'swish(3, 1.7)',
      'sigmoid(5.1)',
    ],
  },
  {
    id: 'swish-derivative',
    chapter: '11-swish',
    title: {
      en: 'The correct Swish′ for β = 1.7',
      'zh-cn': 'β = 1.7 时正确的 Swish′',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: "swish'(x, 1.7)",
      domain: [-10, 10],
    },
    // x·σ(βx) = silu(βx)/β, so silu′(βx) would be the derivative in disguise.
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Start from the product rule: d/dx [x·σ(βx)] = σ(βx) + βx·σ′(βx), with σ′ = σ(1 − σ).',
        'zh-cn': '从乘积法则出发：d/dx [x·σ(βx)] = σ(βx) + βx·σ′(βx)，其中 σ′ = σ(1 − σ)。',
      },
      {
        en: 'Either form works; the compact one is βf(x) + σ(βx)(1 − βf(x)) with f(x) = x·σ(βx).',
        'zh-cn': '两种写法都可以；紧凑的写法是 βf(x) + σ(βx)(1 − βf(x))，其中 f(x) = x·σ(βx)。',
      },
      {
        en: 'Write `g(x) = 1.7 swish(x, 1.7) + sigmoid(1.7 x) (1 - 1.7 swish(x, 1.7))`.',
        'zh-cn': '写成 `g(x) = 1.7 swish(x, 1.7) + sigmoid(1.7 x) (1 - 1.7 swish(x, 1.7))`。',
      },
    ],
    solution: 'g(x) = 1.7 swish(x, 1.7) + sigmoid(1.7 x) (1 - 1.7 swish(x, 1.7))',
    alternatives: [
      'g(x) = sigmoid(1.7 x) + 1.7 x sigmoid(1.7 x) (1 - sigmoid(1.7 x))',
      'g(x) = sigmoid(1.7 x) (1 + 1.7 x (1 - sigmoid(1.7 x)))',
    ],
    cheats: ["g(x) = swish'(x, 1.7)", "g(x) = silu'(1.7 x)", "f(x) = x sigmoid(1.7 x)\ng(x) = f'(x)"],
    wrong: [
      'g(x) = 1.7 swish(x, 1.7) + (1.7 x) / (1 + exp(-1.7 x)) (1 - 1.7 swish(x, 1.7))',
      'g(x) = sigmoid(x) + x sigmoid(x) (1 - sigmoid(x))',
      'g(x) = sigmoid(1.7 x)',
    ],
  },
  {
    id: 'swish-dbeta',
    chapter: '11-swish',
    title: {
      en: 'Swish’s gradient with respect to β (β = 1.7)',
      'zh-cn': 'Swish 对 β 的梯度（β = 1.7）',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'x^2 * sigmoid(1.7 * x) * (1 - sigmoid(1.7 * x))',
      domain: [-6, 6],
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Hold x fixed: f(β) = x·σ(βx). The chain rule gives x·σ′(βx)·(d(βx)/dβ).',
        'zh-cn': '把 x 当常数：f(β) = x·σ(βx)。链式法则给出 x·σ′(βx)·(d(βx)/dβ)。',
      },
      {
        en: 'd(βx)/dβ = x, so there are two factors of x.',
        'zh-cn': 'd(βx)/dβ = x，所以一共有两个 x 因子。',
      },
      {
        en: 'Write `g(x) = x^2 sigmoid(1.7 x) (1 - sigmoid(1.7 x))`.',
        'zh-cn': '写成 `g(x) = x^2 sigmoid(1.7 x) (1 - sigmoid(1.7 x))`。',
      },
    ],
    solution: 'g(x) = x^2 sigmoid(1.7 x) (1 - sigmoid(1.7 x))',
    alternatives: ['g(x) = x^2 sigmoid(1.7 x) sigmoid(-1.7 x)', 'g(x) = x^2 exp(-1.7 x) / (1 + exp(-1.7 x))^2'],
    cheats: ['g(x) = dparam(swish, "beta", x, 1.7)'],
    wrong: [
      'g(x) = x sigmoid(1.7 x) (1 - sigmoid(1.7 x))',
      'g(x) = x^2 sigmoid(1.7 x)',
      'g(x) = 1.7 x sigmoid(1.7 x) (1 - sigmoid(1.7 x))',
    ],
  },
  {
    id: 'swish-silu-beta',
    chapter: '11-swish',
    title: {
      en: 'For which β is x·σ(βx) equal to x / (1 + e^(−x))?',
      'zh-cn': 'β 取何值时 x·σ(βx) 等于 x / (1 + e^(−x))？',
    },
    answer: { kind: 'value', reference: '1', precision: { significant: 6 } },
    hints: [
      {
        en: 'Compare swish(2, 1.7) with 2 / (1 + exp(−2)). Are they equal?',
        'zh-cn': '比较 swish(2, 1.7) 与 2 / (1 + exp(−2))，它们相等吗？',
      },
      {
        en: 'x / (1 + e^(−x)) is x·σ(x): the β inside σ has to disappear.',
        'zh-cn': 'x / (1 + e^(−x)) 就是 x·σ(x)：σ 里的 β 必须消失。',
      },
    ],
    solution: '1',
    alternatives: ['1.0', '2 / 2'],
    wrong: ['1.7', '0', '2'],
  },
];
