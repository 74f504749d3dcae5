/** Chapter 03 — softmax, its stable evaluation, and its Jacobian J = diag(y) − y·yᵀ. */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'softmax-formula',
    chapter: '03-softmax',
    title: { en: 'Softmax from its formula', 'zh-cn': '按公式写出 softmax' },
    answer: { kind: 'vector-function', name: 'sm', reference: 'softmax(z)', inputs: [[1, 2, 3], [0, 0], [-1, 0.5, 2, 4]] },
    forbidden: [{ name: 'softmax' }, { name: 'log_softmax' }, { name: 'softmin' }],
    hints: [
      { en: 'Exponentiate every entry, then divide by the sum of those exponentials.', 'zh-cn': '先对每个元素取指数，再除以这些指数之和。' },
      { en: 'exp works on one number; for a vector write map(z, exp).', 'zh-cn': 'exp 只作用于单个数；对向量要写 map(z, exp)。' },
      { en: 'sm(z) = map(z, exp) / sum(map(z, exp)).', 'zh-cn': 'sm(z) = map(z, exp) / sum(map(z, exp))。' },
    ],
    solution: 'sm(z) = map(z, exp) / sum(map(z, exp))',
    alternatives: [
      'e(z) = map(z, exp)\nsm(z) = e(z) ./ sum(e(z))',
      'sm(z) = map(z - max(z), exp) / sum(map(z - max(z), exp))',
      'sm(z) = map(z - logsumexp(z), exp)',
    ],
    wrong: ['sm(z) = z / sum(z)', 'sm(z) = map(z, exp) / max(map(z, exp))', 'sm(z) = map(z, exp)'],
    cheats: ['sm(z) = softmax(z)', 'sm(z) = map(log_softmax(z), exp)', 'sm(z) = softmin(-z)'],
  },
  {
    id: 'softmax-stable',
    chapter: '03-softmax',
    title: { en: 'Softmax that does not overflow', 'zh-cn': '不会溢出的 softmax' },
    answer: {
      kind: 'vector-function',
      name: 'ss',
      reference: 'softmax(z)',
      inputs: [[1000, 1001, 1002], [-1000, 0, 1000], [1, 2, 3], [-800, -801]],
    },
    forbidden: [{ name: 'softmax' }, { name: 'log_softmax' }, { name: 'softmin' }, { name: 'logsumexp' }],
    hints: [
      { en: 'exp(1000) is larger than the largest double, so the plain formula gives ∞/∞ = NaN.', 'zh-cn': 'exp(1000) 超过了双精度浮点数的上限，所以直接套公式会得到 ∞/∞ = NaN。' },
      { en: 'Softmax does not change when the same constant is subtracted from every entry. Which constant keeps every exponent ≤ 0?', 'zh-cn': '每个元素减去同一个常数，softmax 不变。减去哪个常数能让所有指数都 ≤ 0？' },
      { en: 'Subtract max(z): ss(z) = map(z - max(z), exp) / sum(map(z - max(z), exp)).', 'zh-cn': '减去 max(z)：ss(z) = map(z - max(z), exp) / sum(map(z - max(z), exp))。' },
    ],
    solution: 'ss(z) = map(z - max(z), exp) / sum(map(z - max(z), exp))',
    alternatives: [
      'e(z) = map(z - max(z), exp)\nss(z) = e(z) / sum(e(z))',
      'shifted(z) = z - max(z)\nss(z) = map(shifted(z), exp) ./ sum(map(shifted(z), exp))',
    ],
    wrong: [
      'ss(z) = map(z, exp) / sum(map(z, exp))',
      'ss(z) = map(z - min(z), exp) / sum(map(z - min(z), exp))',
      'ss(z) = map(z - mean(z), exp) / sum(map(z - mean(z), exp))',
    ],
    cheats: ['ss(z) = softmax(z)', 'ss(z) = map(z - logsumexp(z), exp)'],
  },
  {
    id: 'softmax-jacobian',
    chapter: '03-softmax',
    title: { en: 'The Jacobian of softmax', 'zh-cn': 'softmax 的雅可比矩阵' },
    answer: {
      kind: 'vector-function',
      name: 'J',
      reference: 'diag(softmax(z)) - transpose([softmax(z)]) * [softmax(z)]',
      inputs: [[1, 2, 3], [0, 0, 0, 0], [2, -1]],
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      { en: 'Entry (i, j) is ∂yᵢ/∂zⱼ: yᵢ(1 − yᵢ) when i = j and −yᵢyⱼ when i ≠ j. Both cases are needed.', 'zh-cn': '元素 (i, j) 是 ∂yᵢ/∂zⱼ：i = j 时为 yᵢ(1 − yᵢ)，i ≠ j 时为 −yᵢyⱼ。两种情形都要有。' },
      { en: 'As matrices: diag(y) − y·yᵀ, where y·yᵀ is the outer product (a column times a row).', 'zh-cn': '写成矩阵：diag(y) − y·yᵀ，其中 y·yᵀ 是外积（列向量乘行向量）。' },
      {
        en: '[y] is y as a 1×n row and transpose([y]) as a column: J(z) = diag(softmax(z)) - transpose([softmax(z)]) * [softmax(z)].',
        'zh-cn': '[y] 把 y 变成 1×n 的行，transpose([y]) 是列：J(z) = diag(softmax(z)) - transpose([softmax(z)]) * [softmax(z)]。',
      },
    ],
    solution: 'J(z) = diag(softmax(z)) - transpose([softmax(z)]) * [softmax(z)]',
    alternatives: [
      'y(z) = softmax(z)\nJ(z) = diag(y(z)) - transpose([y(z)]) * [y(z)]',
      'J(z) = diag(softmax(z)) * (diag(ones(size(z))) - ones(size(z)[1], 1) * [softmax(z)])',
    ],
    cheats: ['J(z) = jacobian(softmax, z)', "J(z) = transpose(jacobian(softmax, z))"],
    wrong: [
      'J(z) = diag(softmax(z) .* (1 - softmax(z)))',
      'J(z) = -transpose([softmax(z)]) * [softmax(z)]',
      'J(z) = diag(softmax(z)) + transpose([softmax(z)]) * [softmax(z)]',
    ],
  },
  {
    id: 'softmax-jacobian-entry',
    chapter: '03-softmax',
    title: { en: 'One off-diagonal entry', 'zh-cn': '一个非对角元素' },
    answer: { kind: 'value', reference: '-softmax([1, 2, 3])[1] * softmax([1, 2, 3])[3]', precision: { significant: 6 } },
    forbidden: [{ anyDerivative: true }],
    hints: [
      { en: 'i = 1 and j = 3 differ, so this is the off-diagonal case.', 'zh-cn': 'i = 1 与 j = 3 不同，属于非对角情形。' },
      { en: 'Off the diagonal ∂yᵢ/∂zⱼ = −yᵢ·yⱼ; it is negative: raising z₃ takes probability away from y₁.', 'zh-cn': '非对角元素 ∂yᵢ/∂zⱼ = −yᵢ·yⱼ，是负数：z₃ 变大会从 y₁ 那里“抢走”概率。' },
      { en: '-softmax([1, 2, 3])[1] * softmax([1, 2, 3])[3].', 'zh-cn': '-softmax([1, 2, 3])[1] * softmax([1, 2, 3])[3]。' },
    ],
    solution: 'y = softmax([1, 2, 3])\n-y[1] * y[3]',
    alternatives: ['-0.059892', '-exp(1 + 3) / (exp(1) + exp(2) + exp(3))^2'],
    cheats: ['jacobian(softmax, [1, 2, 3])[1, 3]', 'Jm = jacobian(softmax, [1, 2, 3])\nJm[1, 3]'],
    wrong: ['y = softmax([1, 2, 3])\ny[1] * (1 - y[1])', '0', 'y = softmax([1, 2, 3])\ny[1] * y[3]'],
  },
];
