/**
 * Chapter 12 — Mish: x·tanh(softplus(x)). Its dip below zero, the note's derivative
 * (right, but NaN from x ≈ 177.5 when evaluated literally) and a form that stays finite.
 */
import type { ExerciseSpec } from '../types';

export const exercises: readonly ExerciseSpec[] = [
  {
    id: 'mish-minimum',
    chapter: '12-mish',
    title: {
      en: 'Where does Mish reach its minimum?',
      'zh-cn': 'Mish 在哪里取到最小值？',
    },
    answer: { kind: 'value', reference: '-1.1924312178', precision: { decimals: 3 } },
    hints: [
      {
        en: 'Plot mish on [−4, 1]: the curve dips below zero and comes back. The minimum is where mish′ crosses zero.',
        'zh-cn': '在 [−4, 1] 上画出 mish：曲线先降到 0 以下再回升。最小值出现在 mish′ 穿过 0 的地方。',
      },
      {
        en: 'Evaluate mish\'(x) at a few points between −2 and −1 and halve the interval where the sign changes.',
        'zh-cn': '在 −2 与 −1 之间取几个点计算 mish\'(x)，在变号的区间里不断二分。',
      },
      {
        en: 'It is near x ≈ −1.19 (the minimum value there is ≈ −0.3088). Give x, not the value.',
        'zh-cn': '大约在 x ≈ −1.19（那里的最小值约为 −0.3088）。要填的是 x，而不是函数值。',
      },
    ],
    solution: '-1.1924',
    alternatives: ['-1.192', '-1.19243'],
    wrong: ['-0.3088', '0', '-1.5', '-1.19'],
  },
  {
    id: 'mish-note-overflow',
    chapter: '12-mish',
    title: {
      en: 'The first integer where the expanded Mish′ returns NaN',
      'zh-cn': '展开式 Mish′ 第一次返回 NaN 的整数',
    },
    answer: { kind: 'value', reference: '178', precision: { decimals: 0 } },
    hints: [
      {
        en: 'The notebook defines the expanded formula eˣω/δ² as `expanded`. Evaluate it at 100, 150, 200. When does it stop agreeing with mish\'(x)?',
        'zh-cn': '笔记本已把展开式 eˣω/δ² 定义为 `expanded`。在 100、150、200 处求值。它从什么时候起不再与 mish\'(x) 一致？',
      },
      {
        en: 'Doubles overflow above about e^709.8. δ² behaves like e^(4x) and eˣ·ω like e^(4x) as well; Infinity / Infinity is NaN.',
        'zh-cn': '双精度在约 e^709.8 以上溢出。δ² 的量级约为 e^(4x)，eˣ·ω 也是 e^(4x)；Infinity / Infinity 得 NaN。',
      },
      {
        en: '4x > 709.8 first holds for an integer at x = 178; check 177 and 178.',
        'zh-cn': '整数中第一个满足 4x > 709.8 的是 x = 178；检查一下 177 和 178。',
      },
    ],
    solution: '178',
    alternatives: ['177 + 1', 'ceil(709.79 / 4)'],
    wrong: ['177', '710', '709', '237'],
  },
  {
    id: 'mish-stable-derivative',
    chapter: '12-mish',
    title: {
      en: 'A Mish′ that stays finite everywhere',
      'zh-cn': '处处有限的 Mish′',
    },
    answer: {
      kind: 'function',
      name: 'g',
      reference: "mish'(x)",
      domain: [-20, 20],
      // Where the expanded formula of the study note overflows to NaN.
      points: [-1000, -40, 40, 177, 178, 200, 1000],
    },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'Use the chain rule on x·tanh(s(x)) with s = softplus: tanh(s) + x·(1 − tanh²(s))·s′(x).',
        'zh-cn': '对 x·tanh(s(x)) 用链式法则，s = softplus：tanh(s) + x·(1 − tanh²(s))·s′(x)。',
      },
      {
        en: 'softplus′(x) = σ(x). The builtins softplus, tanh and sigmoid never overflow, so nothing blows up.',
        'zh-cn': 'softplus′(x) = σ(x)。内置的 softplus、tanh、sigmoid 都不会溢出，所以整个式子不会爆掉。',
      },
      {
        en: 'Write `g(x) = tanh(softplus(x)) + x sigmoid(x) (1 - tanh(softplus(x))^2)`.',
        'zh-cn': '写成 `g(x) = tanh(softplus(x)) + x sigmoid(x) (1 - tanh(softplus(x))^2)`。',
      },
    ],
    solution: 'g(x) = tanh(softplus(x)) + x sigmoid(x) (1 - tanh(softplus(x))^2)',
    alternatives: [
      'g(x) = tanh(softplus(x)) + x sigmoid(x) sech(softplus(x))^2',
      's(x) = softplus(x)\ng(x) = tanh(s(x)) + x sigmoid(x) / cosh(s(x))^2',
    ],
    cheats: ["g(x) = mish'(x)", "f(x) = x tanh(softplus(x))\ng(x) = f'(x)"],
    wrong: [
      'g(x) = exp(x) (4 (x + 1) + 4 exp(2 x) + exp(3 x) + exp(x) (4 x + 6)) / (2 exp(x) + exp(2 x) + 2)^2',
      'g(x) = tanh(softplus(x))',
      'g(x) = tanh(softplus(x)) + x sigmoid(x)',
    ],
  },
  {
    id: 'mish-slope-at-zero',
    chapter: '12-mish',
    title: {
      en: 'Mish′(0)',
      'zh-cn': 'Mish′(0)',
    },
    answer: { kind: 'value', reference: '0.6', precision: { significant: 6 } },
    forbidden: [{ anyDerivative: true }],
    hints: [
      {
        en: 'At x = 0 the term x·σ(x)(1 − tanh²(softplus(x))) vanishes, leaving tanh(softplus(0)).',
        'zh-cn': '在 x = 0 处，x·σ(x)(1 − tanh²(softplus(x))) 这一项为 0，只剩 tanh(softplus(0))。',
      },
      {
        en: 'softplus(0) = ln 2, and tanh(ln 2) = (2 − 1/2)/(2 + 1/2).',
        'zh-cn': 'softplus(0) = ln 2，而 tanh(ln 2) = (2 − 1/2)/(2 + 1/2)。',
      },
    ],
    solution: 'tanh(log(2))',
    alternatives: ['0.6', '3 / 5', 'tanh(softplus(0))'],
    cheats: ["mish'(0)"],
    wrong: ['0.5', '1', '0', 'log(2)'],
  },
];
