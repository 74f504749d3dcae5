/**
 * Chapter 05 — sigmoid's problems: saturation and vanishing gradients, outputs that are not
 * zero-centred (so, for one example, a unit's weight gradients share one sign; summed over a
 * batch they can mix), and the cost of exp.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'vanishing-product',
    chapter: '05-sigmoid-problems',
    title: { en: 'Ten sigmoid layers at best', 'zh-cn': '十层 sigmoid 的最好情形' },
    answer: { kind: 'value', reference: '0.25^10', precision: { significant: 6 } },
    hints: [
      { en: 'Backpropagation multiplies one factor σ′(zₖ) per layer (weights of 1 assumed here).', 'zh-cn': '反向传播每经过一层就乘上一个因子 σ′(zₖ)（这里假设权重都是 1）。' },
      { en: 'The largest σ′ can ever be is σ′(0) = 1/4, and there are 10 such factors.', 'zh-cn': 'σ′ 的最大值是 σ′(0) = 1/4，一共有 10 个这样的因子。' },
      { en: '0.25^10, about one millionth.', 'zh-cn': '0.25^10，约为百万分之一。' },
    ],
    solution: 'sigmoid\'(0)^10',
    alternatives: ['0.25^10', '9.53674e-7', '1 / 4^10'],
    wrong: ['0.25 * 10', '0.25', '0.5^10'],
  },
  {
    id: 'saturation-one-percent',
    chapter: '05-sigmoid-problems',
    title: { en: 'Where sigmoid saturates', 'zh-cn': 'sigmoid 从哪里开始饱和' },
    answer: { kind: 'value', reference: 'log((1 + sqrt(0.99)) / (1 - sqrt(0.99)))', precision: { decimals: 3 } },
    hints: [
      { en: 'You want σ(x)(1 − σ(x)) = 0.01 · 1/4. Solve first for p = σ(x): p(1 − p) = 0.0025.', 'zh-cn': '要求 σ(x)(1 − σ(x)) = 0.01 · 1/4。先解 p = σ(x)：p(1 − p) = 0.0025。' },
      { en: 'The quadratic gives p = (1 + √0.99)/2 for the positive side. Then invert sigmoid: x = ln(p / (1 − p)).', 'zh-cn': '由二次方程得正半轴上的 p = (1 + √0.99)/2。再求 sigmoid 的反函数：x = ln(p / (1 − p))。' },
      { en: 'log((1 + sqrt(0.99)) / (1 - sqrt(0.99))), a little under 6.', 'zh-cn': 'log((1 + sqrt(0.99)) / (1 - sqrt(0.99)))，略小于 6。' },
    ],
    solution: 'p = (1 + sqrt(0.99)) / 2\nlog(p / (1 - p))',
    alternatives: ['5.986', 'log((1 + sqrt(0.99)) / (1 - sqrt(0.99)))', '2 * acosh(10)'],
    wrong: ['5', '10', 'log(99)', '5.98'],
  },
  {
    id: 'weight-gradient-sign',
    chapter: '05-sigmoid-problems',
    title: { en: 'One sign for every weight', 'zh-cn': '所有权重梯度同号' },
    answer: { kind: 'value', reference: 'delta * a', precision: { significant: 6 } },
    setup: 'h = [-2, 0.5, 3]\na = sigmoid(h)\ndelta = -0.7',
    hints: [
      { en: 'For z = wᵀa + b, the gradient with respect to wᵢ is δ·aᵢ, where δ = ∂L/∂z.', 'zh-cn': '对 z = wᵀa + b，关于 wᵢ 的梯度是 δ·aᵢ，其中 δ = ∂L/∂z。' },
      { en: 'The inputs of this unit are a = sigmoid(h), not h itself.', 'zh-cn': '这个单元的输入是 a = sigmoid(h)，而不是 h 本身。' },
      {
        en: 'delta * a — for this one example every entry has the sign of delta, because every aᵢ is positive. Summed over a batch, examples with different δ can mix the signs.',
        'zh-cn': 'delta * a——对这一个样本，每个元素都与 delta 同号，因为每个 aᵢ 都是正的。在一批样本上求和时，δ 不同的样本可能让符号混合。',
      },
    ],
    solution: 'grad_w = delta * a',
    alternatives: ['-0.7 * sigmoid([-2, 0.5, 3])', '[delta * a[1], delta * a[2], delta * a[3]]', '[-0.083442, -0.435722, -0.666802]'],
    wrong: ['grad_w = delta * h', 'grad_w = a', 'grad_w = -delta * a'],
  },
  {
    id: 'sigmoid-mean-output',
    chapter: '05-sigmoid-problems',
    title: { en: 'The mean output of sigmoid', 'zh-cn': 'sigmoid 输出的均值' },
    answer: { kind: 'value', reference: 'mean(sigmoid([-3, -1, 0, 1, 3]))', precision: { significant: 6 } },
    hints: [
      { en: 'Use σ(−x) = 1 − σ(x): pair each input with its negative.', 'zh-cn': '利用 σ(−x) = 1 − σ(x)：把每个输入与它的相反数配对。' },
      { en: 'Each pair averages to 1/2, and σ(0) is 1/2 too.', 'zh-cn': '每一对的平均值都是 1/2，σ(0) 也是 1/2。' },
      { en: 'mean(sigmoid([-3, -1, 0, 1, 3])) = 0.5, not 0: sigmoid is not zero-centred.', 'zh-cn': 'mean(sigmoid([-3, -1, 0, 1, 3])) = 0.5，而不是 0：sigmoid 不是零中心化的。' },
    ],
    solution: 'mean(sigmoid([-3, -1, 0, 1, 3]))',
    alternatives: ['0.5', '1/2', '(sigmoid(-3) + sigmoid(3) + sigmoid(-1) + sigmoid(1) + sigmoid(0)) / 5'],
    wrong: ['0', '0.25', 'mean([-3, -1, 0, 1, 3])'],
  },
];
