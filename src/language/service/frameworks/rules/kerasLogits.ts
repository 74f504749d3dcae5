/**
 * Keras: a softmax (or sigmoid) output layer with a loss told `from_logits=True` applies the
 * squashing twice; a linear output with a loss that expects probabilities (the default,
 * `from_logits=False`) treats logits as probabilities.
 */
import { n } from '../../../docs/frameworks/types';
import type { Expr } from '../ir';
import type { Call, FileModel } from '../model';
import { layerActivation } from './common';
import type { Finding, PitfallRule } from './types';

const LOSS_CLASSES = /\.(SparseCategoricalCrossentropy|CategoricalCrossentropy|BinaryCrossentropy)$/;
const LOSS_STRINGS = /^(sparse_categorical_crossentropy|categorical_crossentropy|binary_crossentropy)$/;

/** The output activation of a Keras model built in the file, and the layer that sets it. */
function outputActivation(m: FileModel, model: Expr): { id: string; layer: Call } | undefined {
  const layers = m.layersOf(model);
  if (!layers) return undefined;
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i];
    if (l.kind !== 'call') return undefined;
    const p = m.path(l.callee) ?? '';
    // Layers that pass values through unchanged do not decide the output's activation.
    if (/\.(Dropout|Flatten|Reshape|GaussianNoise|AlphaDropout|SpatialDropout[123]D|ActivityRegularization)$/.test(p)) continue;
    const id = layerActivation(m, l);
    return id ? { id, layer: l } : undefined;
  }
  return undefined;
}

export const kerasLogits: PitfallRule = {
  id: 'kerasLogits',
  severity: 'warning',
  chapter: '03-softmax',
  check(m) {
    const out: Finding[] = [];
    for (const c of m.calls()) {
      if (c.callee.kind !== 'attr' || c.callee.name !== 'compile' || c.splat) continue;
      const act = outputActivation(m, c.callee.object);
      if (!act) continue;
      const loss = c.keywords.find((k) => k.name === 'loss')?.value;
      if (!loss) continue;
      let fromLogits: boolean | undefined;
      let flag: Expr | undefined;
      let lossCall: Call | undefined;
      if (loss.kind === 'string' && LOSS_STRINGS.test(loss.value)) fromLogits = false;
      else if (loss.kind === 'call' && LOSS_CLASSES.test(m.path(loss.callee) ?? '') && !loss.splat) {
        lossCall = loss;
        const kw = loss.keywords.find((k) => k.name === 'from_logits');
        if (!kw) fromLogits = loss.args.length === 0 ? false : undefined;
        else if (kw.value.kind === 'bool') {
          fromLogits = kw.value.value;
          flag = kw.value;
        }
      }
      if (fromLogits === undefined) continue;
      const squashing = act.id === 'softmax' || act.id === 'sigmoid';
      if (fromLogits && squashing && flag) {
        out.push({
          rule: 'kerasLogits',
          span: flag.span,
          message: n(
            `The model ends in ${act.id}, so it outputs probabilities, but the loss is told from_logits=True and applies ${act.id} again.`,
            `模型以 ${act.id} 结尾，输出的是概率，但损失函数设置了 from_logits=True，会再做一次 ${act.id}。`,
          ),
          fixes: [{ title: n('Set from_logits=False', '设为 from_logits=False'), edits: [{ start: flag.span.start, end: flag.span.end, newText: 'False' }], preferred: true }],
        });
      } else if (!fromLogits && act.id === 'identity') {
        const close = lossCall ? lossCall.argsSpan.end - 1 : undefined;
        out.push({
          rule: 'kerasLogits',
          span: loss.span,
          message: n(
            'The model’s last layer has no activation, so it outputs logits, but this loss expects probabilities (from_logits=False). Pass from_logits=True.',
            '模型最后一层没有激活函数，输出的是 logits，但这个损失函数期望概率（from_logits=False）。请传入 from_logits=True。',
          ),
          fixes:
            lossCall && close !== undefined && !flag
              ? [{ title: n('Pass from_logits=True', '传入 from_logits=True'), edits: [{ start: close, end: close, newText: 'from_logits=True' }], preferred: true }]
              : flag
                ? [{ title: n('Set from_logits=True', '设为 from_logits=True'), edits: [{ start: flag.span.start, end: flag.span.end, newText: 'True' }], preferred: true }]
                : [],
        });
      }
    }
    return out;
  },
};
