/**
 * What each parameter name means, in both languages. Activations share a few names
 * (`alpha` is Leaky ReLU's slope and ELU's saturation level), so a per-function entry
 * (`"elu.alpha"`) wins over the general one (`"alpha"`).
 */
import type { Localised } from './types';

export const PARAM_DOCS: Readonly<Record<string, Localised>> = {
  alpha: {
    en: 'The slope or scale of the negative branch.',
    'zh-cn': '负半轴分支的斜率或尺度。',
  },
  'leaky_relu.alpha': {
    en: 'Slope for x ≤ 0. Keep it between 0 and 1 if you ever write the function as max(αx, x).',
    'zh-cn': 'x ≤ 0 时的斜率。若要写成 max(αx, x)，它必须在 0 与 1 之间。',
  },
  'prelu.alpha': {
    en: 'Learned slope for x ≤ 0; its gradient is ∂f/∂α = x for x ≤ 0, 0 otherwise.',
    'zh-cn': 'x ≤ 0 时可学习的斜率；梯度 ∂f/∂α 在 x ≤ 0 时为 x，否则为 0。',
  },
  'elu.alpha': {
    en: 'The level −α that the negative branch approaches, and the slope just left of 0.',
    'zh-cn': '负分支趋近的水平 −α，也是 0 左侧的斜率。',
  },
  'celu.alpha': {
    en: 'Saturation level −α of the negative branch; must not be 0.',
    'zh-cn': '负分支的饱和水平 −α；不能为 0。',
  },
  beta: {
    en: 'Sharpness of the gate: large β makes the function ReLU-like, β → 0 makes it linear.',
    'zh-cn': '门控的陡峭程度：β 越大越接近 ReLU，β → 0 时趋于线性。',
  },
  'swish.beta': {
    en: 'Gate sharpness; β = 1 is SiLU. May be learned: ∂f/∂β = x²σ(βx)(1 − σ(βx)).',
    'zh-cn': '门控陡峭程度；β = 1 即 SiLU。可以学习：∂f/∂β = x²σ(βx)(1 − σ(βx))。',
  },
  'swiglu.beta': {
    en: 'Sharpness of the Swish gate applied to the second half; β = 1 (SiLU) is what PaLM and LLaMA use.',
    'zh-cn': '作用于后一半的 Swish 门的陡峭程度；β = 1（即 SiLU）是 PaLM 和 LLaMA 所用的值。',
  },
  lambda: {
    en: 'Half-width λ of the band around 0 that is set to zero.',
    'zh-cn': '被置零的区间 [−λ, λ] 的半宽 λ。',
  },
  'selu.lambda': {
    en: 'Fixed scale λ ≈ 1.0507 chosen for self-normalisation.',
    'zh-cn': '为自归一化而选定的固定尺度 λ ≈ 1.0507。',
  },
  b: {
    en: 'Curvature at 0: larger b gives a rounder bend; b = 0 gives ReLU.',
    'zh-cn': '0 处的弯曲程度：b 越大拐弯越圆；b = 0 即 ReLU。',
  },
  threshold: {
    en: 'Above β·x > threshold the function returns x itself (a speed shortcut that changes the value slightly).',
    'zh-cn': '当 β·x 超过阈值时直接返回 x（为省时间而略微改变了函数值）。',
  },
  T: {
    en: 'Temperature: softmax(z/T). Large T flattens the distribution, small T sharpens it towards one-hot.',
    'zh-cn': '温度：softmax(z/T)。T 大则分布更平，T 小则更尖锐、趋近独热。',
  },
};
