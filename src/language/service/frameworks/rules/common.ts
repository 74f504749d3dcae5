/** Registry-id groups and small helpers the rules share. */
import type { Expr } from '../ir';
import type { FileModel } from '../model';

export const SOFTMAX = ['softmax'];
export const LOG_SOFTMAX = ['log_softmax'];
export const SIGMOID = ['sigmoid'];
export const RELU_FAMILY = ['relu', 'leaky_relu', 'prelu', 'relu6', 'elu', 'celu', 'gelu', 'gelu_tanh', 'silu', 'swish', 'mish', 'hard_swish'];
export const SATURATING = ['sigmoid', 'tanh', 'hard_sigmoid', 'hard_tanh', 'softsign', 'log_sigmoid'];

/** The source text of an expression. */
export const src = (m: FileModel, e: Expr): string => m.file.text.slice(e.span.start, e.span.end);

/** Is this loss one of `paths` — called directly (`F.cross_entropy(...)`) or through an instance (`criterion(...)`, `nn.CrossEntropyLoss()(...)`)? */
export function lossCall(m: FileModel, call: Extract<Expr, { kind: 'call' }>, functions: readonly string[], classes: readonly string[]): { kind: 'function' } | { kind: 'instance'; ctor: Extract<Expr, { kind: 'call' }>; viaVariable: boolean } | undefined {
  const p = m.path(call.callee);
  if (p !== undefined && functions.includes(p)) return { kind: 'function' };
  if (call.callee.kind === 'call') {
    const q = m.path(call.callee.callee);
    if (q !== undefined && classes.includes(q)) return { kind: 'instance', ctor: call.callee, viaVariable: false };
  }
  const held = m.follow(call.callee);
  if (held !== call.callee && held.kind === 'call') {
    const q = m.path(held.callee);
    if (q !== undefined && classes.includes(q)) return { kind: 'instance', ctor: held, viaVariable: true };
  }
  return undefined;
}

/** The ids of what a layer expression in a container applies (`nn.ReLU()`, `layers.Dense(8, activation="relu")`, `layers.Activation("tanh")`). */
export function layerActivation(m: FileModel, layer: Expr): string | undefined {
  if (layer.kind !== 'call') return undefined;
  const ids = m.ids(layer.callee);
  if (ids.length === 1) return ids[0];
  const p = m.path(layer.callee) ?? '';
  const kw = layer.keywords.find((k) => k.name === 'activation')?.value;
  const first = p.endsWith('.Activation') ? layer.args[0] : undefined;
  const s = kw ?? first;
  if (s?.kind === 'string') return KERAS_STRING_IDS[s.value];
  if (s?.kind === 'none') return 'identity';
  if (s) {
    const idsOf = m.ids(s);
    if (idsOf.length === 1) return idsOf[0];
  }
  if (/\.(Dense|Conv[123]D|Conv[123]DTranspose)$/.test(p) && !kw) return 'identity';
  return undefined;
}

/** Keras activation strings → ids (the subset the rules reason about). */
const KERAS_STRING_IDS: Readonly<Record<string, string>> = {
  relu: 'relu', sigmoid: 'sigmoid', tanh: 'tanh', softmax: 'softmax', linear: 'identity', selu: 'selu', elu: 'elu',
  leaky_relu: 'leaky_relu', gelu: 'gelu', silu: 'silu', swish: 'silu', hard_sigmoid: 'hard_sigmoid', softsign: 'softsign',
  relu6: 'relu6', mish: 'mish', log_softmax: 'log_softmax',
};

/** Whether a layer is a normalisation layer (BatchNorm, LayerNorm, GroupNorm, …). */
export function isNormalisation(m: FileModel, layer: Expr): boolean {
  if (layer.kind !== 'call') return false;
  const p = m.path(layer.callee) ?? '';
  return /\.(BatchNorm[123]d|LayerNorm|GroupNorm|InstanceNorm[123]d|BatchNormalization|LayerNormalization|GroupNormalization|UnitNormalization|RMSNorm)$/.test(p);
}

/** Every activation id the file applies, from calls, layers and Keras strings alike. */
export function activationsInFile(m: FileModel): Set<string> {
  const out = new Set<string>();
  for (const c of m.calls()) {
    for (const id of m.ids(c.callee)) out.add(id);
    const a = layerActivation(m, c);
    if (a && a !== 'identity') out.add(a);
    for (const k of c.keywords) if (k.name === 'activation' && k.value.kind !== 'string') for (const id of m.ids(k.value)) out.add(id);
  }
  return out;
}

/** Tensor methods that change only the shape or dtype: `model(x).squeeze(1)` still carries the model's output. */
const SHAPE_ONLY = new Set(['squeeze', 'unsqueeze', 'view', 'reshape', 'flatten', 'float', 'double', 'contiguous']);

export function unwrapShape(e: Expr): Expr {
  let cur = e;
  while (cur.kind === 'call' && cur.callee.kind === 'attr' && SHAPE_ONLY.has(cur.callee.name)) cur = cur.callee.object;
  return cur;
}
