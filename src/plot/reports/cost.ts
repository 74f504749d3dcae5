/** Report of the cost measurement. */
import type { CostEntry } from '../../core/experiments/cost';
import { num } from '../markdown';
import type { Report } from '../report';

export function costReport(entries: readonly CostEntry[], baselineNs: number, size: number, repeats: number): Report {
  const sorted = [...entries].sort((a, b) => a.nsPerElement - b.nsPerElement);
  return {
    title: 'Compute cost per element (计算开销)',
    table: {
      columns: ['activation', 'ns per element', 'relative to relu'],
      rows: sorted.map((e) => [e.label, num(e.nsPerElement), `${num(e.relative)}×`]),
    },
    notes: [
      `Measured here, in this engine: each activation over ${size.toLocaleString('en')} inputs in [−6, 6], median of ${repeats} timed runs; relu took ${num(baselineNs)} ns per element. Functions built on exp, log or erf cost several times a comparison; timings vary from run to run and machine to machine, the ranking much less.`,
    ],
  };
}
