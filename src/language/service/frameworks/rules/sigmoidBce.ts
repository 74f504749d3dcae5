/**
 * `torch.sigmoid` / `nn.Sigmoid` feeding `nn.BCELoss` / `F.binary_cross_entropy`: the loss
 * then takes log of a probability that can round to 0 or 1. BCEWithLogitsLoss on the logits
 * computes the same loss stably.
 */
import { n } from '../../../docs/frameworks/types';
import type { Expr } from '../ir';
import { returnsOf, type Call, type FileModel } from '../model';
import { SIGMOID, layerActivation, lossCall, src, unwrapShape } from './common';
import { edit, type Finding, type PitfallFix, type PitfallRule, type TextEdit } from './types';

const BCE_FN = 'torch.nn.functional.binary_cross_entropy';
const BCE_CLASS = 'torch.nn.BCELoss';

function sigmoidInput(m: FileModel, e: Expr): { at: Expr; call?: Call; input?: Expr; viaVariable: boolean } | undefined {
  // `at` is mutable on purpose: the caller moves it to the loss argument for variables.
  const direct = m.activationApplied(e, SIGMOID, ['sigmoid']);
  if (direct) return { at: direct.call, call: direct.call, input: direct.input, viaVariable: false };
  const held = m.follow(e);
  if (held !== e) {
    const v = m.activationApplied(held, SIGMOID, ['sigmoid']);
    if (v) return { at: v.call, call: v.call, input: v.input, viaVariable: true };
  }
  const call = held.kind === 'call' ? held : e.kind === 'call' ? e : undefined;
  if (call) {
    const layers = m.layersOf(call.callee);
    const last = layers?.[layers.length - 1];
    if (last && layerActivation(m, last) === 'sigmoid') return { at: last, viaVariable: false };
    const fwd = m.forwardOf(call.callee);
    for (const r of fwd ? returnsOf(fwd) : []) {
      const s = m.activationApplied(r, SIGMOID, ['sigmoid']);
      if (s) return { at: s.call, viaVariable: false };
    }
  }
  return undefined;
}

export const sigmoidBce: PitfallRule = {
  id: 'sigmoidBce',
  severity: 'warning',
  chapter: '04-softmax-vs-sigmoid',
  check(m) {
    const out: Finding[] = [];
    // Every use of each BCELoss instance, so a fix that renames the class fixes all of them or none.
    const byCtor = new Map<Call, { call: Call; s: ReturnType<typeof sigmoidInput> }[]>();
    const singles: { call: Call; s: NonNullable<ReturnType<typeof sigmoidInput>> }[] = [];
    for (const c of m.calls()) {
      const loss = lossCall(m, c, [BCE_FN], [BCE_CLASS]);
      if (!loss || c.splat) continue;
      const first = c.args[0] ?? c.keywords.find((k) => k.name === 'input')?.value;
      const s = first ? sigmoidInput(m, unwrapShape(first)) : undefined;
      // Through a variable, the finding sits on the argument that carries the probabilities.
      if (s?.viaVariable && first) Object.assign(s, { at: first });
      if (loss.kind === 'instance') {
        const list = byCtor.get(loss.ctor) ?? [];
        list.push({ call: c, s });
        byCtor.set(loss.ctor, list);
      } else if (s) singles.push({ call: c, s });
    }
    const message = n(
      'sigmoid followed by BCELoss / binary_cross_entropy takes log of a probability that rounds to 0 or 1 for large logits (the loss clamps at 100, the gradient vanishes). Use BCEWithLogitsLoss / binary_cross_entropy_with_logits on the logits.',
      'sigmoid 之后接 BCELoss / binary_cross_entropy，会对可能四舍五入成 0 或 1 的概率取对数（logits 较大时；损失被截断在 100，梯度消失）。请对 logits 使用 BCEWithLogitsLoss / binary_cross_entropy_with_logits。',
    );
    for (const { call, s } of singles) {
      const fixes: PitfallFix[] = [];
      if (s.call && s.input && !s.viaVariable && call.callee.kind === 'attr') {
        fixes.push({
          title: n('Use binary_cross_entropy_with_logits on the logits', '对 logits 使用 binary_cross_entropy_with_logits'),
          edits: [edit(call.callee.nameSpan, 'binary_cross_entropy_with_logits'), edit(s.call.span, src(m, s.input))],
          preferred: true,
        });
      }
      out.push({ rule: 'sigmoidBce', span: s.at.span, message, fixes });
    }
    for (const [ctor, uses] of byCtor) {
      const found = uses.filter((u) => u.s !== undefined);
      if (found.length === 0) continue;
      const fixable = found.length === uses.length && uses.every((u) => u.s?.call && u.s.input && !u.s.viaVariable) && ctor.callee.kind === 'attr';
      const edits: TextEdit[] = [];
      if (fixable && ctor.callee.kind === 'attr') {
        edits.push(edit(ctor.callee.nameSpan, 'BCEWithLogitsLoss'));
        for (const u of uses) if (u.s?.call && u.s.input) edits.push(edit(u.s.call.span, src(m, u.s.input)));
      }
      for (const u of found) {
        out.push({
          rule: 'sigmoidBce',
          span: (u.s as NonNullable<typeof u.s>).at.span,
          message,
          fixes: fixable ? [{ title: n('Use BCEWithLogitsLoss on the logits', '对 logits 使用 BCEWithLogitsLoss'), edits, preferred: true }] : [],
        });
      }
    }
    return out;
  },
};
