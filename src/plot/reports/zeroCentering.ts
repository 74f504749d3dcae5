/** Report of the zero-centring experiment: output statistics and weight paths. */
import { TARGET, type OutputStats, type WeightPath } from '../../core/experiments/zeroCentering';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

export function zeroCenteringReport(stats: readonly OutputStats[], paths: readonly WeightPath[], locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const rows = stats.map((s) => {
    const p = paths.find((q) => q.label === s.label);
    return [
      s.label,
      num(s.mean, 4),
      num(s.variance, 4),
      `${Math.round(s.positive * 100)}%`,
      p ? `${Math.round(p.sameSign * 100)}%` : '',
      p ? (p.stepsToTarget > p.w1.length - 1 ? `> ${p.w1.length - 1}` : String(p.stepsToTarget)) : '',
      p ? p.signs : '',
    ];
  });
  const target = `(${TARGET[0]}, ${TARGET[1]})`;
  const notes = zh
    ? [
        '输入 x ~ N(0, 1)。输出均值远离 0，意味着下一层看到的输入都是同一个符号。',
        `一个神经元 y = w·a 有两个这样的输入，要学到目标 w* = ${target}。它的更新是 −lr·δ·a，δ 是同一个标量，所以当两个输入都为正时，两个权重每一步都朝同一方向移动（“同号更新”）：要让 w₁ 增大、w₂ 减小，只能走之字形路线（输出不是零中心化的后果）。零中心化的输入符号有正有负，可以更直接地到达目标。`,
      ]
    : [
        'Inputs x ~ N(0, 1). An output mean far from 0 means the next layer sees inputs of one sign.',
        `A neuron y = w·a with two such inputs learns the target w* = ${target}. Its update is −lr·δ·a with one scalar δ, so when both inputs are positive both weights move in the same direction on every step ("same-sign updates"): to raise w₁ and lower w₂ it has to zig-zag, the price of outputs that are not zero-centred (零中心化). Zero-centred inputs have mixed signs and head more directly there.`,
      ];
  const xs = paths.flatMap((p) => Array.from(p.w1));
  return {
    title: zh ? '零中心化的输出与权重更新的之字形' : 'Zero-centred outputs and the zig-zag of weight updates',
    table: {
      columns: zh
        ? ['激活函数', '输出均值', '输出方差', '输出 > 0', '同号更新', '到达 w* 的步数', '前几次更新的符号 (w₁w₂)']
        : ['activation', 'output mean', 'output variance', 'outputs > 0', 'same-sign updates', 'steps to reach w*', 'first update signs (w₁w₂)'],
      rows,
    },
    notes,
    chart: {
      version: 1,
      title: zh ? `(w₁, w₂) 从 (0, 0) 走向 w* = ${target} 的路径` : `Path of (w₁, w₂) from (0, 0) towards w* = ${target}`,
      xLabel: 'w₁',
      yLabel: 'w₂',
      x: [],
      xRange: [Math.min(-0.2, ...xs) - 0.1, Math.max(1.2, ...xs) + 0.1],
      curves: [
        ...paths.map((p) => ({ label: p.label, x: Array.from(p.w1), y: Array.from(p.w2) })),
        { label: zh ? '目标 w*' : 'target w*', x: [TARGET[0]], y: [TARGET[1]], points: true },
      ],
    },
  };
}
