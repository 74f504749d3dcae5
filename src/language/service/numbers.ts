/** Numbers for prose: four significant digits, a true minus sign. */
export function formatNumber(x: number): string {
  if (x === 0) return '0';
  const s = Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6 ? String(Number(x.toPrecision(4))) : x.toExponential(2);
  return s.replace(/^-/, '−');
}
