/** Number formatting for the readout and the slider labels. */

export function fmt(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e6) return x.toExponential(3);
  return String(Number(x.toPrecision(5)));
}

const GREEK: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ', temperature: 'T', threshold: 'threshold' };

/** Parameter name as the note writes it: `alpha` → α. */
export function paramSymbol(name: string): string {
  return GREEK[name] ?? name;
}
