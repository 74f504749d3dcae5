/** Report of the vanishing-gradient experiment: table, reading, log-scale chart. */
import type { VanishingResult } from '../../core/experiments/vanishing';
import { num } from '../markdown';
import type { Report } from '../report';

export function vanishingReport(r: VanishingResult): Report {
  const rows = r.entries.map((e) => {
    const mean = e.meanSlope.reduce((s, v) => s + v, 0) / e.meanSlope.length;
    const max = Math.max(...e.maxSlope);
    return [e.label, r.init, num(mean), num(max), num(e.gradNorm[0]), num(e.factor)];
  });
  const notes: string[] = [
    `Each of the ${r.depth} layers (width ${r.width}, ${r.init === 'he' ? 'He' : 'Xavier'} initialisation) multiplies the backward gradient by f′(z) and by Wᵀ. The last column is the average factor per layer; the gradient at the input is that factor to the power ${r.depth}.`,
  ];
  const sig = r.entries.find((e) => e.label === 'sigmoid');
  if (sig) {
    notes.push(
      `sigmoid′ never exceeds 0.25 (largest seen here: ${num(Math.max(...sig.maxSlope))}), so even with weights that preserve the gradient's size, ${r.depth} layers shrink it to about ${num(sig.gradNorm[0])} of its size at the top, the vanishing gradient (梯度消失).`,
    );
  }
  const relu = r.entries.find((e) => e.label === 'relu');
  if (relu) {
    notes.push(
      r.init === 'he'
        ? `relu passes gradients with slope 1 where it is active; He initialisation (variance 2/fan_in) makes up for the half it zeroes, so the factor stays near 1 (${num(relu.factor)}).`
        : `relu with Xavier weights loses about a factor √2 per layer (${num(relu.factor)}) because it zeroes half the units; He initialisation (variance 2/fan_in) corrects exactly that: try vanishing([relu], ${r.depth}, "he").`,
    );
  }
  const x = Array.from({ length: r.depth + 1 }, (_, l) => l);
  return {
    title: `Vanishing gradients through ${r.depth} layers`,
    table: { columns: ['activation', 'init', 'mean f′ per layer', 'max f′', 'gradient at layer 0 (top = 1)', 'factor per layer'], rows },
    notes,
    chart: {
      version: 1,
      title: 'Gradient size by layer (log scale)',
      xLabel: 'layer (0 = input)',
      yLabel: 'RMS of ∂L/∂h',
      yScale: 'log',
      x,
      curves: r.entries.map((e) => ({ label: e.label, y: Array.from(e.gradNorm, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
  };
}
