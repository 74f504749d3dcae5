/**
 * Softmax pitfalls: softmax before a loss that applies its own (double softmax), log of a
 * softmax instead of log-softmax, and softmax without a dimension.
 */
import { n } from '../../../docs/frameworks/types';
import type { Expr } from '../ir';
import { returnsOf, type Call, type FileModel } from '../model';
import { LOG_SOFTMAX, SOFTMAX, lossCall, layerActivation, src, unwrapShape } from './common';
import { edit, type Finding, type PitfallRule } from './types';

const CE_FUNCTIONS = ['torch.nn.functional.cross_entropy', 'torch.nn.functional.nll_loss'];
const CE_CLASSES = ['torch.nn.CrossEntropyLoss'];

interface Source {
  /** The softmax application, or the layer that applies it. */
  readonly at: Expr;
  readonly kind: 'softmax' | 'log_softmax';
  /** The softmax call applied inline in the loss argument, or through a variable; the other cases have no safe fix. */
  readonly call?: Call;
  readonly input?: Expr;
  readonly viaVariable?: string;
}

/** Where the loss's input comes out of a softmax or log-softmax, if it does. */
function softmaxSource(m: FileModel, e: Expr): Source | undefined {
  const direct = (x: Expr): Source | undefined => {
    const sm = m.activationApplied(x, SOFTMAX, ['softmax']);
    if (sm) return { at: sm.call, kind: 'softmax', call: sm.call, input: sm.input };
    const lsm = m.activationApplied(x, LOG_SOFTMAX, ['log_softmax']);
    if (lsm) return { at: lsm.call, kind: 'log_softmax', call: lsm.call, input: lsm.input };
    return undefined;
  };
  const inline = direct(e);
  if (inline) return inline;
  const held = m.follow(e);
  if (held !== e) {
    const viaVar = direct(held);
    if (viaVar) return { ...viaVar, viaVariable: src(m, e) };
    if (held.kind === 'call') return modelSource(m, held);
  }
  if (e.kind === 'call') return modelSource(m, e);
  return undefined;
}

/** `model(x)` where the model's last layer or its forward's return is a softmax. */
function modelSource(m: FileModel, call: Call): Source | undefined {
  const layers = m.layersOf(call.callee);
  const last = layers?.[layers.length - 1];
  if (last) {
    const id = layerActivation(m, last);
    if (id === 'softmax' || id === 'log_softmax') return { at: last, kind: id };
  }
  const fwd = m.forwardOf(call.callee);
  if (fwd) {
    for (const r of returnsOf(fwd)) {
      const s = m.activationApplied(r, [...SOFTMAX, ...LOG_SOFTMAX], ['softmax', 'log_softmax']);
      if (s) return { at: s.call, kind: m.ids(s.call.callee).includes('log_softmax') || (s.call.callee.kind === 'attr' && s.call.callee.name === 'log_softmax') ? 'log_softmax' : 'softmax' };
    }
  }
  return undefined;
}

export const doubleSoftmax: PitfallRule = {
  id: 'doubleSoftmax',
  severity: 'warning',
  chapter: '03-softmax',
  check(m) {
    const out: Finding[] = [];
    for (const c of m.calls()) {
      const loss = lossCall(m, c, CE_FUNCTIONS, CE_CLASSES);
      if (!loss || c.splat) continue;
      const first = c.args[0] ?? c.keywords.find((k) => k.name === 'input')?.value;
      if (!first) continue;
      const lossName = m.path(c.callee) === 'torch.nn.functional.nll_loss' ? 'nll_loss' : 'cross_entropy';
      const s = softmaxSource(m, unwrapShape(first));
      // nll_loss expects log-probabilities: log_softmax before it is right.
      if (!s || (lossName === 'nll_loss' && s.kind === 'log_softmax')) continue;
      const fixes = [];
      if (s.call && s.input && lossName === 'cross_entropy') {
        // Inline: drop the softmax around the logits. Through a variable: pass the logits to the loss instead.
        const target = s.viaVariable !== undefined ? first : s.call;
        fixes.push({
          title: n(`Pass the logits \`${src(m, s.input)}\` to the loss (it applies log-softmax itself)`, `把 logits \`${src(m, s.input)}\` 直接传给损失函数（它自己会做 log-softmax）`),
          edits: [edit(target.span, src(m, s.input))],
          preferred: true,
        });
      }
      const what = s.kind === 'softmax' ? 'softmax' : 'log_softmax';
      out.push({
        rule: 'doubleSoftmax',
        span: s.viaVariable !== undefined ? first.span : s.at.span,
        message:
          lossName === 'nll_loss'
            ? n('nll_loss expects log-probabilities: this passes probabilities from softmax. Use log_softmax, or cross_entropy on the logits.', 'nll_loss 期望的是对数概率：这里传入的是 softmax 得到的概率。请改用 log_softmax，或对 logits 使用 cross_entropy。')
            : n(
                `${what} before cross_entropy / CrossEntropyLoss: the loss applies log-softmax to its input itself, so the probabilities are squashed twice and the gradients shrink. Pass the raw logits.`,
                `在 cross_entropy / CrossEntropyLoss 之前做了 ${what}：该损失函数会自己对输入做 log-softmax，于是概率被压缩了两次，梯度变小。请直接传入原始 logits。`,
              ),
        fixes,
      });
    }
    return dedupe(out);
  },
};

