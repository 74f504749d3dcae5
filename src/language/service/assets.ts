/**
 * The build-time assets of the hover cards (`dist/hover-assets.json`, written by
 * `scripts/render-math.mjs`): SVG templates of every formula, derivative and mini plot,
 * and facts computed from the core. Templates carry colour tokens (`@text@`, `@f@`, …)
 * that are replaced by the palette of the editor's theme kind when a card is built.
 */
import { base64 } from './base64';

/** VS Code's colour theme kinds, as the assets name them. */
export type ThemeKind = 'light' | 'dark' | 'hc-dark' | 'hc-light';

export type Palette = Readonly<Record<string, string | number>>;

export interface CardFacts {
  /** Measured cost relative to ReLU, or null before the benchmark has written it. */
  readonly cost: number | null;
  /** E[f(X)] for X ~ N(0, 1) (scalar functions only). */
  readonly meanNormal?: number;
  /** Intervals where |f′| < threshold; null ends are unbounded. */
  readonly saturated?: readonly (readonly [number | null, number | null])[];
  /** Probability that a standard-normal input lands in a saturated interval. */
  readonly saturatedMass?: number;
}

export interface CardAssets {
  readonly formula: string;
  readonly derivative: string;
  /** f″ (the Hessian for vector functions). */
  readonly second: string;
  /** Absent for vector functions. */
  readonly plot?: string;
  readonly facts: CardFacts;
}

export interface HoverAssets {
  readonly generatedBy: string;
  readonly saturationThreshold: number;
  readonly themes: Readonly<Record<ThemeKind, Palette>>;
  readonly ids: Readonly<Record<string, CardAssets>>;
}

const uris = new WeakMap<Palette, Map<string, string>>();

/**
 * Replaces the colour tokens of a template and encodes it as a data URI. Memoised per
 * palette, because both languages' cards show the same images.
 */
export function themedDataUri(template: string, palette: Palette): string {
  let cache = uris.get(palette);
  if (!cache) uris.set(palette, (cache = new Map()));
  let uri = cache.get(template);
  if (uri === undefined) {
    const svg = template.replace(/@(\w+)@/g, (m, key: string) => (palette[key] !== undefined ? String(palette[key]) : m));
    uri = `data:image/svg+xml;base64,${base64(svg)}`;
    cache.set(template, uri);
  }
  return uri;
}
