/**
 * Initialisation pitfalls: Xavier/Glorot on ReLU-family layers, Kaiming with a nonlinearity
 * that is not the one the network uses, and SELU without LeCun-normal weights or with
 * ordinary Dropout. A file whose activations are mixed is left alone: which layer an init
 * call serves cannot then be told.
 */
import { n } from '../../../docs/frameworks/types';
import type { FileModel } from '../model';
import { RELU_FAMILY, activationsInFile, layerActivation } from './common';
import { edit, type Finding, type PitfallRule } from './types';

const NEUTRAL = new Set(['softmax', 'log_softmax', 'identity', 'logsumexp', 'softmin']);

/** The family the file's hidden activations all belong to, or undefined when mixed or none. */
function family(m: FileModel): 'relu' | 'leaky_relu' | 'tanh' | 'sigmoid' | 'selu' | undefined {
  const ids = [...activationsInFile(m)].filter((id) => !NEUTRAL.has(id));
  if (ids.length === 0) return undefined;
  if (ids.every((id) => id === 'relu')) return 'relu';
  if (ids.every((id) => id === 'leaky_relu' || id === 'prelu')) return 'leaky_relu';
  if (ids.every((id) => id === 'tanh')) return 'tanh';
  if (ids.every((id) => id === 'sigmoid')) return 'sigmoid';
  if (ids.every((id) => id === 'selu')) return 'selu';
  return undefined;
}

const XAVIER = ['torch.nn.init.xavier_uniform_', 'torch.nn.init.xavier_normal_'];
const KAIMING = ['torch.nn.init.kaiming_uniform_', 'torch.nn.init.kaiming_normal_'];

export const xavierRelu: PitfallRule = {
  id: 'xavierRelu',
  severity: 'warning',
  chapter: '07-relu',
  check(m) {
    const out: Finding[] = [];
    const fam = family(m);
    const reluNet = fam === 'relu' || fam === 'leaky_relu';
    for (const c of m.calls()) {
      const p = m.path(c.callee);
      if (reluNet && p !== undefined && XAVIER.includes(p) && !c.splat && c.args.length === 1 && c.keywords.length === 0 && c.callee.kind === 'attr') {
        // A gain argument means the scale was chosen on purpose.
        const kaiming = p.endsWith('uniform_') ? 'kaiming_uniform_' : 'kaiming_normal_';
        const close = c.argsSpan.end - 1;
        out.push({
          rule: 'xavierRelu',
          span: c.callee.span,
          message: n(
            'Xavier/Glorot keeps the variance for tanh-like units; ReLU zeroes half the inputs, so activations shrink layer by layer. He (Kaiming) initialisation, variance 2/fan_in, is made for ReLU.',
            'Xavier/Glorot 是为 tanh 一类单元保持方差设计的；ReLU 把一半输入置零，激活会一层层变小。He（Kaiming）初始化（方差 2/fan_in）才是为 ReLU 设计的。',
          ),
          fixes: [
            {
              title: n(`Use ${kaiming}(…, nonlinearity='${fam}')`, `改用 ${kaiming}(…, nonlinearity='${fam}')`),
              edits: [edit(c.callee.nameSpan, kaiming), { start: close, end: close, newText: `, nonlinearity='${fam}'` }],
              preferred: true,
            },
          ],
        });
      }
      // Keras: kernel_initializer="glorot_…" on a ReLU-family layer.
      const init = c.keywords.find((k) => k.name === 'kernel_initializer')?.value;
      const act = layerActivation(m, c);
      if (init?.kind === 'string' && /^glorot_(uniform|normal)$/.test(init.value) && act && RELU_FAMILY.includes(act)) {
        const he = init.value.replace('glorot', 'he');
        const q = m.file.text[init.span.start];
        out.push({
          rule: 'xavierRelu',
          span: init.span,
          message: n(
            `Glorot initialisation on a ${act} layer: He initialisation (variance 2/fan_in) keeps ReLU-family activations from shrinking with depth.`,
            `在 ${act} 层上用 Glorot 初始化：He 初始化（方差 2/fan_in）能让 ReLU 一类的激活不随深度变小。`,
          ),
          fixes: [{ title: n(`Use "${he}"`, `改用 "${he}"`), edits: [edit(init.span, `${q}${he}${q}`)], preferred: true }],
        });
      }
    }
    return out;
  },
};

