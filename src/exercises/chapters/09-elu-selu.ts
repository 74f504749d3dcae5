/**
 * Chapter 09 — ELU and SELU: the note prints ELU itself under the heading ELU′; these
 * exercises let the learner catch that numerically and write the true derivative, then
 * look at the negative saturation value and SELU's constants.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'elu-find-the-mistake',
    chapter: '09-elu-selu',
    title: {
      en: 'Find the mistake: ELU′(−2) for α = 1',
      'zh-cn': '找错：α = 1 时的 ELU′(−2)',
    },
    answer: { kind: 'value', reference: 'exp(-2)', precision: { significant: 6 } },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Estimate the slope numerically: (elu(−2 + h, 1) − elu(−2 − h, 1)) / (2h) with h = 1e-5. Does it match the formula printed under "ELU′"?',
        'zh-cn': '先用数值方法估计斜率：(elu(−2 + h, 1) − elu(−2 − h, 1)) / (2h)，取 h = 1e-5。它和标题为 “ELU′” 的公式一致吗？',
      },
      {
        en: 'That printed formula, α(eˣ − 1), is ELU itself. Differentiate it: d/dx α(eˣ − 1) = αeˣ.',
        'zh-cn': '那条公式 α(eˣ − 1) 其实是 ELU 本身。对它求导：d/dx α(eˣ − 1) = αeˣ。',
      },
      {
        en: 'ELU′(−2) = e⁻² ≈ 0.1353 (a positive slope, not the value −0.8647).',
        'zh-cn': 'ELU′(−2) = e⁻² ≈ 0.1353（斜率为正，而不是函数值 −0.8647）。',
      },
    ],
    solution: 'exp(-2)',
    alternatives: ['0.135335', '(elu(-2 + 1e-5, 1) - elu(-2 - 1e-5, 1)) / 2e-5', 'elu(-2, 1) + 1'],
    cheats: ["elu'(-2, 1)", "celu'(-2)"],
    wrong: ['exp(-2) - 1', '-2', '1', '0'],
  },
  {
    id: 'elu-derivative',
    chapter: '09-elu-selu',
    title: {
      en: 'The true ELU′ for α = 1.5',
      'zh-cn': 'α = 1.5 时真正的 ELU′',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: 'x > 0 ? 1 : 1.5 * exp(x)',
      domain: [-8, 8],
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Differentiate each branch of ELU: x for x > 0, α(eˣ − 1) for x ≤ 0.',
        'zh-cn': '对 ELU 的两段分别求导：x > 0 时为 x，x ≤ 0 时为 α(eˣ − 1)。',
      },
      {
        en: 'The negative branch gives αeˣ, which is also ELU(x) + α. At x = 0 the kit uses α, matching PyTorch.',
        'zh-cn': '负半轴得到 αeˣ，也等于 ELU(x) + α。在 x = 0 处本工具取 α，与 PyTorch 一致。',
      },
      {
        en: 'Write `g(x) = x > 0 ? 1 : 1.5 exp(x)`.',
        'zh-cn': '写成 `g(x) = x > 0 ? 1 : 1.5 exp(x)`。',
      },
    ],
    solution: 'g(x) = x > 0 ? 1 : 1.5 exp(x)',
    alternatives: ['g(x) = x > 0 ? 1 : elu(x, 1.5) + 1.5', 'g(x) = x <= 0 ? 1.5 exp(x) : 1', 'g(x) = x > 0 ? 1 : 1.5 (expm1(x) + 1)'],
    cheats: ["g(x) = elu'(x, 1.5)", "f(x) = elu(x, 1.5)\ng(x) = f'(x)"],
    wrong: [
      'g(x) = x > 0 ? x : 1.5 (exp(x) - 1)',
      'g(x) = x > 0 ? 1 : 1.5 (exp(x) - 1)',
      'g(x) = x > 0 ? 1 : exp(x)',
      // Right except on (−0.405, 0), where it keeps the slope 1 of the positive side.
      'g(x) = x > -0.405 ? 1 : 1.5 exp(x)',
    ],
  },
  {
    id: 'elu-floor',
    chapter: '09-elu-selu',
    title: {
      en: 'How low can ELU go? (α = 1.5)',
      'zh-cn': 'ELU 最低能到多少？（α = 1.5）',
    },
    answer: { kind: 'value', reference: '-1.5', precision: { significant: 6 } },
    hints: [
      {
        en: 'Evaluate elu(x, 1.5) at x = −5, −10, −40. What does it approach?',
        'zh-cn': '计算 elu(x, 1.5) 在 x = −5、−10、−40 的值，它趋近于多少？',
      },
      {
        en: 'As x → −∞, eˣ → 0, so α(eˣ − 1) → −α.',
        'zh-cn': '当 x → −∞ 时 eˣ → 0，于是 α(eˣ − 1) → −α。',
      },
    ],
    solution: '-1.5',
    alternatives: ['elu(-1000, 1.5)', '-3/2'],
    wrong: ['0', '-1', '-Infinity'],
  },
  {
    id: 'selu-floor',
    chapter: '09-elu-selu',
    title: {
      en: 'SELU’s floor: −λα',
      'zh-cn': 'SELU 的下界：−λα',
    },
    // The chapter gives the constants to 4 decimals (1.0507, 1.6733), so 4 decimals are asked for.
    answer: { kind: 'value', reference: '-1.0507009873554805 * 1.6732632423543772', precision: { decimals: 4 } },
    hints: [
      {
        en: 'SELU is λ·ELU(x, α) with fixed constants λ ≈ 1.0507 and α ≈ 1.6733. Where does ELU level off?',
        'zh-cn': 'SELU 是 λ·ELU(x, α)，常数固定：λ ≈ 1.0507，α ≈ 1.6733。ELU 在哪里趋于平缓？',
      },
      {
        en: 'ELU tends to −α, and the scale λ multiplies that too. Try `selu(-40)`.',
        'zh-cn': 'ELU 趋于 −α，而缩放系数 λ 也要乘上去。试试 `selu(-40)`。',
      },
      {
        en: 'The floor is −λα ≈ −1.7581.',
        'zh-cn': '下界是 −λα ≈ −1.7581。',
      },
    ],
    solution: '-1.0507009873554805 * 1.6732632423543772',
    alternatives: ['-1.7581', '-1.0507 * 1.6733', 'selu(-40)'],
    wrong: ['-1.6732632423543772', '-1.0507009873554805', '-1', '-1.7582'],
  },
];
