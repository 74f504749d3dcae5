/** An activation as the experiments use it: f and f′ with its parameters bound. */
import { resolveParams } from '../params';
import { getActivation } from '../registry';
import { ActivationError, type Params } from '../types';

export interface BoundActivation {
  readonly id: string;
  /** What to call it in tables and legends, e.g. `leaky_relu` or `leaky_relu(α=0.2)`. */
  readonly label: string;
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
  /** f over a whole array (the core's fast kernel when it has one). */
  readonly fArray: (xs: Float64Array, out: Float64Array) => void;
  /** f′ over a whole array. */
  readonly dfArray: (xs: Float64Array, out: Float64Array) => void;
}

/** The registry's scalar activation `id` with `params` (defaults filled in, checked). */
export function bindActivation(id: string, params?: Params, experiment = 'experiment'): BoundActivation {
  const a = getActivation(id);
  if (a.kind !== 'scalar') {
    throw new ActivationError(experiment, id, 'needs an element-wise activation; softmax and other vector functions act on a whole layer');
  }
  const p = resolveParams(a, params);
  const custom = params && Object.keys(params).length > 0;
  const label = custom ? `${id}(${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ')})` : id;
  const f = (x: number): number => a.f(x, p);
  const df = (x: number): number => a.df(x, p);
  const kernel = a.kernel;
  const dkernel = a.dkernel;
  return {
    id,
    label,
    f,
    df,
    fArray: kernel
      ? (xs, out) => kernel(xs, out, p)
      : (xs, out) => {
          for (let i = 0; i < xs.length; i++) out[i] = a.f(xs[i], p);
        },
    dfArray: dkernel
      ? (xs, out) => dkernel(xs, out, p)
      : (xs, out) => {
          for (let i = 0; i < xs.length; i++) out[i] = a.df(xs[i], p);
        },
  };
}
