/**
 * Architecture pitfalls: a deep stack of saturating activations with no normalisation, an
 * in-place ReLU that overwrites a tensor still needed, and a ReLU or sigmoid output on a
 * regression whose targets the file makes negative.
 */
import { n } from '../../../docs/frameworks/types';
import { walkExpr, type Expr } from '../ir';
import { dotted, type Call, type FileModel } from '../model';
import { SATURATING, isNormalisation, layerActivation } from './common';
import { edit, type Finding, type PitfallRule } from './types';

const DEPTH = 5;

export const deepSaturating: PitfallRule = {
  id: 'deepSaturating',
  severity: 'information',
  chapter: '05-sigmoid-problems',
  check(m) {
    const out: Finding[] = [];
    for (const c of m.calls()) {
      const layers = m.layersOf(c);
      if (!layers || layers.length === 0) continue;
      const acts = layers.map((l) => layerActivation(m, l));
      // The last layer is the output; only hidden layers count.
      const hidden = acts.slice(0, -1).filter((id) => id !== undefined && SATURATING.includes(id)).length;
      if (hidden < DEPTH || layers.some((l) => isNormalisation(m, l))) continue;
      out.push({
        rule: 'deepSaturating',
        span: c.callee.span,
        message: n(
          `${hidden} sigmoid/tanh hidden layers with no normalisation: each multiplies the gradient by at most 0.25 (sigmoid) or 1 (tanh), and less once units saturate, so early layers learn slowly. Consider ReLU-family activations, normalisation layers, or residual connections.`,
          `${hidden} 个 sigmoid/tanh 隐藏层且没有归一化：每层把梯度乘以至多 0.25（sigmoid）或 1（tanh），单元饱和后更小，所以前面的层学得很慢。可以考虑 ReLU 一类激活、归一化层或残差连接。`,
        ),
        fixes: [],
      });
    }
    return out;
  },
};

/** Whether the call is an in-place ReLU: `F.relu(x, inplace=True)`, `F.relu_(x)`, `x.relu_()`, or a module built with inplace=True. */
function inplaceRelu(m: FileModel, c: Call): { input: Expr; flag?: Expr } | undefined {
  const p = m.path(c.callee);
  if (p === 'torch.nn.functional.relu' || p === 'torch.nn.functional.leaky_relu') {
    const kw = c.keywords.find((k) => k.name === 'inplace');
    if (kw?.value.kind === 'bool' && kw.value.value && c.args[0]) return { input: c.args[0], flag: kw.value };
    return undefined;
  }
  if ((p === 'torch.nn.functional.relu_' || p === 'torch.relu_') && c.args[0]) return { input: c.args[0] };
  const held = m.follow(c.callee);
  if (held !== c.callee && held.kind === 'call') {
    const q = m.path(held.callee);
    if (q === 'torch.nn.ReLU' || q === 'torch.nn.LeakyReLU' || q === 'torch.nn.ReLU6') {
      const kw = held.keywords.find((k) => k.name === 'inplace');
      const pos = q === 'torch.nn.ReLU' ? held.args[0] : held.args[1];
      const flag = kw?.value ?? pos;
      if (flag?.kind === 'bool' && flag.value && c.args[0]) return { input: c.args[0], flag };
    }
  }
  return undefined;
}

/** Activations whose backward reads their own output, so overwriting it breaks autograd. */
const SAVES_OUTPUT = ['sigmoid', 'tanh', 'softmax', 'log_softmax', 'elu', 'selu', 'celu'];

