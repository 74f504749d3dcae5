import measured from './generated/cost.json';

/**
 * Measured cost of each activation relative to ReLU (time per element over 1e6 doubles), from
 * `node bench/core.mjs --write-cost`. Hover cards show it next to the cost class in the
 * metadata. Example: relativeCost('relu') = 1; relativeCost('gelu') is several times that.
 * Returns undefined for an id the measurement does not cover.
 */
export function relativeCost(id: string): number | undefined {
  const c = (measured.cost as Readonly<Record<string, number>>)[id];
  return typeof c === 'number' ? c : undefined;
}

/** Nanoseconds per element of ReLU on the machine that measured the costs. */
export const RELU_NS_PER_ELEMENT: number = measured.reluNsPerElement;