export const kaimingMismatch: PitfallRule = {
  id: 'kaimingMismatch',
  severity: 'warning',
  chapter: '07-relu',
  check(m) {
    const out: Finding[] = [];
    const fam = family(m);
    if (!fam) return out;
    for (const c of m.calls()) {
      const p = m.path(c.callee);
      if (p === undefined || !KAIMING.includes(p) || c.splat) continue;
      const kw = c.keywords.find((k) => k.name === 'nonlinearity');
      const given = kw?.value ?? c.args[3];
      if (given && given.kind !== 'string') continue;
      const nl = given?.kind === 'string' ? given.value : 'leaky_relu';
      // The default, leaky_relu with a = 0, has ReLU's gain.
      const reluLike = nl === 'relu' || nl === 'leaky_relu';
      const wanted = fam === 'selu' ? 'linear' : fam;
      const mismatch = (fam === 'relu' || fam === 'leaky_relu') ? !reluLike : fam === 'selu' ? nl !== 'linear' : nl !== fam;
      if (!mismatch) continue;
      const span = given ? given.span : c.callee.span;
      const q = given ? m.file.text[given.span.start] : "'";
      const close = c.argsSpan.end - 1;
      out.push({
        rule: 'kaimingMismatch',
        span,
        message: n(
          fam === 'selu'
            ? `Kaiming with nonlinearity='${nl}' in a SELU network: self-normalisation needs LeCun-normal weights, which kaiming_normal_ gives with nonlinearity='linear'.`
            : `Kaiming initialisation with nonlinearity='${nl}', but the network's activations are ${fam}: the gain is wrong for them.`,
          fam === 'selu'
            ? `SELU 网络里用了 nonlinearity='${nl}' 的 Kaiming 初始化：自归一化需要 LeCun 正态权重，kaiming_normal_ 配 nonlinearity='linear' 即是。`
            : `Kaiming 初始化用了 nonlinearity='${nl}'，但网络的激活是 ${fam}：增益不匹配。`,
        ),
        fixes: [
          {
            title: n(`Use nonlinearity='${wanted}'`, `改用 nonlinearity='${wanted}'`),
            edits: given ? [edit(given.span, `${q}${wanted}${q}`)] : [{ start: close, end: close, newText: `, nonlinearity='${wanted}'` }],
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
};

export const seluSetup: PitfallRule = {
  id: 'seluSetup',
  severity: 'warning',
  chapter: '09-elu-selu',
  check(m) {
    const out: Finding[] = [];
    const acts = activationsInFile(m);
    if (!acts.has('selu')) return out;
    for (const c of m.calls()) {
      const p = m.path(c.callee) ?? '';
      // Ordinary dropout breaks SELU's fixed point (mean 0, variance 1); AlphaDropout keeps it.
      if ((p === 'torch.nn.Dropout' || /^(tensorflow\.)?keras\.layers\.Dropout$/.test(p)) && c.callee.kind === 'attr') {
        out.push({
          rule: 'seluSetup',
          span: c.callee.span,
          message: n(
            'Dropout in a SELU network: zeroing units moves activations off SELU’s self-normalising mean 0 and variance 1. AlphaDropout keeps them.',
            'SELU 网络中用了 Dropout：把单元置零会让激活偏离 SELU 自归一化的均值 0、方差 1。AlphaDropout 能保持它们。',
          ),
          fixes: [{ title: n('Use AlphaDropout', '改用 AlphaDropout'), edits: [edit(c.callee.nameSpan, 'AlphaDropout')], preferred: true }],
        });
      }
      // Keras: a SELU layer without kernel_initializer="lecun_normal".
      if (layerActivation(m, c) === 'selu' && /\.(Dense|Conv[123]D)$/.test(p) && !c.splat) {
        const init = c.keywords.find((k) => k.name === 'kernel_initializer');
        if (init && init.value.kind === 'string' && init.value.value === 'lecun_normal') continue;
        if (init && init.value.kind !== 'string') continue;
        const close = c.argsSpan.end - 1;
        out.push({
          rule: 'seluSetup',
          span: init ? init.value.span : c.callee.span,
          message: n(
            'SELU self-normalises only with LeCun-normal weights (variance 1/fan_in); Keras’s default is glorot_uniform.',
            'SELU 只有在 LeCun 正态权重（方差 1/fan_in）下才能自归一化；Keras 默认的是 glorot_uniform。',
          ),
          fixes: [
            {
              title: n('Use kernel_initializer="lecun_normal"', '改用 kernel_initializer="lecun_normal"'),
              edits: init ? [edit(init.value.span, '"lecun_normal"')] : [{ start: close, end: close, newText: ', kernel_initializer="lecun_normal"' }],
              preferred: true,
            },
          ],
        });
      }
    }
    return out;
  },
};

