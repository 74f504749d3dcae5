/**
 * Chapter 15 — gradient flow: the per-layer gain that makes gradients explode (ELU under He
 * initialisation), normalisation (RMSNorm), and the constants of SELU's self-normalisation.
 * The Gaussian average `E` over the grid `zs` is defined by the notebook (see SETUP).
 */
import type { ExerciseSpec } from '../types';

/** The notebook's Gaussian average: E(v) = 𝔼[v(Z)], Z ~ N(0, 1), by the midpoint rule on [−12, 12]. */
const SETUP = ['dz = 0.001;', 'zs = (-12 + dz / 2):dz:12;', 'phi(x) = exp(-x^2 / 2) / sqrt(2 pi)', 'w = map(zs, phi) * dz;', 'E(v) = sum(v .* w)'].join('\n');

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'elu-he-gain',
    chapter: '15-gradient-flow',
    title: { en: 'ELU’s gain under He initialisation', 'zh-cn': 'He 初始化下 ELU 的增益' },
    answer: { kind: 'value', reference: '1 + exp(2) * (1 - erf(sqrt(2)))', precision: { decimals: 3 } },
    setup: SETUP,
    hints: [
      {
        en: 'The gain is χ = σ_w² · 𝔼[f′(z)²] with σ_w² = 2 for He. The chapter’s E(v) computes 𝔼 over the grid zs.',
        'zh-cn': '增益为 χ = σ_w² · 𝔼[f′(z)²]，He 初始化时 σ_w² = 2。本章的 E(v) 在网格 zs 上计算期望 𝔼。',
      },
      {
        en: 'It is the mean of the squared slope, not the mean slope: square elu′ element-wise with .^ 2 before averaging.',
        'zh-cn': '要的是斜率平方的均值，而不是斜率的均值：先用 .^ 2 逐元素平方 elu′，再求平均。',
      },
      { en: "2 * E(elu'(zs) .^ 2) ≈ 1.336: above 1, so the gradient grows layer by layer.", 'zh-cn': "2 * E(elu'(zs) .^ 2) ≈ 1.336：大于 1，所以梯度逐层变大。" },
    ],
    solution: "2 * E(elu'(zs) .^ 2)",
    alternatives: ['1 + exp(2) * (1 - erf(sqrt(2)))', "2 * (E(relu'(zs)) + E(map(zs, exp) .^ 2 .* (zs < 0)))", '1.336'],
    wrong: ["2 * E(elu'(zs))", "E(elu'(zs) .^ 2)", "sqrt(2 * E(elu'(zs) .^ 2))", '1'],
  },
  {
    id: 'rms-norm',
    chapter: '15-gradient-flow',
    title: { en: 'RMSNorm', 'zh-cn': 'RMSNorm' },
    answer: {
      kind: 'vector-function',
      name: 'rms',
      reference: 'z / sqrt(mean(z .^ 2) + 1e-5)',
      inputs: [[1, 2, 3, 4], [10, -3, 0.5], [0.001, 0.002], [100, 100.5, 99], [-2, -2, -2, -2]],
    },
    hints: [
      {
        en: 'Unlike LayerNorm, RMSNorm subtracts nothing: it divides z by the root of the mean of its squares (plus ε).',
        'zh-cn': '与 LayerNorm 不同，RMSNorm 不减去任何东西：它把 z 除以其平方均值（加上 ε）的平方根。',
      },
      {
        en: 'The mean of the squares is mean(z .^ 2); ε goes inside the square root.',
        'zh-cn': '平方的均值写作 mean(z .^ 2)；ε 放在平方根里面。',
      },
      { en: 'rms(z) = z / sqrt(mean(z .^ 2) + 1e-5).', 'zh-cn': '完整答案：rms(z) = z / sqrt(mean(z .^ 2) + 1e-5)。' },
    ],
    solution: 'rms(z) = z / sqrt(mean(z .^ 2) + 1e-5)',
    alternatives: [
      'rms(z) = z * (mean(z .^ 2) + 1e-5)^(-0.5)',
      'rms(z) = z / sqrt(dot(z, z) / size(z)[1] + 1e-5)',
      'rms(z) = z / sqrt(sum(z .^ 2) / size(z)[1] + 0.00001)',
    ],
    wrong: [
      'rms(z) = (z - mean(z)) / sqrt(mean((z - mean(z)) .^ 2) + 1e-5)',
      'rms(z) = z / sqrt(sum(z .^ 2) + 1e-5)',
      'rms(z) = z / (mean(z .^ 2) + 1e-5)',
      'rms(z) = z / sqrt(mean(z .^ 2))',
    ],
  },
  {
    id: 'selu-lambda',
    chapter: '15-gradient-flow',
    title: { en: 'SELU’s λ from its α', 'zh-cn': '由 α 求出 SELU 的 λ' },
    answer: { kind: 'value', reference: '1.0507009873554805', precision: { decimals: 4 } },
    setup: SETUP,
    forbidden: [{ name: 'selu' }],
    hints: [
      {
        en: 'λ scales the output, so it scales the second moment by λ²: you need λ² · 𝔼[ELU_α(z)²] = 1.',
        'zh-cn': 'λ 缩放输出，于是二阶矩被缩放 λ² 倍：需要 λ² · 𝔼[ELU_α(z)²] = 1。',
      },
      {
        en: 'elu(zs, 1.6732632423543772) gives ELU_α on the whole grid; E of its square is the second moment.',
        'zh-cn': 'elu(zs, 1.6732632423543772) 在整个网格上给出 ELU_α；对它的平方取 E 就是二阶矩。',
      },
      {
        en: '1 / sqrt(E(elu(zs, 1.6732632423543772) .^ 2)) ≈ 1.0507, SELU’s λ.',
        'zh-cn': '1 / sqrt(E(elu(zs, 1.6732632423543772) .^ 2)) ≈ 1.0507，正是 SELU 的 λ。',
      },
    ],
    solution: '1 / sqrt(E(elu(zs, 1.6732632423543772) .^ 2))',
    alternatives: [
      'a = 1.6732632423543772\nsqrt(1 / E(elu(zs, a) .^ 2))',
      'a = 1.6732632423543772\n1 / sqrt(0.5 + a^2 * (exp(2) * (1 - erf(sqrt(2))) / 2 - 2 * exp(0.5) * (1 - erf(1 / sqrt(2))) / 2 + 0.5))',
      '1.0507',
    ],
    wrong: ['1 / sqrt(E(elu(zs) .^ 2))', 'sqrt(E(elu(zs, 1.6732632423543772) .^ 2))', '1 / E(elu(zs, 1.6732632423543772) .^ 2)'],
    cheats: ['selu(1)', "selu'(1)"],
  },
];
