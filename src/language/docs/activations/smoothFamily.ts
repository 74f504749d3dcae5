/** Hand-written card prose for the smooth, self-gated functions: Swish/SiLU, Mish, GELU, softplus and relatives. */
import type { ActivationDoc } from '../types';

export const SMOOTH_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  swish: {
    chapter: '11-swish',
    examples: [
      { expr: 'swish(1)', result: 0.7310585786300049 },
      { expr: 'swish(2, 1.7)', result: 1.9354090706030989 },
      { expr: "swish'(3, 1.7)", result: 1.024657908025497 },
    ],
    en: {
      summary:
        'x·σ(βx): the input gated by its own sigmoid. β = 1 gives SiLU; as β grows it approaches ReLU, as β → 0 it approaches x/2. Smooth and non-monotonic, with a small dip below 0 for negative x.',
      whyZeroCentringMatters:
        'The negative dip gives slightly negative outputs for moderate negative inputs, so the mean output is closer to 0 than ReLU\'s, though still positive.',
      saturationNote:
        'For large negative x both the output and the derivative go to 0, a gentle one-sided saturation (the slope is 0 at the minimum and negative to the left of it, tending to 0 from below); for large positive x the slope tends to 1, so deep stacks keep their gradients.',
      whenToUse: 'Deep vision models (EfficientNet, found by architecture search) and wherever it measures better than ReLU on the task; β may be fixed or learned.',
      mistakes: [
        'Writing x·σ(βx) = x/(1 + e⁻ˣ): that equality holds only for β = 1.',
        'The derivative printed with βx·σ(βx) where σ(βx) belongs. Correct: f′(x) = βf(x) + σ(βx)(1 − βf(x)). At β = 1.7, x = 3 the wrong form gives about −15.56, the true value is about 1.0247.',
        'Calling its slope for negative inputs small but positive: it is 0 at the minimum and negative to the left of it.',
      ],
    },
    'zh-cn': {
      summary:
        'x·σ(βx)：输入被自身的 sigmoid 门控。β = 1 即 SiLU；β 增大时趋近 ReLU，β → 0 时趋近 x/2。光滑且非单调，x 为负时略低于 0。',
      whyZeroCentringMatters: '负半轴的小凹槽让中等负输入得到略负的输出，平均输出比 ReLU 更接近 0，但仍为正。',
      saturationNote:
        'x 很负时输出和导数都趋于 0，是一种温和的单侧饱和（斜率在最小值处为 0，再往左为负，并从下方趋于 0）；x 很大时斜率趋于 1，深层堆叠也能保住梯度。',
      whenToUse: '深层视觉模型（由结构搜索得到的 EfficientNet），以及在具体任务上实测比 ReLU 好的场合；β 可以固定也可以学习。',
      mistakes: [
        '写成 x·σ(βx) = x/(1 + e⁻ˣ)：这个等式只在 β = 1 时成立。',
        '导数中把 σ(βx) 误写成 βx·σ(βx)。正确形式：f′(x) = βf(x) + σ(βx)(1 − βf(x))。β = 1.7、x = 3 时错误形式约为 −15.56，真值约为 1.0247。',
        '说它在负输入处的斜率“虽小但为正”：斜率在最小值处为 0，再往左是负的。',
      ],
    },
  },

  silu: {
    chapter: '11-swish',
    examples: [
      { expr: 'silu(1)', result: 0.7310585786300049 },
      { expr: "silu'(0)", result: 0.5 },
    ],
    en: {
      summary: 'x·σ(x) = x/(1 + e⁻ˣ): Swish with β fixed at 1, under the name PyTorch, TensorFlow and JAX use. Minimum ≈ −0.278 at x ≈ −1.278.',
      whyZeroCentringMatters: 'Its small negative lobe pulls the mean output a little towards 0 compared with ReLU.',
      saturationNote: 'Fades to 0 for large negative x, with a slope that is negative left of the minimum and tends to 0; slope tends to 1 for large positive x.',
      whenToUse: 'A smooth default for deep networks, and the gate of SwiGLU feed-forward blocks in transformers.',
      mistakes: ['Treating SiLU and Swish as always identical: they coincide only when β = 1.'],
    },
    'zh-cn': {
      summary: 'x·σ(x) = x/(1 + e⁻ˣ)：β 固定为 1 的 Swish，PyTorch、TensorFlow、JAX 都用这个名字。最小值约 −0.278，在 x ≈ −1.278 处。',
      whyZeroCentringMatters: '小小的负瓣让平均输出比 ReLU 稍微靠近 0。',
      saturationNote: 'x 很负时趋于 0，最小值左侧斜率为负并趋于 0；x 很大时斜率趋于 1。',
      whenToUse: '深层网络中光滑的默认选择，也是 Transformer 中 SwiGLU 前馈层的门控。',
      mistakes: ['认为 SiLU 与 Swish 总是相同：只有 β = 1 时二者才一致。'],
    },
  },

  mish: {
    chapter: '12-mish',
    examples: [
      { expr: 'mish(0)', result: 0 },
      { expr: 'mish(1)', result: 0.8650983882673103 },
      { expr: "mish'(0)", result: 0.6 },
    ],
    en: {
      summary:
        'x·tanh(softplus(x)), where softplus(x) = ln(1 + eˣ). Smooth and non-monotonic, with a minimum of about −0.3088 at x ≈ −1.1924; range about [−0.3088, ∞).',
      whyZeroCentringMatters: 'Like Swish, its negative lobe brings the mean output nearer 0 than ReLU, without making it zero-centred.',
      saturationNote: 'Both value and derivative fade to 0 for very negative inputs; for positive inputs the slope approaches 1.',
      whenToUse: 'Vision models such as YOLOv4, where it was reported to help accuracy a little; it is among the slower activations to compute, so measure the gain on your task.',
      mistakes: [
        'Evaluating the published closed-form derivative eˣω/δ² literally: eˣ·ω and δ² overflow for x ≳ 178 and the result is NaN, though the true derivative is about 1. A stable form is tanh(sp) + x·σ(x)·(1 − tanh²(sp)) with sp = softplus(x).',
        'Calling it monotonic or giving its range as [0, ∞): it dips below 0.',
      ],
    },
    'zh-cn': {
      summary:
        'x·tanh(softplus(x))，其中 softplus(x) = ln(1 + eˣ)。光滑、非单调，在 x ≈ −1.1924 处取最小值约 −0.3088；值域约为 [−0.3088, ∞)。',
      whyZeroCentringMatters: '与 Swish 类似，负瓣使平均输出比 ReLU 更接近 0，但仍不是零中心化。',
      saturationNote: '输入很负时函数值和导数都趋于 0；输入为正时斜率趋于 1。',
      whenToUse: 'YOLOv4 等视觉模型，据报道它能略微提高精度；它是计算开销较大的激活函数之一，应当在自己的任务上实测收益。',
      mistakes: [
        '按公开的导数闭式 eˣω/δ² 直接计算：x ≳ 178 时 eˣ·ω 和 δ² 都溢出，结果为 NaN，而真值约为 1。稳定写法：tanh(sp) + x·σ(x)·(1 − tanh²(sp))，sp = softplus(x)。',
        '说它单调，或把值域写成 [0, ∞)：它会略低于 0。',
      ],
    },
  },

  gelu: {
    chapter: '13-choosing',
    examples: [
      { expr: 'gelu(0)', result: 0 },
      { expr: 'gelu(1)', result: 0.8413447460685429 },
      { expr: "gelu'(0)", result: 0.5 },
      { expr: "gelu''(0)", result: 0.7978845608028654 },
    ],
    en: {
      summary: 'x·Φ(x), where Φ is the standard normal CDF: each input is kept with a weight equal to the probability that a standard normal variable is below it. Exact (erf) form. Proposed in 2016, before Swish (2017) and Mish (2019).',
      whyZeroCentringMatters: 'Its negative lobe (minimum ≈ −0.17) pulls the mean output towards 0 a little; it is not zero-centred.',
      saturationNote: 'For very negative x both value and derivative vanish quickly (like a Gaussian tail); for positive x the slope goes to 1.',
      whenToUse: 'Transformers (BERT, GPT-2, ViT) — the standard activation of their feed-forward blocks.',
      mistakes: [
        'Mixing the exact and tanh forms: they differ by up to about 10⁻³. PyTorch\'s default is exact, JAX\'s jax.nn.gelu defaults to the tanh approximation.',
        'Computing Φ(x) as (1 + erf(x/√2))/2 for very negative x: cancellation loses all digits; erfc(−x/√2)/2 keeps them.',
      ],
    },
    'zh-cn': {
      summary: 'x·Φ(x)，Φ 为标准正态分布函数：每个输入按“标准正态变量小于它”的概率加权保留。这是精确（erf）形式。2016 年提出，早于 Swish（2017）和 Mish（2019）。',
      whyZeroCentringMatters: '负瓣（最小值约 −0.17）把平均输出略微拉向 0，但不是零中心化。',
      saturationNote: 'x 很负时函数值和导数都像高斯尾部一样迅速消失；x 为正时斜率趋于 1。',
      whenToUse: 'Transformer（BERT、GPT-2、ViT）前馈层的标准激活函数。',
      mistakes: [
        '混用精确形式和 tanh 近似：二者最多相差约 10⁻³。PyTorch 默认精确形式，JAX 的 jax.nn.gelu 默认 tanh 近似。',
        'x 很负时用 (1 + erf(x/√2))/2 计算 Φ(x)：抵消会丢掉全部有效数字；用 erfc(−x/√2)/2 才能保住。',
      ],
    },
  },

  gelu_tanh: {
    chapter: '13-choosing',
    examples: [{ expr: 'gelu_tanh(1)', result: 0.8411919906082768 }],
    en: {
      summary: '½x(1 + tanh(√(2/π)(x + 0.044715x³))): the tanh approximation of GELU, used by the original GPT-2 and BERT code.',
      whyZeroCentringMatters: 'Same as GELU: a small negative lobe, mean output positive.',
      saturationNote: 'Same shape as GELU: vanishing value and slope for very negative x, slope 1 for large positive x.',
      whenToUse: 'To reproduce models trained with it (PyTorch nn.GELU(approximate=\'tanh\'), JAX\'s default gelu).',
      mistakes: ['Assuming it is cheaper everywhere: with a good erf the exact form is often just as fast; measure.'],
    },
    'zh-cn': {
      summary: '½x(1 + tanh(√(2/π)(x + 0.044715x³)))：GELU 的 tanh 近似，原始 GPT-2 与 BERT 代码使用它。',
      whyZeroCentringMatters: '与 GELU 相同：有小负瓣，平均输出为正。',
      saturationNote: '形状与 GELU 相同：x 很负时函数值和斜率都消失，x 很大时斜率为 1。',
      whenToUse: '复现用它训练的模型时（PyTorch 的 nn.GELU(approximate=\'tanh\')、JAX 默认的 gelu）。',
      mistakes: ['以为它处处更省计算开销：有好的 erf 实现时精确形式往往一样快，应当实测。'],
    },
  },

  softplus: {
    chapter: '12-mish',
    examples: [
      { expr: 'softplus(0)', result: 0.6931471805599453 },
      { expr: "softplus'(1)", result: 0.7310585786300049 },
    ],
    en: {
      summary: 'ln(1 + eˣ): a smooth ReLU whose derivative is exactly the sigmoid. Always positive.',
      whyZeroCentringMatters: 'Outputs are always positive (ln 2 ≈ 0.693 at 0), so the one-sign problem of ReLU applies, slightly worse.',
      saturationNote: 'For very negative x the value and derivative both vanish like eˣ; for positive x the slope tends to 1.',
      whenToUse: 'Wherever a value must stay positive (a standard deviation, a rate), and inside Mish.',
      mistakes: [
        'Computing log(1 + exp(x)) literally: it overflows to Infinity for x ≥ 710 although the answer is ≈ x; use max(x, 0) + log1p(exp(−|x|)).',
        'Expecting PyTorch\'s F.softplus to be the exact function: above its threshold (β·x > 20) it returns x itself.',
      ],
    },
    'zh-cn': {
      summary: 'ln(1 + eˣ)：光滑版 ReLU，导数恰好是 sigmoid。输出恒为正。',
      whyZeroCentringMatters: '输出恒正（0 处为 ln 2 ≈ 0.693），ReLU 的同号问题同样存在，而且略重。',
      saturationNote: 'x 很负时函数值和导数都按 eˣ 消失；x 为正时斜率趋于 1。',
      whenToUse: '需要输出保持为正的地方（标准差、速率），以及 Mish 内部。',
      mistakes: [
        '直接计算 log(1 + exp(x))：x ≥ 710 时溢出为 Infinity，而答案约等于 x；应写成 max(x, 0) + log1p(exp(−|x|))。',
        '以为 PyTorch 的 F.softplus 是精确函数：超过阈值（β·x > 20）时它直接返回 x。',
      ],
    },
  },

  squareplus: {
    chapter: '13-choosing',
    examples: [{ expr: 'squareplus(0)', result: 1 }],
    en: {
      summary: '(x + √(x² + b))/2: an algebraic softplus look-alike with no exp or log, only a square root; b (default 4) sets the curvature at 0.',
      whyZeroCentringMatters: 'Always positive, so not zero-centred.',
      saturationNote: 'Its left tail decays slowly, like b/(4|x|), and its derivative like b/(4x²): it saturates later than softplus.',
      whenToUse: 'A cheaper replacement for softplus when exp is costly.',
      mistakes: ['Using b = 0: it then equals ReLU and loses smoothness at 0.'],
    },
    'zh-cn': {
      summary: '(x + √(x² + b))/2：形似 softplus 的代数函数，不用 exp 和 log，只要一次开方；b（默认 4）决定 0 处的弯曲程度。',
      whyZeroCentringMatters: '输出恒正，不是零中心化的。',
      saturationNote: '左尾按 b/(4|x|) 缓慢衰减，导数按 b/(4x²) 衰减，比 softplus 饱和得晚。',
      whenToUse: 'exp 计算开销高时作为 softplus 的廉价替代。',
      mistakes: ['取 b = 0：此时它等于 ReLU，在 0 处失去光滑性。'],
    },
  },

  hard_swish: {
    chapter: '13-choosing',
    examples: [
      { expr: 'hard_swish(3)', result: 3 },
      { expr: 'hard_swish(0)', result: 0 },
    ],
    en: {
      summary: 'x·relu6(x + 3)/6: Swish with the sigmoid replaced by hard sigmoid — 0 below −3, x above 3, a parabola between.',
      whyZeroCentringMatters: 'A small negative dip (minimum −0.375 at x = −1.5) moves the mean output slightly towards 0.',
      saturationNote: 'Below −3 the derivative is exactly 0, like ReLU\'s flat side, so units can die there; above 3 it is exactly 1.',
      whenToUse: 'Mobile networks (MobileNetV3) that want Swish\'s benefit without exp.',
      mistakes: ['Assuming it is smooth: the derivative jumps at x = 3 (from 1.5 to 1) and at x = −3 (from 0 to −0.5).'],
    },
    'zh-cn': {
      summary: 'x·relu6(x + 3)/6：把 Swish 中的 sigmoid 换成 hard sigmoid，−3 以下为 0，3 以上为 x，中间是抛物线。',
      whyZeroCentringMatters: '负半轴的小凹槽（x = −1.5 处最小值 −0.375）让平均输出略微靠近 0。',
      saturationNote: '−3 以下导数恰为 0，就像 ReLU 平坦的一侧，单元可能死在那里；3 以上恰为 1。',
      whenToUse: '想要 Swish 的好处又不想算 exp 的移动端网络（MobileNetV3）。',
      mistakes: ['以为它是光滑的：导数在 x = 3 处跳变（从 1.5 到 1），在 x = −3 处也跳变（从 0 到 −0.5）。'],
    },
  },
};