export const logSoftmax: PitfallRule = {
  id: 'logSoftmax',
  severity: 'warning',
  chapter: '03-softmax',
  check(m) {
    const out: Finding[] = [];
    const LOGS = ['torch.log', 'tensorflow.math.log', 'tensorflow.log', '@tensorflow/tfjs.log', 'jax.numpy.log', 'numpy.log'];
    for (const c of m.calls()) {
      let inner: Expr | undefined;
      const p = m.path(c.callee);
      if (p !== undefined && LOGS.includes(p) && c.args.length === 1 && c.keywords.length === 0) inner = c.args[0];
      else if (c.callee.kind === 'attr' && c.callee.name === 'log' && c.args.length === 0 && m.path(c.callee) === undefined) inner = c.callee.object;
      if (!inner || inner.kind !== 'call') continue;
      const sm = m.activationApplied(inner, SOFTMAX, ['softmax']);
      if (!sm) continue;
      const fixes = [];
      const callee = sm.call.callee;
      if (callee.kind === 'attr' && (callee.name === 'softmax')) {
        const renamed = `${src(m, callee.object)}.${m.file.grammar === 'python' ? 'log_softmax' : 'logSoftmax'}`;
        fixes.push({
          title: n(`Use ${renamed.split('.').pop()} (computed stably in one step)`, `改用 ${renamed.split('.').pop()}（一步完成，数值稳定）`),
          edits: [edit(c.span, `${renamed}${m.file.text.slice(sm.call.argsSpan.start, sm.call.argsSpan.end)}`)],
          preferred: true,
        });
      }
      out.push({
        rule: 'logSoftmax',
        span: c.span,
        message: n(
          'log(softmax(x)) underflows: a probability that rounds to 0 gives −inf and NaN gradients. log_softmax computes the same thing stably.',
          'log(softmax(x)) 会下溢：四舍五入为 0 的概率给出 −inf 和 NaN 梯度。log_softmax 计算同样的量且数值稳定。',
        ),
        fixes,
      });
    }
    return out;
  },
};

const DIM_FUNCTIONS = ['torch.nn.functional.softmax', 'torch.nn.functional.log_softmax', 'torch.nn.functional.softmin'];
const DIM_MODULES = ['torch.nn.Softmax', 'torch.nn.LogSoftmax', 'torch.nn.Softmin'];

export const softmaxDim: PitfallRule = {
  id: 'softmaxDim',
  severity: 'warning',
  chapter: '03-softmax',
  check(m) {
    const out: Finding[] = [];
    for (const c of m.calls()) {
      if (c.splat) continue;
      const p = m.path(c.callee);
      if (p === undefined) continue;
      const isFn = DIM_FUNCTIONS.includes(p);
      const isModule = DIM_MODULES.includes(p);
      if (!isFn && !isModule) continue;
      const dimGiven = c.keywords.some((k) => k.name === 'dim') || c.args.length > (isFn ? 1 : 0);
      if (dimGiven) continue;
      const close = c.argsSpan.end - 1;
      const sep = isFn && c.args.length > 0 ? ', ' : c.keywords.length > 0 ? ', ' : '';
      out.push({
        rule: 'softmaxDim',
        span: c.callee.span,
        message: n(
          'No dim: PyTorch guesses the dimension (implicit dim is deprecated) — dim 0 for 0-, 1- and 3-dimensional input, else 1 — which is the batch axis for some shapes. Say which axis holds the classes.',
          '没有给 dim：PyTorch 会猜测维度（隐式 dim 已弃用）——0、1、3 维输入取 0，否则取 1——对某些形状这正是批量维。请指明类别所在的轴。',
        ),
        fixes: [
          {
            title: n('Add dim=-1 (the last axis: classes of (batch, classes) logits)', '添加 dim=-1（最后一个轴：(batch, classes) logits 的类别轴）'),
            edits: [{ start: close, end: close, newText: `${sep}dim=-1` }],
            preferred: false,
          },
        ],
      });
    }
    return out;
  },
};

/** One finding per place, however many losses consume it. */
function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.span.start}:${f.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
