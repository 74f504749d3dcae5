/**
 * The single list of activations. Hover cards, completion, signature help, the CLI and the
 * docs all read this list; adding a function means adding its module here and nowhere else.
 */
import { celu } from './activations/celu';
import { elu } from './activations/elu';
import { geglu } from './activations/geglu';
import { gelu } from './activations/gelu';
import { geluTanh } from './activations/gelu_tanh';
import { glu } from './activations/glu';
import { hardSigmoid } from './activations/hard_sigmoid';
import { hardSwish } from './activations/hard_swish';
import { hardTanh } from './activations/hard_tanh';
import { hardshrink } from './activations/hardshrink';
import { identity } from './activations/identity';
import { leakyRelu } from './activations/leaky_relu';
import { logSigmoidActivation } from './activations/log_sigmoid';
import { logSoftmax } from './activations/log_softmax';
import { logsumexp } from './activations/logsumexp';
import { maxoutActivation } from './activations/maxout';
import { mish } from './activations/mish';
import { prelu } from './activations/prelu';
import { relu } from './activations/relu';
import { relu6 } from './activations/relu6';
import { selu } from './activations/selu';
import { sigmoid } from './activations/sigmoid';
import { silu } from './activations/silu';
import { softmax } from './activations/softmax';
import { softmin } from './activations/softmin';
import { softplus } from './activations/softplus';
import { softshrink } from './activations/softshrink';
import { softsign } from './activations/softsign';
import { squareplus } from './activations/squareplus';
import { step } from './activations/step';
import { swiglu } from './activations/swiglu';
import { swish } from './activations/swish';
import { tanh } from './activations/tanh';
import { tanhshrink } from './activations/tanhshrink';
import { ActivationError, type Activation } from './types';

export const REGISTRY: readonly Activation[] = [
  // From the study note, in its order.
  sigmoid,
  tanh,
  relu,
  leakyRelu,
  prelu,
  elu,
  maxoutActivation,
  swish,
  mish,
  softmax,
  // Beyond the note: what PyTorch, TensorFlow.js and JAX offer.
  silu,
  selu,
  celu,
  gelu,
  geluTanh,
  softplus,
  logSigmoidActivation,
  hardSigmoid,
  hardSwish,
  hardTanh,
  relu6,
  softsign,
  tanhshrink,
  softshrink,
  hardshrink,
  squareplus,
  identity,
  step,
  logSoftmax,
  softmin,
  logsumexp,
  glu,
  geglu,
  swiglu,
];

const BY_ID: ReadonlyMap<string, Activation> = new Map(REGISTRY.map((a) => [a.id, a]));

/** Every registry id, in registry order. */
export const ACTIVATIONS: readonly string[] = REGISTRY.map((a) => a.id);

/** Whether `id` names a registry activation. */
export function hasActivation(id: string): boolean {
  return BY_ID.has(id);
}

/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The closest registry id to `id` (ignoring case, `-` and `_`), if one is reasonably close. */
export function suggestActivation(id: string): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const target = norm(id);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of ACTIVATIONS) {
    const d = editDistance(target, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}

/** The activation with this id; an unknown id throws an `ActivationError` with a suggestion. */
export function getActivation(id: string): Activation {
  const found = BY_ID.get(id);
  if (found !== undefined) return found;
  const guess = suggestActivation(String(id));
  const hint = guess === undefined ? `known ids: ${ACTIVATIONS.join(', ')}` : `did you mean "${guess}"?`;
  throw new ActivationError('getActivation', 'id', `unknown activation "${String(id)}"; ${hint}`);
}
