/**
 * Headings and short phrases of the hover cards, completion and diagnostics, in both
 * languages. They live with the card content (not in the l10n bundle) because the
 * language service is pure and runs without vscode; the editor glue's own strings go
 * through `vscode.l10n.t`.
 */
import type { Localised } from './types';

const t = (en: string, zh: string): Localised => ({ en, 'zh-cn': zh });

export const UI = {
  formula: t('Formula', '公式'),
  derivative: t('Derivative', '导数'),
  secondDerivative: t('Second derivative', '二阶导数'),
  plot: t(
    'f, f′ and f″ on [−6, 6]; shaded: the saturated tails (|f′| < 0.01 all the way out)',
    'f、f′ 与 f″（区间 [−6, 6]）；阴影：饱和的尾部（一直到无穷远都有 |f′| < 0.01）',
  ),
  smoothness: t('Smoothness', '光滑性'),
  smoothNoJoins: t(
    'one formula built from smooth functions, with no joins, so every derivative exists everywhere',
    '由光滑函数构成的单一公式，没有分段衔接点，因此各阶导数处处存在',
  ),
  smoothThroughJoins: t(
    'f, f′ and f″ are continuous at every join ({0}); derivatives beyond f″ are not compared',
    'f、f′ 和 f″ 在每个衔接点（{0}）处都连续；更高阶的导数未作比较',
  ),
  jumpSubject: [t('f itself jumps', 'f 本身'), t('f′ jumps', 'f′'), t('f″ jumps', 'f″')],
  jumpFrom: t('from {0} to {1} at {2}', '在 {2} 处从 {0} 跳到 {1}'),
  jumpsAnd: t(' and ', '，'),
  jumpConsequence: [
    t('so neither f′ nor f″ exists there', '因此该处 f′ 与 f″ 都不存在'),
    t('so f″ does not exist there', '因此该处 f″ 不存在'),
    t('so f‴ does not exist there', '因此该处 f‴ 不存在'),
  ],
  withParams: t('with {0}', '取 {0} 时'),
  alongLine: t('along the line z = (t, 0)', '沿直线 z = (t, 0)'),
  joinConvention: t('Where f″ does not exist the kit returns 0, as PyTorch’s double backward does.', '在 f″ 不存在的点，本工具返回 0，与 PyTorch 的二次反向传播一致。'),
  smoothClass: {
    discontinuous: t('not continuous (C⁻¹)', '不连续（C⁻¹）'),
    C0: t('C⁰ (continuous)', 'C⁰（连续）'),
    C1: t('C¹ (continuous f′)', 'C¹（f′ 连续）'),
    C2: t('C² (continuous f″)', 'C²（f″ 连续）'),
    Cinf: t('C∞ (smooth)', 'C∞（光滑）'),
  },
  range: t('Range', '值域'),
  zeroCentred: t('Zero-centred', '零中心化'),
  yes: t('yes', '是'),
  no: t('no', '否'),
  meanNormal: t('mean output for x ~ N(0, 1): {0}', 'x ~ N(0, 1) 时的平均输出：{0}'),
  saturation: t('Saturation', '饱和'),
  saturatesWhere: t('|f′| < 0.01 for {0}', '{0} 时 |f′| < 0.01'),
  saturationMass: t('{0} of standard-normal inputs land there', '标准正态输入中有 {0} 落在这里'),
  neverSaturates: t('no saturated tail: far out on either side, |f′| stays at or above 0.01', '没有饱和的尾部：往两侧走得再远，|f′| 也不低于 0.01'),
  cost: t('Compute cost', '计算开销'),
  costMeasured: t('{0} × ReLU (measured)', 'ReLU 的 {0} 倍（实测）'),
  costClass: t('class: {0}', '类别：{0}'),
  costNotMeasured: t('not measured yet (`node bench/core.mjs --write-cost` measures it)', '尚未测量（运行 `node bench/core.mjs --write-cost` 进行测量）'),
  deadUnits: t('Dead-unit risk', '神经元死亡风险'),
  kink: t('At the kink', '尖角处的约定'),
  whenToUse: t('When to use', '适用场景'),
  mistakes: t('Common mistakes', '常见错误'),
  related: t('Related', '相关函数'),
  examples: t('Try', '试一试'),
  chapter: t('Exercises', '练习'),
  openChapter: t('open chapter {0}', '打开第 {0} 章'),
  parameters: t('Parameters', '参数'),
  defaultValue: t('default {0}', '默认 {0}'),
  learnable: t('learnable', '可学习'),
  parameterOf: t('Parameter `{0}` of {1}', '{1} 的参数 `{0}`'),
  derivativeOf: t('The derivative of {0}, written with a prime.', '{0} 的导数，用撇号表示。'),
  secondDerivativeOf: t('The second derivative of {0}, written with two primes.', '{0} 的二阶导数，用两个撇号表示。'),
  higherDerivativeOf: t(
    'Derivative number {1} of {0}: beyond f″ it comes from exact automatic differentiation of f″.',
    '{0} 的 {1} 阶导数：f″ 之后的各阶由对 f″ 的精确自动微分求得。',
  ),
  learnerValue: t('Your `{0}`', '你的 `{0}`'),
  notRunYet: t('Not evaluated yet: run the cell that defines it.', '尚未求值：请先运行定义它的单元格。'),
  vectorFunction: t('Takes a whole vector, not one number per element.', '作用于整个向量，而不是逐元素。'),
  frameworkIn: t('{0} — this is `{1}` in Activation Lab', '{0} —— 对应 Activation Lab 中的 `{1}`'),
  frameworkNote: t('In this framework', '该框架的约定'),
  risk: {
    none: t('none', '无'),
    low: t('low', '低'),
    high: t('high', '高'),
  },
  costClasses: {
    trivial: t('comparisons and multiplies', '只有比较和乘法'),
    exp: t('one exp or log', '一次 exp 或 log'),
    'multi-exp': t('several exp/log/tanh calls', '多次 exp/log/tanh'),
    erf: t('an error function', '需要误差函数'),
  },
  and: t(' and ', ' 与 '),
  diagnostics: {
    unknownName: t('Unknown name "{0}".', '未知名称“{0}”。'),
    didYouMean: t('Did you mean "{0}"?', '你是不是想写“{0}”？'),
    arity: t('{0} takes {1} argument(s), got {2}.', '{0} 需要 {1} 个参数，实际给了 {2} 个。'),
    syntax: t('Syntax error: {0}', '语法错误：{0}'),
  },
  completionParam: t('parameter of {0}', '{0} 的参数'),
  completionLearner: t('defined in an earlier cell', '在前面的单元格中定义'),
} as const;

/** Fills `{0}`, `{1}`, … in a localised template. */
export function fill(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
