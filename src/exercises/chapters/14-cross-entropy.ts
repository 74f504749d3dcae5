/**
 * Chapter 14 — cross-entropy with softmax and sigmoid: computed from the logits through
 * log-sum-exp, its gradient y − t, and why it cancels the saturation of the output unit.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'cross-entropy-stable',
    chapter: '14-cross-entropy',
    title: { en: 'Cross-entropy that does not overflow', 'zh-cn': '不会溢出的交叉熵' },
    answer: {
      kind: 'vector-function',
      name: 'ce1',
      reference: '-log_softmax(z)[1]',
      inputs: [[0, 1000], [1000, -1000, 0], [2, 1, -1], [-745, 0, 745], [5, 5]],
    },
    forbidden: [{ name: 'softmax' }, { name: 'log_softmax' }],
    hints: [
      {
        en: 'With the first class right the loss is −log y₁, and log y₁ = z₁ − LSE(z). No probability needs to be formed.',
        'zh-cn': '第一类正确时损失为 −log y₁，而 log y₁ = z₁ − LSE(z)。根本不需要先算出概率。',
      },
      {
        en: 'So the loss is LSE(z) − z₁. In a cell, z[1] is the first entry and logsumexp(z) is LSE(z), computed with the maximum subtracted.',
        'zh-cn': '所以损失就是 LSE(z) − z₁。在单元格里，z[1] 是第一个元素，logsumexp(z) 就是 LSE(z)，计算时已先减去最大值。',
      },
      { en: 'ce1(z) = logsumexp(z) - z[1].', 'zh-cn': '完整答案：ce1(z) = logsumexp(z) - z[1]。' },
    ],
    solution: 'ce1(z) = logsumexp(z) - z[1]',
    alternatives: [
      'ce1(z) = logsumexp(z - z[1])',
      'ce1(z) = max(z) - z[1] + log(sum(map(z - max(z), exp)))',
      'ce1(z) = -(z[1] - logsumexp(z))',
    ],
    wrong: [
      'ce1(z) = log(sum(map(z, exp))) - z[1]',
      'ce1(z) = logsumexp(z) + z[1]',
      'ce1(z) = max(z) - z[1]',
    ],
    cheats: ['ce1(z) = -log_softmax(z)[1]', 'ce1(z) = logsumexp(z) - z[1] + 0 * sum(softmax(z))'],
  },
  {
    id: 'cross-entropy-gradient',
    chapter: '14-cross-entropy',
    title: { en: 'The gradient of cross-entropy', 'zh-cn': '交叉熵的梯度' },
    answer: {
      kind: 'vector-function',
      name: 'g',
      reference: 'softmax(z) - [0, 1, 0]',
      inputs: [[2, 1, -1], [0, 0, 0], [-3, 5, 1], [1000, 0, -1000]],
    },
    forbidden: [{ name: 'grad' }, { name: 'jacobian' }, { name: 'vjp' }],
    hints: [
      {
        en: 'Write the loss as LSE(z) − Σ tᵢzᵢ (the targets sum to 1). Differentiate each part.',
        'zh-cn': '把损失写成 LSE(z) − Σ tᵢzᵢ（目标之和为 1），再分别求导。',
      },
      {
        en: 'The gradient of log-sum-exp is softmax(z); the gradient of Σ tᵢzᵢ is t itself.',
        'zh-cn': 'log-sum-exp 的梯度是 softmax(z)；Σ tᵢzᵢ 的梯度就是 t 本身。',
      },
      { en: 'g(z) = softmax(z) - [0, 1, 0].', 'zh-cn': '完整答案：g(z) = softmax(z) - [0, 1, 0]。' },
    ],
    solution: 'g(z) = softmax(z) - [0, 1, 0]',
    alternatives: [
      'g(z) = map(log_softmax(z), exp) - [0, 1, 0]',
      'g(z) = map(z - logsumexp(z), exp) - [0, 1, 0]',
      'g(z) = softmax(z) + [0, -1, 0]',
    ],
    wrong: [
      'g(z) = [0, 1, 0] - softmax(z)',
      'g(z) = softmax(z)',
      'g(z) = -[0, 1, 0] ./ softmax(z)',
      'g(z) = softmax(z) .* (1 - softmax(z)) .* (softmax(z) - [0, 1, 0])',
    ],
    cheats: [
      'f(z) = -log_softmax(z)[2]\ng(z) = grad(f, z)',
      'g(z) = transpose(jacobian(log_softmax, z)) * [0, -1, 0]',
      'g(z) = vjp(log_softmax, z, [0, -1, 0])',
    ],
  },
  {
    id: 'squared-error-sigmoid-gradient',
    chapter: '14-cross-entropy',
    title: { en: 'The gradient of squared error on a sigmoid output', 'zh-cn': 'sigmoid 输出上平方误差的梯度' },
    answer: {
      kind: 'function',
      name: 'dmse',
      reference: '(sigmoid(x) - 1) * sigmoid(x) * (1 - sigmoid(x))',
      domain: [-10, 10],
    },
    forbidden: [{ derivativeOf: 'sigmoid' }],
    hints: [
      {
        en: 'Chain rule: d/dx ½(σ(x) − 1)² = (σ(x) − 1) · σ′(x).',
        'zh-cn': '链式法则：d/dx ½(σ(x) − 1)² = (σ(x) − 1) · σ′(x)。',
      },
      {
        en: 'Write σ′ through σ itself (chapter 02): σ′(x) = σ(x)(1 − σ(x)).',
        'zh-cn': '用 σ 本身写出 σ′（第 02 章）：σ′(x) = σ(x)(1 − σ(x))。',
      },
      {
        en: 'dmse(x) = (sigmoid(x) - 1) * sigmoid(x) * (1 - sigmoid(x)).',
        'zh-cn': '完整答案：dmse(x) = (sigmoid(x) - 1) * sigmoid(x) * (1 - sigmoid(x))。',
      },
    ],
    solution: 'dmse(x) = (sigmoid(x) - 1) * sigmoid(x) * (1 - sigmoid(x))',
    alternatives: [
      'dmse(x) = -sigmoid(x) * (1 - sigmoid(x))^2',
      'dmse(x) = -sigmoid(x) * sigmoid(-x)^2',
      'dmse(x) = -exp(-x) / (1 + exp(-x))^2 * (1 - 1 / (1 + exp(-x)))',
    ],
    wrong: [
      'dmse(x) = sigmoid(x) - 1',
      'dmse(x) = (sigmoid(x) - 1) * sigmoid(x)',
      'dmse(x) = (1 - sigmoid(x)) * sigmoid(x) * (1 - sigmoid(x))',
    ],
    cheats: ["dmse(x) = (sigmoid(x) - 1) * sigmoid'(x)", 'm(x) = 0.5 (sigmoid(x) - 1)^2\ndmse(x) = m\'(x)'],
  },
  {
    id: 'cross-entropy-gradient-ratio',
    chapter: '14-cross-entropy',
    title: { en: 'How much larger is the cross-entropy gradient?', 'zh-cn': '交叉熵的梯度大多少倍？' },
    answer: { kind: 'value', reference: "1 / sigmoid'(-5)", precision: { significant: 6 } },
    hints: [
      {
        en: 'The two gradients are σ(z) − 1 and (σ(z) − 1)·σ′(z). Divide one by the other.',
        'zh-cn': '两个梯度分别是 σ(z) − 1 和 (σ(z) − 1)·σ′(z)。用前者除以后者。',
      },
      {
        en: 'The factor σ(z) − 1 cancels: what is left is 1/σ′(−5). The chapter’s mse and bce let you check it as bce′(−5)/mse′(−5).',
        'zh-cn': '因子 σ(z) − 1 约掉了，剩下 1/σ′(−5)。也可以用本章的 mse 和 bce 验证：bce′(−5)/mse′(−5)。',
      },
      {
        en: "1 / sigmoid'(-5) ≈ 150.420: at z = −5 squared error passes on 150 times less gradient.",
        'zh-cn': "1 / sigmoid'(-5) ≈ 150.420：在 z = −5 处，平方误差传回的梯度要小 150 倍。",
      },
    ],
    solution: "1 / sigmoid'(-5)",
    alternatives: ['exp(5) + 2 + exp(-5)', '1 / (sigmoid(-5) * (1 - sigmoid(-5)))', '150.420'],
    wrong: ['1 / sigmoid(-5)', "sigmoid'(-5)", '4', '150'],
  },
];
