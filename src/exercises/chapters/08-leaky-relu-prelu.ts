/**
 * Chapter 08 — Leaky ReLU and PReLU: the general piecewise form (max(αx, x) only holds for
 * 0 < α < 1), the slope α at 0, and the gradient a PReLU uses to learn α.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'leaky-relu-general-form',
    chapter: '08-leaky-relu-prelu',
    title: {
      en: 'A leaky ReLU with α = 2 (where max(αx, x) breaks)',
      'zh-cn': 'α = 2 的 Leaky ReLU（max(αx, x) 在这里失效）',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'x > 0 ? x : 2 * x',
      domain: [-5, 5],
    },
    forbidden: [{ name: 'leaky_relu' }, { name: 'prelu' }],
    hints: [
      {
        en: 'Try the compact formula first: compare max(2x, x) with the piecewise definition at x = 1 and x = −1.',
        'zh-cn': '先试试简写：在 x = 1 和 x = −1 处比较 max(2x, x) 与分段定义。',
      },
      {
        en: 'For α > 1 the max picks αx on the positive side. Only 0 < α < 1 makes max(αx, x) right; the definition is "x for x > 0, αx otherwise".',
        'zh-cn': 'α > 1 时，正半轴上 max 选中的是 αx。只有 0 < α < 1 时 max(αx, x) 才正确；真正的定义是“x > 0 取 x，否则取 αx”。',
      },
      {
        en: 'Write `g(x) = x > 0 ? x : 2 x`.',
        'zh-cn': '写成 `g(x) = x > 0 ? x : 2 x`。',
      },
    ],
    solution: 'g(x) = x > 0 ? x : 2 x',
    alternatives: ['g(x) = min(x, 2 x)', 'g(x) = relu(x) - 2 relu(-x)', 'g(x) = x + (x < 0 ? x : 0)'],
    cheats: ['g(x) = leaky_relu(x, 2)', 'g(x) = prelu(x, 2)'],
    wrong: ['g(x) = max(2 x, x)', 'g(x) = max(0, x)', 'g(x) = x > 0 ? 2 x : x'],
  },
  {
    id: 'leaky-relu-slopes',
    chapter: '08-leaky-relu-prelu',
    title: {
      en: 'Slopes of leaky ReLU (α = 0.01) at −3, 0 and 2',
      'zh-cn': 'Leaky ReLU（α = 0.01）在 −3、0、2 处的斜率',
    },
    answer: { kind: 'value', reference: '[0.01, 0.01, 1]', precision: { significant: 6 } },
    hints: [
      {
        en: 'Left of 0 the function is 0.01·x, right of 0 it is x. The slope is the coefficient of x.',
        'zh-cn': '0 的左边函数是 0.01·x，右边是 x。斜率就是 x 的系数。',
      },
      {
        en: 'At the kink x = 0 the kit follows PyTorch and uses α.',
        'zh-cn': '在拐点 x = 0 处，本工具沿用 PyTorch 的约定，取 α。',
      },
      {
        en: 'The vector is [0.01, 0.01, 1]. You can check it with `leaky_relu\'([-3, 0, 2], 0.01)`.',
        'zh-cn': '结果是 [0.01, 0.01, 1]。可以用 `leaky_relu\'([-3, 0, 2], 0.01)` 核对。',
      },
    ],
    solution: '[0.01, 0.01, 1]',
    alternatives: ["leaky_relu'([-3, 0, 2], 0.01)", '[1/100, 1/100, 1]'],
    wrong: ['[0, 0, 1]', '[0.01, 1, 1]', '[-0.03, 0, 2]'],
  },
  {
    id: 'prelu-dalpha',
    chapter: '08-leaky-relu-prelu',
    title: {
      en: 'PReLU’s gradient with respect to α',
      'zh-cn': 'PReLU 对 α 的梯度',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'x > 0 ? 0 : x',
      domain: [-6, 6],
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'PReLU is f(x; α) = x for x > 0 and αx otherwise. Differentiate with respect to α, holding x fixed.',
        'zh-cn': 'PReLU 是 f(x; α)：x > 0 时为 x，否则为 αx。把 x 当常数，对 α 求导。',
      },
      {
        en: 'The positive branch does not contain α at all; the negative branch is linear in α.',
        'zh-cn': '正半轴那一段根本不含 α；负半轴那一段关于 α 是线性的。',
      },
      {
        en: 'Write `g(x) = x > 0 ? 0 : x`.',
        'zh-cn': '写成 `g(x) = x > 0 ? 0 : x`。',
      },
    ],
    solution: 'g(x) = x > 0 ? 0 : x',
    alternatives: ['g(x) = min(0, x)', 'g(x) = -relu(-x)', 'g(x) = x - relu(x)'],
    cheats: ['g(x) = dparam(prelu, "alpha", x)'],
    wrong: ['g(x) = x > 0 ? 1 : 0.25', 'g(x) = x', 'g(x) = x > 0 ? x : 0', 'g(x) = 0'],
  },
  {
    id: 'prelu-alpha-step',
    chapter: '08-leaky-relu-prelu',
    title: {
      en: 'One gradient step on PReLU’s α',
      'zh-cn': '对 PReLU 的 α 做一步梯度下降',
    },
    answer: { kind: 'value', reference: '0.25 - 0.1 * (0.5 * (-2) + 1 * (-1) + 2 * 0)', precision: { significant: 6 } },
    hints: [
      {
        en: 'By the chain rule ∂L/∂α = Σᵢ (∂L/∂fᵢ)·(∂fᵢ/∂α), and ∂f/∂α is x for x ≤ 0 and 0 for x > 0.',
        'zh-cn': '由链式法则 ∂L/∂α = Σᵢ (∂L/∂fᵢ)·(∂fᵢ/∂α)，其中 x ≤ 0 时 ∂f/∂α = x，x > 0 时为 0。',
      },
      {
        en: 'Only the two negative inputs count: ∂L/∂α = 0.5·(−2) + 1·(−1) = −2.',
        'zh-cn': '只有两个负输入有贡献：∂L/∂α = 0.5·(−2) + 1·(−1) = −2。',
      },
      {
        en: 'Gradient descent: α ← α − η·∂L/∂α = 0.25 − 0.1·(−2) = 0.45.',
        'zh-cn': '梯度下降：α ← α − η·∂L/∂α = 0.25 − 0.1·(−2) = 0.45。',
      },
    ],
    solution: '0.25 - 0.1 * (0.5 * (-2) + 1 * (-1))',
    alternatives: ['0.45', 'alpha = 0.25\nalpha - 0.1 * sum([0.5, 1, 2] .* [-2, -1, 0])'],
    wrong: ['0.05', '0.25 - 0.1 * (0.5 * (-2) + 1 * (-1) + 2 * 3)', '0.25'],
  },
];
