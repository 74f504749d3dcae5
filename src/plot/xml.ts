/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with one decimal, clamped so a runaway value cannot produce a huge path. */
export function coord(value: number): string {
  const v = Math.max(-1e5, Math.min(1e5, value));
  return String(Math.round(v * 10) / 10);
}
