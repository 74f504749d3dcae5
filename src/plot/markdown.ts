/** Small Markdown builders for experiment reports. */

/** Escapes the characters that would break a table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${columns.map(cell).join(' | ')} |`;
  const rule = `|${columns.map(() => ' --- ').join('|')}|`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** An SVG as a Markdown image with a data URI, so a Markdown output can carry its figure. */
export function markdownImage(svg: string, alt: string): string {
  const uri = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `![${alt.replace(/[[\]]/g, '')}](${uri})`;
}

/** A number with `digits` significant digits, exponent form when very small or large. */
export function num(x: number, digits = 3): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e6) {
    const [m, e] = x.toExponential(digits - 1).split('e');
    return `${m}e${Number(e)}`;
  }
  return String(Number(x.toPrecision(digits)));
}
