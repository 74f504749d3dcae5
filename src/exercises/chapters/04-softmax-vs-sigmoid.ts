/** Chapter 04 — softmax versus sigmoid: coupled versus independent outputs, two classes. */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'two-class-softmax',
    chapter: '04-softmax-vs-sigmoid',
    title: { en: 'Sigmoid is a two-class softmax', 'zh-cn': 'sigmoid 就是二分类的 softmax' },
    answer: { kind: 'function', name: 'p', reference: 'sigmoid(x)', domain: [-20, 20] },
    forbidden: [{ name: 'sigmoid' }, { name: 'log_sigmoid' }, { name: 'silu' }, { name: 'swish' }],
    hints: [
      { en: 'Give softmax two logits: x for the class you care about and a fixed one for the other class.', 'zh-cn': '给 softmax 两个 logit：关心的那一类用 x，另一类用一个固定值。' },
      { en: 'e^x / (e^x + e^0) = 1 / (1 + e^(−x)). The other logit is 0, and you want the first entry.', 'zh-cn': 'e^x / (e^x + e^0) = 1 / (1 + e^(−x))。另一个 logit 取 0，取第一个元素。' },
      { en: 'p(x) = softmax([x, 0])[1]  (entries count from 1 in cells).', 'zh-cn': 'p(x) = softmax([x, 0])[1]（单元格中下标从 1 开始）。' },
    ],
    solution: 'p(x) = softmax([x, 0])[1]',
    alternatives: ['p(x) = softmax([0, -x])[1]', 'p(x) = 1 - softmax([0, x])[1]', 'p(x) = softmax([2 x, x])[1]'],
    cheats: ['p(x) = sigmoid(x)', 'p(x) = exp(log_sigmoid(x))'],
    wrong: ['p(x) = softmax([x, 0])[2]', 'p(x) = softmax([x, 1])[1]', 'p(x) = softmax([x, x])[1]'],
  },
  {
    id: 'two-class-shift',
    chapter: '04-softmax-vs-sigmoid',
    title: { en: 'Only the difference of the logits counts', 'zh-cn': '只有 logit 之差才重要' },
    answer: { kind: 'function', name: 'q', reference: 'softmax([x, 2])[1]', domain: [-20, 20] },
    forbidden: [{ name: 'softmax' }, { name: 'log_softmax' }, { name: 'softmin' }],
    hints: [
      { en: 'Subtracting 2 from both logits does not change softmax.', 'zh-cn': '两个 logit 同时减 2,softmax 不变。' },
      { en: 'softmax([x, 2]) = softmax([x − 2, 0]), and the first entry of softmax([t, 0]) is σ(t).', 'zh-cn': 'softmax([x, 2]) = softmax([x − 2, 0])，而 softmax([t, 0]) 的第一个元素是 σ(t)。' },
      { en: 'q(x) = sigmoid(x - 2).', 'zh-cn': 'q(x) = sigmoid(x - 2)。' },
    ],
    solution: 'q(x) = sigmoid(x - 2)',
    alternatives: ['q(x) = 1 - sigmoid(2 - x)', 'q(x) = 1 / (1 + exp(2 - x))'],
    cheats: ['q(x) = softmax([x, 2])[1]', 'q(x) = softmin([-x, -2])[1]'],
    wrong: ['q(x) = sigmoid(x)', 'q(x) = sigmoid(x + 2)', 'q(x) = sigmoid(2 - x)'],
  },
  {
    id: 'sigmoid-sum',
    chapter: '04-softmax-vs-sigmoid',
    title: { en: 'Independent outputs need not sum to one', 'zh-cn': '相互独立的输出之和不必为 1' },
    answer: { kind: 'value', reference: 'sum(sigmoid([3, 1, -2]))', precision: { significant: 6 } },
    hints: [
      { en: 'Each sigmoid output is computed from its own logit, ignoring the others.', 'zh-cn': '每个 sigmoid 输出只由自己的 logit 决定，与其他输出无关。' },
      { en: 'sigmoid works element-wise on a vector; sum adds the entries.', 'zh-cn': 'sigmoid 对向量逐元素计算；sum 把各元素相加。' },
      { en: 'sum(sigmoid([3, 1, -2])) — about 1.8, well above 1.', 'zh-cn': 'sum(sigmoid([3, 1, -2]))——约为 1.8，明显大于 1。' },
    ],
    solution: 'sum(sigmoid([3, 1, -2]))',
    alternatives: ['1.80284', 'sigmoid(3) + sigmoid(1) + sigmoid(-2)', '0.952574 + 0.731059 + 0.119203'],
    wrong: ['1', 'sum(softmax([3, 1, -2]))', 'sigmoid(3 + 1 - 2)'],
  },
  {
    id: 'softmax-coupling',
    chapter: '04-softmax-vs-sigmoid',
    title: { en: 'Softmax outputs are coupled', 'zh-cn': 'softmax 的输出相互关联' },
    answer: { kind: 'value', reference: 'softmax([3, 1, 0])[3] - softmax([2, 1, 0])[3]', precision: { significant: 6 } },
    hints: [
      { en: 'Compute the third probability before and after raising the first logit from 2 to 3, and subtract.', 'zh-cn': '分别计算第一个 logit 从 2 变成 3 之前和之后的第三个概率，再相减。' },
      { en: 'The change is new minus old. With sigmoid it would be 0; with softmax it is not.', 'zh-cn': '变化量是“新值减旧值”。若用 sigmoid 结果是 0；用 softmax 则不是。' },
      { en: 'softmax([3, 1, 0])[3] - softmax([2, 1, 0])[3]; the result is negative.', 'zh-cn': 'softmax([3, 1, 0])[3] - softmax([2, 1, 0])[3]；结果是负数。' },
    ],
    solution: 'softmax([3, 1, 0])[3] - softmax([2, 1, 0])[3]',
    alternatives: ['-0.0480205', '1 / (exp(3) + exp(1) + 1) - 1 / (exp(2) + exp(1) + 1)'],
    wrong: ['0', 'softmax([2, 1, 0])[3] - softmax([3, 1, 0])[3]', 'sigmoid(0) - sigmoid(0)'],
  },
];
