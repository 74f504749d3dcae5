/** Report of the stability comparison: naive formula against the core. */
import type { StabilityRow } from '../../core/experiments/stability';
import type { Report } from '../report';

export function stabilityReport(name: string, rows: readonly StabilityRow[]): Report {
  const reasons = [...new Set(rows.filter((r) => r.verdict !== 'ok').map((r) => `${r.formula}: ${r.why}.`))];
  return {
    title: `Numerical stability of ${name}: the textbook formula against the core`,
    table: {
      columns: ['formula', 'input', 'naive', 'core', 'verdict'],
      rows: rows.map((r) => [r.formula, r.input, r.naive, r.core, r.verdict]),
    },
    notes: reasons.length > 0 ? reasons : ['The literal formula agrees with the core at every input tried.'],
  };
}
