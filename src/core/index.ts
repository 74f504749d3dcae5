/**
 * The numeric core as a library (`dist/core.js` after `npm run build`). Pure math: no DOM, no
 * Node, no vscode. See docs/core.md for a tour.
 */
export * from './types';
export { REGISTRY, ACTIVATIONS, getActivation, hasActivation, suggestActivation } from './registry';
export { resolveParams } from './params';
export { evaluate, derivative, derivativeParam, scalarFunction } from './evaluate';
export { derivative2, mixedDerivative, hessian, hvp } from './second';
export { smoothnessOf, smoothnessOfPieces, smoothnessLabel, missingDerivatives, type Smoothness, type SmoothnessClass, type Jump, type MissingDerivative } from './smoothness';
export {
  softmax,
  softmin,
  logSoftmax,
  logsumexp,
  softmaxJacobian,
  logSoftmaxJacobian,
  softmaxVjp,
  softmaxJvp,
  logSoftmaxVjp,
  logSoftmaxJvp,
  logsumexpHessian,
  softmaxHvp,
} from './softmaxApi';
export type { Vector } from './vector/check';
export { maxout, type MaxoutResult } from './activations/maxout';
export { relativeCost, RELU_NS_PER_ELEMENT } from './cost';
export { erf, erfc } from './special/erf';
export { logistic, log1pexp, logSigmoid, logisticSecond } from './special/logistic';
