/** Every pitfall rule, in the order their settings are listed. */
import { deepSaturating, inplaceReluRule, regressionOutput } from './architecture';
import { kaimingMismatch, seluSetup, xavierRelu } from './init';
import { kerasLogits } from './kerasLogits';
import { sigmoidBce } from './sigmoidBce';
import { doubleSoftmax, logSoftmax, softmaxDim } from './softmax';
import type { PitfallRule } from './types';

export type { Finding, PitfallFix, PitfallRule, TextEdit } from './types';

export const PITFALL_RULES: readonly PitfallRule[] = [
  doubleSoftmax,
  logSoftmax,
  sigmoidBce,
  softmaxDim,
  kerasLogits,
  xavierRelu,
  kaimingMismatch,
  seluSetup,
  deepSaturating,
  inplaceReluRule,
  regressionOutput,
];
