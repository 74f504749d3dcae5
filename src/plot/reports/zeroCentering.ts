/** Report of the zero-centring experiment: output statistics and weight paths. */
import { TARGET, type OutputStats, type WeightPath } from '../../core/experiments/zeroCentering';
import { num } from '../markdown';
import type { Report } from '../report';

export function zeroCenteringReport(stats: readonly OutputStats[], paths: readonly WeightPath[]): Report {
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
  const notes = [
    'Inputs x ~ N(0, 1). An output mean far from 0 means the next layer sees inputs of one sign.',
    `A neuron y = w·a with two such inputs learns the target w* = (${TARGET[0]}, ${TARGET[1]}). Its update is −lr·δ·a with one scalar δ, so when both inputs are positive both weights move in the same direction on every step ("same-sign updates"): to raise w₁ and lower w₂ it has to zig-zag (不是零中心化). Zero-centred inputs have mixed signs and head straight there.`,
  ];
  const xs = paths.flatMap((p) => Array.from(p.w1));
  return {
    title: 'Zero-centred outputs and the zig-zag of weight updates',
    table: { columns: ['activation', 'output mean', 'output variance', 'outputs > 0', 'same-sign updates', 'steps to reach w*', 'first update signs (w₁w₂)'], rows },
    notes,
    chart: {
      version: 1,
      title: `Path of (w₁, w₂) from (0, 0) towards w* = (${TARGET[0]}, ${TARGET[1]})`,
      xLabel: 'w₁',
      yLabel: 'w₂',
      x: [],
      xRange: [Math.min(-0.2, ...xs) - 0.1, Math.max(1.2, ...xs) + 0.1],
      curves: [
        ...paths.map((p) => ({ label: p.label, x: Array.from(p.w1), y: Array.from(p.w2) })),
        { label: 'target w*', x: [TARGET[0]], y: [TARGET[1]], points: true },
      ],
    },
  };
}
