/**
 * Chapter 16 — gated units of a split input: GLU's definition (first half value, second half
 * gate), a GEGLU evaluated by hand, and the gradient of SwiGLU.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'glu-formula',
    chapter: '16-gated',
    title: { en: 'GLU from its definition', 'zh-cn': '按定义写出 GLU' },
    answer: {
      kind: 'vector-function',
      name: 'g',
      reference: 'glu(z)',
      inputs: [[1, 2, 3, 4], [0, 0, 0, 0], [-1, 3, 2, -5], [100, -100, -30, 30]],
    },
    forbidden: [{ name: 'glu' }],
    hints: [
      {
        en: 'z = [a₁, a₂, b₁, b₂]: the first half holds the values, the second half the gates. Output i is aᵢ·σ(bᵢ).',
        'zh-cn': 'z = [a₁, a₂, b₁, b₂]：前一半是值，后一半是门。第 i 个输出是 aᵢ·σ(bᵢ)。',
      },
      {
        en: 'z[1:2] is [a₁, a₂] and z[3:4] is [b₁, b₂]; sigmoid works element-wise and .* multiplies element by element.',
        'zh-cn': 'z[1:2] 是 [a₁, a₂]，z[3:4] 是 [b₁, b₂]；sigmoid 逐元素计算，.* 逐元素相乘。',
      },
      { en: 'g(z) = z[1:2] .* sigmoid(z[3:4]).', 'zh-cn': '完整答案：g(z) = z[1:2] .* sigmoid(z[3:4])。' },
    ],
    solution: 'g(z) = z[1:2] .* sigmoid(z[3:4])',
    alternatives: [
      'g(z) = [z[1] * sigmoid(z[3]), z[2] * sigmoid(z[4])]',
      'g(z) = [z[1], z[2]] ./ (1 + [exp(-z[3]), exp(-z[4])])',
      'g(z) = [z[1] / (1 + exp(-z[3])), z[2] / (1 + exp(-z[4]))]',
    ],
    wrong: [
      'g(z) = z[3:4] .* sigmoid(z[1:2])',
      'g(z) = [z[1], z[3]] .* sigmoid([z[2], z[4]])',
      'g(z) = z[1:2] .* z[3:4]',
      'g(z) = sigmoid(z[1:2]) .* sigmoid(z[3:4])',
    ],
    cheats: ['g(z) = glu(z)'],
  },
  {
    id: 'geglu-value',
    chapter: '16-gated',
    title: { en: 'A GEGLU by hand', 'zh-cn': '手算一个 GEGLU' },
    answer: { kind: 'value', reference: '[1.5 * gelu(0.5), -2 * gelu(1)]', precision: { significant: 6 } },
    forbidden: [{ name: 'geglu' }],
    hints: [
      {
        en: 'Split z = [1.5, −2, 0.5, 1] in the middle: values [1.5, −2], gates [0.5, 1].',
        'zh-cn': '从中间拆开 z = [1.5, −2, 0.5, 1]：值为 [1.5, −2]，门为 [0.5, 1]。',
      },
      {
        en: 'Each output is a value times GELU of its gate: 1.5·GELU(0.5) and −2·GELU(1). The kit’s gelu is the exact erf form.',
        'zh-cn': '每个输出都是值乘以其门的 GELU：1.5·GELU(0.5) 和 −2·GELU(1)。本工具的 gelu 用的是精确的 erf 形式。',
      },
      { en: '[1.5, -2] .* gelu([0.5, 1]) ≈ [0.518597, -1.68269].', 'zh-cn': '完整答案：[1.5, -2] .* gelu([0.5, 1]) ≈ [0.518597, -1.68269]。' },
    ],
    solution: '[1.5, -2] .* gelu([0.5, 1])',
    alternatives: ['[1.5 * gelu(0.5), -2 * gelu(1)]', '[0.75 * (1 + erf(0.5 / sqrt(2))) / 2, -(1 + erf(1 / sqrt(2)))]', '[0.518597, -1.68269]'],
    wrong: ['[1.5, -2] .* gelu_tanh([0.5, 1])', '[0.5, 1] .* gelu([1.5, -2])', '[1.5, 0.5] .* gelu([-2, 1])', '[1.5, -2] .* sigmoid([0.5, 1])'],
    cheats: ['geglu([1.5, -2, 0.5, 1])'],
  },
  {
    id: 'swiglu-gradient',
    chapter: '16-gated',
    title: { en: 'The gradient of SwiGLU', 'zh-cn': 'SwiGLU 的梯度' },
    answer: {
      kind: 'vector-function',
      name: 'J',
      reference: "[silu(z[2]), z[1] * silu'(z[2])]",
      inputs: [[2, 1], [0, 0], [-3, 2], [1.5, -4], [10, -30]],
    },
    forbidden: [{ name: 'swiglu' }],
    hints: [
      {
        en: 'y = a·SiLU(b) is linear in a, so ∂y/∂a = SiLU(b); and ∂y/∂b = a·SiLU′(b).',
        'zh-cn': 'y = a·SiLU(b) 对 a 是线性的，所以 ∂y/∂a = SiLU(b)；而 ∂y/∂b = a·SiLU′(b)。',
      },
      {
        en: 'a is z[1] and b is z[2]. SiLU′(b) = σ(b)(1 + b(1 − σ(b))), or silu\'(b) in a cell.',
        'zh-cn': 'a 是 z[1]，b 是 z[2]。SiLU′(b) = σ(b)(1 + b(1 − σ(b)))，在单元格里也可以写 silu\'(b)。',
      },
      { en: "J(z) = [silu(z[2]), z[1] * silu'(z[2])].", 'zh-cn': "完整答案：J(z) = [silu(z[2]), z[1] * silu'(z[2])]。" },
    ],
    solution: "J(z) = [silu(z[2]), z[1] * silu'(z[2])]",
    alternatives: [
      'J(z) = [z[2] * sigmoid(z[2]), z[1] * sigmoid(z[2]) * (1 + z[2] * (1 - sigmoid(z[2])))]',
      'J(z) = [z[2] * sigmoid(z[2]), z[1] * (sigmoid(z[2]) + z[2] * sigmoid(z[2]) * sigmoid(-z[2]))]',
      "J(z) = [silu(z[2]), z[1] * (silu(z[2]) + sigmoid(z[2]) * (1 - silu(z[2])))]",
    ],
    wrong: [
      'J(z) = [silu(z[2]), z[1] * sigmoid(z[2])]',
      "J(z) = [silu'(z[2]), z[1] * silu(z[2])]",
      "J(z) = [silu(z[2]), silu'(z[2])]",
      "J(z) = [silu(z[1]), z[2] * silu'(z[1])]",
    ],
    cheats: ['J(z) = grad(swiglu, z)', 'J(z) = vjp(swiglu, z, [1])'],
  },
];
