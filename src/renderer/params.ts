/**
 * Slider ranges for activation parameters. The registry states a default and a check for
 * each parameter but no range, so the range is derived from the default: [0, 3·default]
 * for positive defaults (at least [0, 1]), symmetric around it otherwise, with the lower
 * end nudged up when the parameter's own check rejects it (celu's α = 0). Parameters whose
 * default is a sentinel rather than a scale (softplus's threshold = the largest double,
 * meaning "off") get no slider.
 */
import type { ParamSpec } from '../core/types';

export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export function sliderRange(spec: ParamSpec): SliderRange | undefined {
  const d = spec.default;
  if (!Number.isFinite(d) || Math.abs(d) > 1e6) return undefined;
  let min: number;
  let max: number;
  if (d > 0) {
    min = 0;
    max = Math.max(1, 3 * d);
  } else if (d < 0) {
    min = 3 * d;
    max = Math.max(1, -d);
  } else {
    min = -1;
    max = 1;
  }
  const step = (max - min) / 300;
  if (spec.check) {
    while (spec.check(min) !== undefined && min < d) min += step;
    while (spec.check(max) !== undefined && max > d) max -= step;
  }
  return { min, max, step };
}
