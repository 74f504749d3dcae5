/** Report of the activation race: final numbers, loss curves and decision boundaries. */
import type { RaceResult } from '../../core/experiments/race';
import { renderBoundariesSvg } from '../heatmap';
import { num } from '../markdown';
import type { Report } from '../report';

export function raceReport(r: RaceResult): Report {
  const rows = r.entries.map((e) => {
    const half = e.loss.findIndex((l) => l < e.loss[0] / 2);
    return [e.label, e.init, num(e.loss[0]), num(e.loss[e.loss.length - 1]), `${Math.round(e.accuracy * 100)}%`, half < 0 ? `> ${r.epochs}` : String(half + 1)];
  });
  const best = [...r.entries].sort((a, b) => a.loss[a.loss.length - 1] - b.loss[b.loss.length - 1])[0];
  return {
    title: `Race on "${r.dataset.name}": ${r.sizes.join('-')} network, ${r.epochs} epochs`,
    table: { columns: ['activation', 'init', 'loss at start', 'final loss', 'accuracy', 'epochs to halve the loss'], rows },
    notes: [
      `Same data (${r.dataset.n} points), same seed, same network for every activation; full-batch Adam, learning rate ${r.lr}, binary cross-entropy. He initialisation for the ReLU family, Xavier for squashing functions.`,
      best ? `Lowest final loss: ${best.label}.` : '',
    ].filter((s) => s !== ''),
    chart: {
      version: 1,
      title: 'Training loss (log scale)',
      xLabel: 'epoch',
      yLabel: 'loss',
      yScale: 'log',
      x: Array.from({ length: r.epochs }, (_, e) => e + 1),
      curves: r.entries.map((e) => ({ label: e.label, y: Array.from(e.loss, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
    figures: [
      {
        svg: renderBoundariesSvg(
          r.entries.map((e) => ({ label: e.label, grid: e.grid })),
          { resolution: r.resolution, X: r.dataset.X, y: r.dataset.y },
          { title: 'Decision boundaries after training' },
        ),
        alt: `Decision boundaries of ${r.entries.map((e) => e.label).join(', ')} on ${r.dataset.name}`,
      },
    ],
  };
}
