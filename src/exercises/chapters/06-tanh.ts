/**
 * Chapter 06 — tanh: zero-centred but still saturating; tanh = 2σ(2x) − 1; the literal
 * exponential formula overflows to NaN for |x| > ~710.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'tanh-derivative',
    chapter: '06-tanh',
    title: { en: 'The derivative of tanh', 'zh-cn': 'tanh 的导数' },
    answer: { kind: 'function', name: 'dt', reference: "tanh'(x)", domain: [-10, 10] },
    forbidden: [{ anyDerivative: true }],
    hints: [
      { en: 'Use the quotient rule on (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), or recall that tanh′ can be written with tanh itself.', 'zh-cn': '对 (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) 用商法则，或者回忆 tanh′ 可以用 tanh 自身表示。' },
      { en: 'The quotient rule gives ((eˣ + e⁻ˣ)² − (eˣ − e⁻ˣ)²)/(eˣ + e⁻ˣ)² = 1 − tanh².', 'zh-cn': '商法则给出 ((eˣ + e⁻ˣ)² − (eˣ − e⁻ˣ)²)/(eˣ + e⁻ˣ)² = 1 − tanh²。' },
      { en: 'dt(x) = 1 - tanh(x)^2.', 'zh-cn': 'dt(x) = 1 - tanh(x)^2。' },
    ],
    solution: 'dt(x) = 1 - tanh(x)^2',
    alternatives: ['dt(x) = 4 / (exp(x) + exp(-x))^2', 'dt(x) = 1 / cosh(x)^2', 'dt(x) = (1 - tanh(x)) (1 + tanh(x))'],
    cheats: ["dt(x) = tanh'(x)", "f(x) = tanh(x)\ndt(x) = f'(x)"],
    wrong: ['dt(x) = 1 - tanh(x)', 'dt(x) = tanh(x) * (1 - tanh(x))', 'dt(x) = 1 + tanh(x)^2'],
  },
  {
    id: 'tanh-via-sigmoid',
    chapter: '06-tanh',
    title: { en: 'tanh is a rescaled sigmoid', 'zh-cn': 'tanh 是缩放过的 sigmoid' },
    answer: { kind: 'function', name: 't2', reference: 'tanh(x)', domain: [-10, 10] },
    forbidden: [{ name: 'tanh' }, { name: 'tanhshrink' }],
    hints: [
      { en: 'tanh runs from −1 to 1, sigmoid from 0 to 1: stretch sigmoid by 2 vertically and move it down by 1.', 'zh-cn': 'tanh 的取值从 −1 到 1，sigmoid 从 0 到 1：把 sigmoid 纵向拉伸 2 倍，再向下平移 1。' },
      { en: 'The slopes must match too: tanh′(0) = 1 but σ′(0) = 1/4, so the input needs a factor as well.', 'zh-cn': '斜率也要对上：tanh′(0) = 1，而 σ′(0) = 1/4，所以输入也需要乘一个系数。' },
      { en: 't2(x) = 2 * sigmoid(2 * x) - 1.', 'zh-cn': 't2(x) = 2 * sigmoid(2 * x) - 1。' },
    ],
    solution: 't2(x) = 2 * sigmoid(2 * x) - 1',
    alternatives: ['t2(x) = sigmoid(2 x) - sigmoid(-2 x)', 't2(x) = 1 - 2 sigmoid(-2 x)', 't2(x) = (1 - exp(-2 x)) / (1 + exp(-2 x))'],
    cheats: ['t2(x) = tanh(x)', 't2(x) = x - tanhshrink(x)'],
    wrong: ['t2(x) = 2 * sigmoid(x) - 1', 't2(x) = sigmoid(2 * x) - 1', 't2(x) = 2 * sigmoid(2 * x)'],
  },
  {
    id: 'tanh-stable',
    chapter: '06-tanh',
    title: { en: 'A tanh that survives large inputs', 'zh-cn': '能承受大输入的 tanh' },
    answer: {
      kind: 'function',
      name: 'th',
      reference: 'tanh(x)',
      domain: [-20, 20],
      // Where the literal formula breaks: exp(±710) is already ∞.
      points: [400, -400, 700, -700, 710, -710, 1000, -1000],
    },
    forbidden: [{ name: 'tanh' }, { name: 'sigmoid' }, { name: 'tanhshrink' }],
    hints: [
      { en: 'exp(710) is already ∞ in double precision, and ∞/∞ is NaN. Rewrite the formula so no exponent is positive.', 'zh-cn': '在双精度下 exp(710) 已经是 ∞，而 ∞/∞ 是 NaN。改写公式，让所有指数都不为正。' },
      { en: 'For x ≥ 0, divide top and bottom by eˣ: (1 − e^(−2x))/(1 + e^(−2x)). tanh is odd, so use |x| and put the sign back.', 'zh-cn': '当 x ≥ 0 时，分子分母同除以 eˣ：(1 − e^(−2x))/(1 + e^(−2x))。tanh 是奇函数，所以用 |x| 计算再补回符号。' },
      { en: 'th(x) = sign(x) * (1 - exp(-2 * abs(x))) / (1 + exp(-2 * abs(x))).', 'zh-cn': 'th(x) = sign(x) * (1 - exp(-2 * abs(x))) / (1 + exp(-2 * abs(x)))。' },
    ],
    solution: 'th(x) = sign(x) * (1 - exp(-2 * abs(x))) / (1 + exp(-2 * abs(x)))',
    alternatives: [
      'th(x) = x >= 0 ? (1 - exp(-2 x)) / (1 + exp(-2 x)) : -(1 - exp(2 x)) / (1 + exp(2 x))',
      'th(x) = sign(x) * -expm1(-2 abs(x)) / (2 + expm1(-2 abs(x)))',
    ],
    cheats: ['th(x) = tanh(x)', 'th(x) = 2 sigmoid(2 x) - 1'],
    wrong: [
      'th(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))',
      'th(x) = (1 - exp(-2 * x)) / (1 + exp(-2 * x))',
      'th(x) = (1 - exp(-2 * abs(x))) / (1 + exp(-2 * abs(x)))',
    ],
  },
  {
    id: 'tanh-peak-slope',
    chapter: '06-tanh',
    title: { en: 'The steepest slope of tanh', 'zh-cn': 'tanh 的最大斜率' },
    answer: { kind: 'value', reference: '1 - tanh(0)^2', precision: { significant: 6 } },
    hints: [
      { en: 'tanh′ = 1 − tanh² is largest where tanh is 0.', 'zh-cn': 'tanh′ = 1 − tanh² 在 tanh 为 0 处最大。' },
      { en: 'tanh(0) = 0.', 'zh-cn': 'tanh(0) = 0。' },
      { en: 'tanh′(0) = 1, four times sigmoid′(0).', 'zh-cn': 'tanh′(0) = 1，是 sigmoid′(0) 的四倍。' },
    ],
    solution: '1 - tanh(0)^2',
    alternatives: ['1', "tanh'(0)", "4 * sigmoid'(0)"],
    wrong: ['0.25', '0.5', 'tanh(0)'],
  },
];
