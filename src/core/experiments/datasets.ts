/**
 * Toy 2-D classification data in the spirit of TensorFlow Playground, inside [−1, 1]²
 * (labels 0 and 1, seeded, balanced):
 * - `xor`: label 1 when x·y > 0 (points kept a little away from the axes);
 * - `circle`: label 1 inside radius 0.5, 0 in the ring 0.7…1;
 * - `spiral`: two interleaved spirals, r = t, angle = 1.75·2π·t + class·π;
 * - `gaussian`: two blobs N((±0.4, ±0.4), 0.25²).
 */
import { ActivationError } from '../types';
import type { Random } from './random';

export const DATASETS = ['xor', 'circle', 'spiral', 'gaussian'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface Dataset {
  readonly name: DatasetName;
  readonly n: number;
  /** n × 2, row-major. */
  readonly X: Float64Array;
  readonly y: Float64Array;
}

export function isDatasetName(name: string): name is DatasetName {
  return (DATASETS as readonly string[]).includes(name);
}

export function makeDataset(name: string, n: number, rng: Random): Dataset {
  if (!isDatasetName(name)) {
    throw new ActivationError('race', 'dataset', `unknown dataset "${name}"; choose one of ${DATASETS.join(', ')}`);
  }
  const X = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    let a = 0;
    let b = 0;
    switch (name) {
      case 'xor': {
        const pad = 0.05;
        const sx = rng.uniform() < 0.5 ? -1 : 1;
        const sy = label === 1 ? sx : -sx;
        a = sx * rng.range(pad, 1);
        b = sy * rng.range(pad, 1);
        break;
      }
      case 'circle': {
        const r = label === 1 ? 0.5 * Math.sqrt(rng.uniform()) : rng.range(0.7, 1);
        const t = rng.range(0, 2 * Math.PI);
        a = r * Math.cos(t);
        b = r * Math.sin(t);
        break;
      }
      case 'spiral': {
        const t = rng.range(0.05, 1);
        const angle = 1.75 * 2 * Math.PI * t + label * Math.PI;
        a = t * Math.cos(angle) + 0.02 * rng.normal();
        b = t * Math.sin(angle) + 0.02 * rng.normal();
        break;
      }
      case 'gaussian': {
        const c = label === 1 ? 0.4 : -0.4;
        a = c + 0.25 * rng.normal();
        b = c + 0.25 * rng.normal();
        break;
      }
    }
    X[2 * i] = a;
    X[2 * i + 1] = b;
    y[i] = label;
  }
  return { name, n, X, y };
}
