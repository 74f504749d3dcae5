/**
 * Chapter 01 — why non-linear activations. Without them a stack of layers is one affine
 * map; the exercises make the learner collapse a stack by hand.
 */
import type { ExerciseSpec } from '../types';

const LAYERS = 'W1 = [[1, 2], [0, -1], [3, 1]]\nW2 = [[2, -1, 0], [1, 1, 1]]';
const BIASES = `${LAYERS}\nb1 = [1, -2, 0.5]\nb2 = [0, 3]`;
const SCALARS = 'a1 = 2\nc1 = 1\na2 = -0.5\nc2 = 3\na3 = 4\nc3 = -1';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'collapse-two-layers',
    chapter: '01-why-nonlinear',
    title: { en: 'Two linear layers are one matrix', 'zh-cn': '两层线性层就是一个矩阵' },
    answer: { kind: 'value', reference: 'W2 * W1', precision: { significant: 6 } },
    setup: LAYERS,
    hints: [
      {
        en: 'Write W2·(W1·x) and use associativity: (W2·W1)·x. The matrix you need is a product.',
        'zh-cn': '把 W2·(W1·x) 按结合律改写成 (W2·W1)·x，所求矩阵就是一个乘积。',
      },
      {
        en: 'Order matters: W1 acts first (3×2), then W2 (2×3), so the product has shape 2×2.',
        'zh-cn': '顺序很重要：先作用的是 W1(3×2)，再是 W2(2×3)，所以乘积是 2×2。',
      },
      { en: 'The answer cell can be just `W = W2 * W1`.', 'zh-cn': '答案单元格只需写 `W = W2 * W1`。' },
    ],
    solution: 'W = W2 * W1',
    alternatives: ['W = multiply(W2, W1)', 'W = [[2, 5], [4, 2]]', 'W = transpose(transpose(W1) * transpose(W2))'],
    wrong: ['W = W1 * W2', 'W = transpose(W2 * W1)', 'W = [[2, 5], [4, 3]]'],
  },
  {
    id: 'collapse-bias',
    chapter: '01-why-nonlinear',
    title: { en: 'The biases collapse too', 'zh-cn': '偏置同样会合并' },
    answer: { kind: 'value', reference: 'W2 * b1 + b2', precision: { significant: 6 } },
    setup: BIASES,
    hints: [
      {
        en: 'Expand W2·(W1·x + b1) + b2 and collect what does not depend on x.',
        'zh-cn': '展开 W2·(W1·x + b1) + b2，把与 x 无关的项归到一起。',
      },
      {
        en: 'The first bias passes through the second layer, so it gets multiplied by W2.',
        'zh-cn': '第一层的偏置还要经过第二层，所以它会被 W2 乘一次。',
      },
      { en: 'c = W2·b1 + b2, a vector with 2 entries.', 'zh-cn': 'c = W2·b1 + b2，是含 2 个元素的向量。' },
    ],
    solution: 'c = W2 * b1 + b2',
    alternatives: ['c = multiply(W2, b1) + b2', 'c = [4, 2.5]', 'c = transpose([W2 * b1 + b2])'],
    wrong: ['c = b2', 'c = W2 * b1', 'c = W2 * b1 - b2'],
  },
  {
    id: 'collapse-scalar-stack',
    chapter: '01-why-nonlinear',
    title: { en: 'Three layers, one line', 'zh-cn': '三层，一条直线' },
    answer: { kind: 'value', reference: '[a3 * a2 * a1, a3 * a2 * c1 + a3 * c2 + c3]', precision: { significant: 6 } },
    setup: SCALARS,
    hints: [
      {
        en: 'Each layer is y = a·x + c. Substitute the first into the second, then into the third.',
        'zh-cn': '每一层都是 y = a·x + c。把第一层代入第二层，再代入第三层。',
      },
      {
        en: 'The slope is the product of all three slopes; every bias is scaled by the slopes of the layers after it.',
        'zh-cn': '斜率是三个斜率的乘积；每个偏置都要乘上它之后各层的斜率。',
      },
      {
        en: 'A = a3·a2·a1 and B = a3·a2·c1 + a3·c2 + c3. Answer with the vector [A, B].',
        'zh-cn': 'A = a3·a2·a1,B = a3·a2·c1 + a3·c2 + c3。用向量 [A, B] 作答。',
      },
    ],
    solution: 'AB = [a3 * a2 * a1, a3 * a2 * c1 + a3 * c2 + c3]',
    alternatives: ['AB = [-4, 9]', 'f(x) = a3 * (a2 * (a1 * x + c1) + c2) + c3\n[f(1) - f(0), f(0)]'],
    wrong: ['AB = [a1 * a2 * a3, c1 + c2 + c3]', 'AB = [-4, 0]', 'AB = [4, 9]'],
  },
];
