/**
 * Report of the zero-centring study: the output statistics, the conditioning they give the
 * next layer, the steps its unit needs (averaged over seeds), and the share of one-sign updates
 * per example and per batch, so the reader can see which of the two explains the steps.
 */
import type { ZeroCenteringStudy } from '../../core/experiments/zeroCentering';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function stepsCell(s: ZeroCenteringStudy): string {
  const lo = Math.min(...s.stepsPerSeed);
  const hi = Math.max(...s.stepsPerSeed);
  const never = (n: number): boolean => n > s.steps;
  if (never(lo)) return `> ${s.steps}`;
  const range = lo === hi ? '' : ` (${lo}–${never(hi) ? `> ${s.steps}` : hi})`;
  return `${num(s.meanSteps)}${range}`;
}

export function zeroCenteringReport(studies: readonly ZeroCenteringStudy[], locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const first = studies[0];
  const n = first?.fanIn ?? 0;
  const seeds = first?.seeds ?? 0;
  const batch = first?.batch ?? 0;
  const rows = studies.map((s) => [
    s.label,
    num(s.stats.mean, 4),
    num(s.stats.variance, 4),
    num(s.conditioning.lambdaMax),
    num(s.conditioning.kappa),
    num(s.bestRate),
    stepsCell(s),
    pct(s.oneSignPerExample),
    pct(s.oneSignPerBatch),
  ]);
  // The worst-conditioned function shows the step limit most clearly: its best rate sits just below 2/λ_max.
  const worst = studies.reduce<ZeroCenteringStudy | undefined>((w, s) => (w === undefined || s.conditioning.kappa > w.conditioning.kappa ? s : w), undefined);
  const limitEn =
    worst && worst.conditioning.kappa > 2
      ? `The steps in the table grow with κ, and for ${worst.label} the best rate found, ${num(worst.bestRate)}, sits just below 2/λ_max = ${num(worst.conditioning.stableRate)}.`
      : 'The steps in the table grow with κ.';
  const limitZh =
    worst && worst.conditioning.kappa > 2
      ? `表中的步数随 κ 增长；${worst.label} 找到的最好学习率 ${num(worst.bestRate)} 恰好略低于 2/λ_max = ${num(worst.conditioning.stableRate)}。`
      : '表中的步数随 κ 增长。';
  const notes: string[] = [
    zh
      ? `输入 x ~ N(0, 1)。下一层的一个单元 y = w·a 读入 n = ${n} 个这样的输出，从 w = 0 出发，用每批 ${batch} 个样本的小批量梯度下降去学一个正负交替的目标 w* = (1, −1, 1, −1, …)。每个激活函数取一组学习率中最好的那个，步数是 ${seeds} 个随机种子的平均（括号里是最少与最多），“到达”指 ‖w − w*‖ ≤ 0.1‖w*‖。`
      : `Inputs x ~ N(0, 1). A unit of the next layer, y = w·a, reads n = ${n} such outputs and learns a target with mixed signs, w* = (1, −1, 1, −1, …), from w = 0 by mini-batch gradient descent (${batch} examples per step). Each activation gets the best of a range of learning rates; the steps are the mean over ${seeds} seeds (fewest–most in brackets), and "reached" means ‖w − w*‖ ≤ 0.1‖w*‖.`,
    zh
      ? `为什么均值要紧：这个单元损失的曲率（Hessian）是 E[a aᵀ] = v·I + m²·11ᵀ（m 为输出均值，v 为方差）。沿均值方向 (1, …, 1) 的特征值是 λ_max = v + n·m²，与它正交的每个方向都只有 v。步长超过约 2/λ_max，梯度下降就会沿均值方向发散，所以步长由均值方向决定；其他方向上的进展因此慢了 κ = λ_max/v 倍（条件数）。${limitZh}`
      : `Why the mean matters: the curvature (Hessian) of this unit's loss is E[a aᵀ] = v·I + m²·11ᵀ, with m the output mean and v its variance. Along the mean direction (1, …, 1) its eigenvalue is λ_max = v + n·m²; every direction orthogonal to it has only v. Gradient descent diverges along the mean direction once the step exceeds about 2/λ_max, so that direction sets the step, and progress in all the others is κ = λ_max/v times slower (the condition number). ${limitEn}`,
  ];
  const sig = studies.find((s) => s.label === 'sigmoid');
  if (sig) {
    const tanhBatch = studies.find((s) => s.label === 'tanh');
    const tanhEn = tanhBatch ? `; tanh: ${pct(tanhBatch.oneSignPerBatch)}` : '';
    const tanhZh = tanhBatch ? `；tanh：${pct(tanhBatch.oneSignPerBatch)}` : '';
    notes.push(
      zh
        ? `同号更新只对单个样本成立：输入全为正时，δ·a 的每个分量都与 δ 同号（sigmoid：${pct(sig.oneSignPerExample)} 的样本）。对一个批次求和时，各样本的 δ 有正有负，只有当误差本身有很大的分量落在均值方向上时，批次梯度才会全部同号（sigmoid：${pct(sig.oneSignPerBatch)} 的批次，因为步长接近 2/λ_max 时，权重沿均值方向来回摆动，这才是病态问题的“之”字形${tanhZh}）。`
        : `The one-sign picture holds per example: with inputs that are all positive, δ·a has δ's sign in every component (sigmoid: ${pct(sig.oneSignPerExample)} of examples). Summed over a batch, the examples' δ differ in sign, and a batch step has one sign only when the error itself has a large component along the mean direction (sigmoid: ${pct(sig.oneSignPerBatch)} of its batch steps, because with a step near 2/λ_max the weights keep swinging back and forth along that direction, the zig-zag of an ill-conditioned problem${tanhEn}).`,
    );
  }
  const tanh = studies.find((s) => s.label === 'tanh');
  const other = studies.find((s) => s.label !== 'sigmoid' && s.label !== 'tanh');
  if (tanh && other && other.oneSignPerExample < 0.5 && other.meanSteps > 1.5 * tanh.meanSteps) {
    notes.push(
      zh
        ? `符号解释不了步数：${other.label} 的输出可以为负，单个样本的同号更新只占 ${pct(other.oneSignPerExample)}，和 tanh（${pct(tanh.oneSignPerExample)}）一样少，却需要 ${num(other.meanSteps)} 步，而 tanh 只要 ${num(tanh.meanSteps)} 步。区别在于均值 ${num(other.stats.mean)}，它让 κ 变成 ${num(other.conditioning.kappa)}。`
        : `The signs do not explain the steps: ${other.label} can output negative numbers, so its single-example updates have one sign in ${pct(other.oneSignPerExample)} of cases, as rarely as tanh's (${pct(tanh.oneSignPerExample)}), yet it needs ${num(other.meanSteps)} steps to tanh's ${num(tanh.meanSteps)}. The difference is its mean, ${num(other.stats.mean)}, which makes κ = ${num(other.conditioning.kappa)}.`,
    );
  }
  notes.push(
    zh
      ? `零中心化的输出（tanh，或归一化层减去均值）去掉了那个大特征值，这就是它们有帮助的原因（LeCun、Bottou、Orr、Müller，《Efficient BackProp》，1998）。κ = 1 + n·m²/v 随输入个数增长：试试 zero_centering(relu, 2) 与 zero_centering(relu, 64)。`
      : `Zero-centred outputs (tanh, or a normalisation layer that subtracts the mean) remove the large eigenvalue; that is why they help (LeCun, Bottou, Orr and Müller, "Efficient BackProp", 1998). κ = 1 + n·m²/v grows with the number of inputs: try zero_centering(relu, 2) and zero_centering(relu, 64).`,
  );
  return {
    title: zh ? '输出均值、下一层的条件数与学习速度' : 'Output mean, the next layer’s conditioning, and learning speed',
    table: {
      columns: zh
        ? ['激活函数', '输出均值 m', '输出方差 v', 'λ_max = v + n·m²', '条件数 κ', '最好的学习率', `到达 w* 的步数（${seeds} 个种子）`, '同号更新：单个样本', `同号更新：每批 ${batch} 个`]
        : ['activation', 'output mean m', 'output variance v', 'λ_max = v + n·m²', 'condition number κ', 'best learning rate', `steps to reach w* (${seeds} seeds)`, 'one-sign updates: per example', `one-sign updates: per batch of ${batch}`],
      rows,
    },
    notes,
    chart: {
      version: 1,
      title: zh ? '‖w − w*‖/‖w*‖ 随步数的变化（各自最好的学习率，种子平均，对数刻度）' : '‖w − w*‖/‖w*‖ by step (each at its best learning rate, mean over seeds, log scale)',
      xLabel: zh ? '步数' : 'step',
      yLabel: '‖w − w*‖/‖w*‖',
      yScale: 'log',
      x: Array.from({ length: (first?.steps ?? 0) + 1 }, (_, s) => s),
      curves: studies.map((s) => ({ label: s.label, y: Array.from(s.meanError, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
  };
}
