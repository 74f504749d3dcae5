/**
 * Chapter 10 — Maxout: evaluate a unit, find its gradient (the winning piece's weights),
 * build a familiar activation from two pieces, and count what the flexibility costs.
 */
import type { ExerciseSpec } from '../types';

/** The unit the notebook builds: three pieces over two inputs. */
const UNIT = 'W = [[1, -1], [0.5, 2], [-1, 0]]\nb = [0, -1, 0.5]';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'maxout-output',
    chapter: '10-maxout',
    title: {
      en: 'The output of a three-piece Maxout unit',
      'zh-cn': '三段 Maxout 单元的输出',
    },
    answer: { kind: 'value', reference: 'max([[1, -1], [0.5, 2], [-1, 0]] * [2, 1] + [0, -1, 0.5])', precision: { significant: 6 } },
    forbidden: [{ name: 'maxout' }],
    setup: UNIT,
    hints: [
      {
        en: 'Each piece is an affine function zⱼ = Wⱼ·x + bⱼ. Compute all three with one matrix product: W * x + b.',
        'zh-cn': '每一段都是仿射函数 zⱼ = Wⱼ·x + bⱼ。用一次矩阵乘法算出全部三段：W * x + b。',
      },
      {
        en: 'z = [1, 2, −1.5]. The unit outputs the largest piece.',
        'zh-cn': 'z = [1, 2, −1.5]。单元输出其中最大的一段。',
      },
    ],
    solution: 'max(W * [2, 1] + b)',
    alternatives: ['2', 'max([1 * 2 - 1 * 1 + 0, 0.5 * 2 + 2 * 1 - 1, -1 * 2 + 0 * 1 + 0.5])'],
    cheats: ['maxout(W, b, [2, 1]).value', 'max(maxout(W, b, [2, 1]).pieces)'],
    wrong: ['1', '3', '[1, 2, -1.5]', '1.5'],
  },
  {
    id: 'maxout-gradient',
    chapter: '10-maxout',
    title: {
      en: 'Maxout’s gradient with respect to x',
      'zh-cn': 'Maxout 对 x 的梯度',
    },
    answer: { kind: 'value', reference: '[0.5, 2]', precision: { significant: 6 } },
    forbidden: [{ name: 'maxout' }],
    setup: UNIT,
    hints: [
      {
        en: 'Near the current x the same piece keeps winning, so h(x) equals that one affine function there.',
        'zh-cn': '在当前 x 附近，胜出的始终是同一段，所以 h(x) 在那里就等于这一个仿射函数。',
      },
      {
        en: 'The gradient of Wⱼ·x + bⱼ with respect to x is the row Wⱼ. Which piece won in the previous exercise?',
        'zh-cn': 'Wⱼ·x + bⱼ 对 x 的梯度就是行向量 Wⱼ。上一题中胜出的是哪一段？',
      },
      {
        en: 'The second piece won (z₂ = 2), so ∂h/∂x = W₂ = [0.5, 2]. The other rows get no gradient at all.',
        'zh-cn': '第二段胜出（z₂ = 2），所以 ∂h/∂x = W₂ = [0.5, 2]。其余各行完全得不到梯度。',
      },
    ],
    solution: '[W[2, 1], W[2, 2]]',
    alternatives: ['[0.5, 2]', 'W[2, :]'],
    cheats: ['maxout(W, b, [2, 1]).dx'],
    wrong: ['[W[1, 1], W[1, 2]]', '[0.5, 1]', '[1, 1]', '[2, 1]'],
  },
  {
    id: 'maxout-absolute-value',
    chapter: '10-maxout',
    title: {
      en: 'Two pieces that make |x|',
      'zh-cn': '用两段拼出 |x|',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'abs(x)',
      domain: [-5, 5],
    },
    forbidden: [{ name: 'abs' }, { name: 'norm' }],
    hints: [
      {
        en: 'With pieces w₁x + b₁ and w₂x + b₂, ReLU is max(0·x + 0, 1·x + 0). Which two lines have |x| as their upper envelope?',
        'zh-cn': '两段 w₁x + b₁ 与 w₂x + b₂ 时，ReLU 就是 max(0·x + 0, 1·x + 0)。哪两条直线的上包络是 |x|？',
      },
      {
        en: 'Use slopes 1 and −1, both with bias 0.',
        'zh-cn': '取斜率 1 和 −1，偏置都为 0。',
      },
      {
        en: 'Write `g(x) = max(x, -x)`.',
        'zh-cn': '写成 `g(x) = max(x, -x)`。',
      },
    ],
    solution: 'g(x) = max(x, -x)',
    alternatives: ['g(x) = max([x, -x])', 'g(x) = max(-1 x + 0, 1 x + 0)'],
    cheats: ['g(x) = abs(x)', 'g(x) = norm([x])'],
    wrong: ['g(x) = max(0, x)', 'g(x) = max(0.01 x, x)', 'g(x) = max(x, -x) + 1'],
  },
  {
    id: 'maxout-parameters',
    chapter: '10-maxout',
    title: {
      en: 'Parameters of a Maxout layer',
      'zh-cn': 'Maxout 层的参数个数',
    },
    answer: { kind: 'value', reference: '4 * 128 * (256 + 1)', precision: { significant: 6 } },
    hints: [
      {
        en: 'A plain layer with 256 inputs and 128 units has 128·(256 + 1) parameters: one weight per input plus a bias, per unit.',
        'zh-cn': '一个 256 个输入、128 个单元的普通层有 128·(256 + 1) 个参数：每个单元对每个输入一个权重，再加一个偏置。',
      },
      {
        en: 'Every Maxout unit owns k such affine pieces.',
        'zh-cn': '每个 Maxout 单元拥有 k 个这样的仿射段。',
      },
      {
        en: 'With k = 4: 4·128·257 = 131584, four times the plain layer.',
        'zh-cn': 'k = 4 时：4·128·257 = 131584，是普通层的四倍。',
      },
    ],
    solution: '4 * 128 * (256 + 1)',
    alternatives: ['131584', '4 * 128 * 256 + 4 * 128'],
    wrong: ['128 * (256 + 1)', '4 * 128 * 256', '4 * (128 + 256)'],
  },
];
