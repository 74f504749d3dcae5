/** Card prose for every registry id, gathered from the per-family files. */
import type { ActivationDoc } from '../types';
import { GATED_FAMILY } from './gatedFamily';
import { OTHER_FAMILY } from './otherFamily';
import { RELU_FAMILY } from './reluFamily';
import { SIGMOID_FAMILY } from './sigmoidFamily';
import { SMOOTH_FAMILY } from './smoothFamily';
import { VECTOR_FAMILY } from './vectorFamily';

export const ACTIVATION_DOCS: Readonly<Record<string, ActivationDoc>> = {
  ...SIGMOID_FAMILY,
  ...RELU_FAMILY,
  ...SMOOTH_FAMILY,
  ...OTHER_FAMILY,
  ...VECTOR_FAMILY,
  ...GATED_FAMILY,
};