export const inplaceReluRule: PitfallRule = {
  id: 'inplaceRelu',
  severity: 'warning',
  chapter: '07-relu',
  check(m) {
    const out: Finding[] = [];
    const fix = (flag: Expr) => [{ title: n('Use inplace=False', '改用 inplace=False'), edits: [edit(flag.span, 'False')], preferred: true }];
    // In a forward body: relu_inplace(x) where x is read again afterwards (a residual `out + x`).
    for (const scope of m.scopes) {
      if (scope.name === '') continue;
      for (const st of scope.stmts) {
        const exprs = st.kind === 'assign' ? [st.value] : st.kind === 'expr' || st.kind === 'return' ? (st.value ? [st.value] : []) : [];
        for (const e of exprs) {
          for (const c of walkExpr(e)) {
            if (c.kind !== 'call') continue;
            const ip = inplaceRelu(m, c);
            const name = ip ? dotted(ip.input) : undefined;
            if (!ip || name === undefined) continue;
            const reassigned = st.kind === 'assign' && st.targets.some((t) => dotted(t) === name);
            if (reassigned) continue;
            const later = scope.stmts.filter((s) => s.span.start >= st.span.end);
            const readLater = later.some((s) => {
              const ex = s.kind === 'assign' ? [s.value] : s.kind === 'expr' || s.kind === 'return' ? (s.value ? [s.value] : []) : s.kind === 'block' ? s.parts : [];
              return ex.some((x) => [...walkExpr(x)].some((y) => dotted(y) === name && y.kind === 'name'));
            });
            if (!readLater) continue;
            out.push({
              rule: 'inplaceRelu',
              span: c.span,
              message: n(
                `An in-place ReLU overwrites \`${name}\`, which is used again below (a residual connection?): that later use sees the ReLU's output, not the original values.`,
                `就地（in-place）ReLU 覆盖了 \`${name}\`，而它在下面还会被用到（残差连接？）：后面用到的是 ReLU 的输出，而不是原来的值。`,
              ),
              fixes: ip.flag ? fix(ip.flag) : [],
            });
          }
        }
      }
    }
    // In a Sequential: an in-place ReLU right after a layer whose backward needs its output.
    for (const c of m.calls()) {
      if (m.path(c.callee) !== 'torch.nn.Sequential') continue;
      c.args.forEach((layer, i) => {
        if (i === 0 || layer.kind !== 'call' || m.path(layer.callee) !== 'torch.nn.ReLU') return;
        const kw = layer.keywords.find((k) => k.name === 'inplace')?.value ?? layer.args[0];
        if (kw?.kind !== 'bool' || !kw.value) return;
        const prev = layerActivation(m, c.args[i - 1]);
        if (!prev || !SAVES_OUTPUT.includes(prev)) return;
        out.push({
          rule: 'inplaceRelu',
          span: layer.span,
          message: n(
            `An in-place ReLU right after ${prev}: ${prev}'s backward reads its own output, which the ReLU overwrites — autograd stops with "modified by an inplace operation".`,
            `${prev} 之后紧跟就地 ReLU：${prev} 的反向传播要读取它自己的输出，而 ReLU 覆盖了它——autograd 会报 "modified by an inplace operation"。`,
          ),
          fixes: fix(kw),
        });
      });
    }
    return out;
  },
};

const REGRESSION_LOSSES = ['torch.nn.MSELoss', 'torch.nn.L1Loss', 'torch.nn.SmoothL1Loss', 'torch.nn.HuberLoss', 'torch.nn.functional.mse_loss', 'torch.nn.functional.l1_loss'];
const REGRESSION_STRINGS = /^(mse|mae|mean_squared_error|mean_absolute_error|huber)$/;

/** Evidence in the file that targets can be negative: standardisation or normally distributed targets. */
function negativeTargets(m: FileModel): boolean {
  for (const c of m.calls()) {
    const p = m.path(c.callee) ?? '';
    if (/(^|\.)StandardScaler$/.test(p)) return true;
    if (/^(torch\.randn|numpy\.random\.randn|numpy\.random\.normal|tensorflow\.random\.normal)$/.test(p)) {
      // Only when assigned to something named like a target.
      const a = m.assignments(m.scopeAt(c.span.start)).find((x) => x.value === c);
      if (a && /(^|_)(y|target|targets|labels?)($|_)/i.test(a.name)) return true;
    }
  }
  return false;
}

export const regressionOutput: PitfallRule = {
  id: 'regressionOutput',
  severity: 'information',
  chapter: '13-choosing',
  check(m) {
    const out: Finding[] = [];
    const regression = [...m.calls()].some((c) => {
      const p = m.path(c.callee) ?? '';
      if (REGRESSION_LOSSES.includes(p)) return true;
      const loss = c.keywords.find((k) => k.name === 'loss')?.value;
      return c.callee.kind === 'attr' && c.callee.name === 'compile' && loss?.kind === 'string' && REGRESSION_STRINGS.test(loss.value);
    });
    if (!regression || !negativeTargets(m)) return out;
    for (const c of m.calls()) {
      const layers = m.layersOf(c);
      const last = layers?.[layers.length - 1];
      const id = last ? layerActivation(m, last) : undefined;
      if (!last || (id !== 'relu' && id !== 'sigmoid')) continue;
      out.push({
        rule: 'regressionOutput',
        span: last.span,
        message: n(
          `The regression output goes through ${id}, which cannot produce negative values${id === 'sigmoid' ? ' (nor values above 1)' : ''}, but this file’s targets can be negative (they are standardised or normally distributed). A linear output layer can reach them.`,
          `回归输出经过了 ${id}，它无法给出负值${id === 'sigmoid' ? '（也无法大于 1）' : ''}，但这个文件中的目标值可能为负（经过标准化或服从正态分布）。线性输出层才能拟合它们。`,
        ),
        fixes: [],
      });
    }
    return out;
  },
};

