/**
 * Chapter 14 — cross-entropy with softmax and sigmoid: computed from the logits through
 * log-sum-exp, its gradient y − t, and why it cancels the saturation of the output unit.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'log-softmax-stable',
    chapter: '14-cross-entropy',
    title: { en: 'Log-softmax that does not overflow', 'zh-cn': '不会溢出的 log-softmax' },
    answer: {
      kind: 'vector-function',
      name: 'lsm',
      reference: 'log_softmax(z)',
      inputs: [[0, 1000], [1000, -1000, 0], [2, 1, -1], [-745, 0, 745], [5, 5]],
    },
    forbidden: [{ name: 'softmax' }, { name: 'log_softmax' }],
    hints: [
      {
        en: 'log yᵢ = zᵢ − LSE(z): no probability needs to be formed, so none can underflow.',
        'zh-cn': 'log yᵢ = zᵢ − LSE(z)：根本不需要先算出概率，也就没有概率会下溢。',
      },
      {
        en: 'logsumexp(z) is LSE(z), computed with the maximum subtracted; a vector minus a number subtracts it from every entry.',
        'zh-cn': 'logsumexp(z) 就是 LSE(z)，计算时已先减去最大值；向量减去一个数，就是每个元素都减去它。',
      },
      { en: 'lsm(z) = z - logsumexp(z).', 'zh-cn': '完整答案：lsm(z) = z - logsumexp(z)。' },
    ],
    solution: 'lsm(z) = z - logsumexp(z)',
    alternatives: [
      'lsm(z) = z - max(z) - log(sum(map(z - max(z), exp)))',
      'lsm(z) = -(logsumexp(z) - z)',
      'lsm(z) = (z - max(z)) - logsumexp(z - max(z))',
    ],
    wrong: [
      'lsm(z) = z - log(sum(map(z, exp)))',
      'lsm(z) = z + logsumexp(z)',
      'lsm(z) = z - max(z)',
    ],
    cheats: ['lsm(z) = log_softmax(z)', 'lsm(z) = z - logsumexp(z) + 0 * softmax(z)'],
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
    forbidden: [{ anyDerivative: true }],
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
    forbidden: [{ anyDerivative: true }],
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
    cheats: [
      "dmse(x) = (sigmoid(x) - 1) * sigmoid'(x)",
      "m(x) = 0.5 (sigmoid(x) - 1)^2\ndmse(x) = m'(x)",
      "m(x) = 0.5 (1 / (1 + exp(-x)) - 1)^2\ndmse(x) = m'(x)",
    ],
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
