/** Hand-written card prose for the squashing functions: sigmoid, tanh and their relatives. */
import type { ActivationDoc } from '../types';

export const SIGMOID_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  sigmoid: {
    chapter: '02-sigmoid',
    examples: [
      { expr: 'sigmoid(0)', result: 0.5 },
      { expr: "sigmoid'(0)", result: 0.25 },
      { expr: "sigmoid''(1)", result: -0.09085774767294841 },
      { expr: 'sigmoid(2)', result: 0.8807970779778823 },
    ],
    en: {
      summary:
        'The logistic function squeezes any real number into (0, 1), so an output reads as a probability. Its derivative is σ(x)(1 − σ(x)), at most 0.25.',
      whyZeroCentringMatters:
        'Every output is positive (mean 0.5 for standard normal inputs), so the next layer\'s loss has a steep direction along the mean, (1, …, 1): its curvature v + n·m² caps the learning rate, and learning in every other direction slows by the condition number 1 + n·m²/v (about 93 for 16 inputs). Per example, the gradients of a unit\'s incoming weights also share one sign; summed over a batch they need not.',
      saturationNote:
        'Beyond a few units from 0 the curve is flat. Even at its best the derivative is 0.25, so with unit weights a chain of sigmoid layers multiplies the gradient by at most 0.25 per layer: through ten layers it shrinks below 10⁻⁶ — the vanishing gradient.',
      whenToUse:
        'As the output of a binary classifier or of independent multi-label outputs, and inside gates (LSTM, GRU, attention gates). Rarely as a hidden-layer activation in deep networks.',
      mistakes: [
        'Using it in every hidden layer of a deep network and wondering why the early layers stop learning.',
        'Computing 1/(1+exp(−x)) for a large negative x in a language whose exp overflows; a stable form branches on the sign of x.',
        'Mixing up sigmoid and softmax for multi-class outputs: sigmoids are independent, softmax outputs compete and sum to 1.',
      ],
    },
    'zh-cn': {
      summary:
        'Logistic 函数把任意实数压到 (0, 1) 之间，输出可以当作概率来读。导数为 σ(x)(1 − σ(x))，最大只有 0.25。',
      whyZeroCentringMatters:
        '输出恒为正（标准正态输入下均值为 0.5），下一层的损失因此沿均值方向 (1, …, 1) 出现一个陡峭方向：那里的曲率 v + n·m² 限制了学习率，其他方向的学习都慢了条件数 1 + n·m²/v 倍（16 个输入时约为 93）。单个样本上，同一单元各入边权重的梯度也同号；对一批样本求和后就不一定了。',
      saturationNote:
        '离 0 稍远曲线就变平，进入饱和区。导数最大也只有 0.25，权重为 1 时，每经过一层 sigmoid 梯度至少缩小为四分之一，十层之后不到 10⁻⁶，这就是梯度消失。',
      whenToUse:
        '二分类或多标签（各输出相互独立）的输出层，以及 LSTM、GRU、注意力中的门控。深层网络的隐藏层很少再用它。',
      mistakes: [
        '在深层网络的每个隐藏层都用 sigmoid，结果靠前的层几乎学不动。',
        '直接按 1/(1+exp(−x)) 计算，x 为很大的负数时 exp 溢出；稳定的写法按 x 的正负分支。',
        '把 sigmoid 和 softmax 混用于多分类：sigmoid 的各个输出互不相关，softmax 的输出相互竞争、总和为 1。',
      ],
    },
  },

  tanh: {
    chapter: '06-tanh',
    examples: [
      { expr: 'tanh(0)', result: 0 },
      { expr: "tanh'(0)", result: 1 },
      { expr: 'tanh(1)', result: 0.7615941559557649 },
    ],
    en: {
      summary:
        'The hyperbolic tangent maps the real line onto (−1, 1) and is odd: tanh(−x) = −tanh(x). It is a rescaled sigmoid, tanh(x) = 2σ(2x) − 1, and its derivative is 1 − tanh²(x).',
      whyZeroCentringMatters:
        'Outputs are symmetric around 0, so their mean is 0 and the next layer\'s loss has no steep mean direction (condition number about 1): one learning rate suits every direction. This removes sigmoid\'s slow, zig-zagging learning, though not its saturation.',
      saturationNote:
        'Its slope at 0 is 1 (four times sigmoid\'s), but for |x| beyond about 3 the curve is flat again, and deep stacks of tanh layers still lose their gradient once units saturate.',
      whenToUse:
        'Recurrent networks (the cell update of an LSTM or GRU), small networks, and anywhere a bounded, zero-centred output is wanted. Pair it with Xavier/Glorot initialisation.',
      mistakes: [
        'Writing the formula as (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) and evaluating it literally: for |x| above about 710 both exponentials overflow and the result is NaN.',
        'Believing zero-centring fixes vanishing gradients: it fixes the conditioning of the next layer (the steep mean direction) only; tanh still saturates.',
      ],
    },
    'zh-cn': {
      summary:
        '双曲正切把实数轴映射到 (−1, 1)，是奇函数：tanh(−x) = −tanh(x)。它就是缩放平移后的 sigmoid：tanh(x) = 2σ(2x) − 1，导数为 1 − tanh²(x)。',
      whyZeroCentringMatters:
        '输出关于 0 对称，均值为 0，下一层的损失就没有陡峭的均值方向（条件数约为 1）：一个学习率适合所有方向。sigmoid 那种走“之”字形的缓慢学习因此消失，但饱和问题仍在。',
      saturationNote:
        '在 0 处斜率为 1，是 sigmoid 的四倍；但 |x| 超过 3 左右曲线同样变平，一旦单元饱和，多层堆叠后梯度依旧会消失。',
      whenToUse:
        '循环网络（LSTM、GRU 的状态更新）、小型网络，以及需要有界且零中心化输出的地方。初始化宜配合 Xavier/Glorot。',
      mistakes: [
        '照抄 (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) 直接计算：|x| 大于约 710 时两个指数都溢出，结果是 NaN。',
        '以为零中心化能解决梯度消失：它只改善了下一层的条件数（去掉了陡峭的均值方向），tanh 依然会饱和。',
      ],
    },
  },

  log_sigmoid: {
    chapter: '13-choosing',
    examples: [
      { expr: 'log_sigmoid(0)', result: -0.6931471805599453 },
      { expr: "log_sigmoid'(0)", result: 0.5 },
    ],
    en: {
      summary:
        'log σ(x) = −softplus(−x), computed without forming σ(x) first, so it stays finite and accurate for very negative x. Its derivative is σ(−x) = 1 − σ(x).',
      whyZeroCentringMatters:
        'Outputs are never positive, so as a hidden activation its negative mean gives the next layer the same steep mean direction as a positive one; in practice it appears inside losses, where centring does not matter.',
      saturationNote:
        'For large positive x the output approaches 0 and the derivative vanishes; for negative x it is almost linear with slope 1, so gradients pass.',
      whenToUse:
        'Inside numerically careful losses (binary cross-entropy, log-likelihoods), not as a hidden activation.',
      mistakes: [
        'Computing log(sigmoid(x)): for x below about −745 sigmoid underflows to 0 and the log gives −Infinity instead of ≈ x.',
      ],
    },
    'zh-cn': {
      summary:
        'log σ(x) = −softplus(−x)，不先算出 σ(x)，因此 x 很负时依然有限且精确。导数为 σ(−x) = 1 − σ(x)。',
      whyZeroCentringMatters:
        '输出从不为正，作为隐藏层激活时，负的均值与正的均值一样，会让下一层出现陡峭的均值方向；实际中它多出现在损失函数里，那里不在乎零中心化。',
      saturationNote:
        'x 很大时输出趋近 0、导数消失；x 为负时几乎是斜率为 1 的直线，梯度可以通过。',
      whenToUse: '用在需要数值稳定的损失里（二元交叉熵、对数似然），而不是隐藏层。',
      mistakes: ['写成 log(sigmoid(x))：x 小于约 −745 时 sigmoid 下溢为 0，log 得到 −Infinity，而真值约为 x。'],
    },
  },

  hard_sigmoid: {
    chapter: '13-choosing',
    examples: [
      { expr: 'hard_sigmoid(0)', result: 0.5 },
      { expr: 'hard_sigmoid(3)', result: 1 },
      { expr: "hard_sigmoid'(1)", result: 0.16666666666666666 },
    ],
    en: {
      summary:
        'A piecewise-linear stand-in for sigmoid: relu6(x + 3)/6, i.e. 0 below −3, 1 above 3 and a straight line of slope 1/6 between (the PyTorch definition).',
      whyZeroCentringMatters: 'Like sigmoid, its outputs are all non-negative with a mean near 0.5, so the next layer\'s loss gets a steep mean direction that caps its learning rate.',
      saturationNote:
        'Outside [−3, 3] the derivative is exactly 0, not merely small: a unit whose inputs all land there gets no gradient at all and is dead, as a ReLU unit can be.',
      whenToUse: 'Mobile and quantised networks (MobileNetV3 gates) where exp is too costly.',
      mistakes: [
        'Assuming every framework agrees: old Keras used 0.2x + 0.5 clipped to [0, 1] (flat beyond ±2.5), PyTorch uses x/6 + 0.5 (flat beyond ±3).',
      ],
    },
    'zh-cn': {
      summary:
        'sigmoid 的分段线性近似：relu6(x + 3)/6，即 x < −3 时为 0，x > 3 时为 1，中间是斜率 1/6 的直线（PyTorch 的定义）。',
      whyZeroCentringMatters: '和 sigmoid 一样输出非负、均值约 0.5，下一层的损失因此出现限制学习率的陡峭均值方向。',
      saturationNote: '在 [−3, 3] 之外导数恰好为 0 而不只是很小：输入全部落在那里的单元完全得不到梯度，会像 ReLU 单元那样死亡。',
      whenToUse: '移动端和量化网络（如 MobileNetV3 的门控），那里 exp 的计算开销太大。',
      mistakes: ['以为各框架定义相同：旧版 Keras 用 0.2x + 0.5 并截断到 [0, 1]（±2.5 之外为常数），PyTorch 用 x/6 + 0.5（±3 之外为常数）。'],
    },
  },

  hard_tanh: {
    chapter: '13-choosing',
    examples: [
      { expr: 'hard_tanh(0.5)', result: 0.5 },
      { expr: 'hard_tanh(-4)', result: -1 },
    ],
    en: {
      summary: 'Clips x to [−1, 1]: the identity in between and constant outside. A cheap, piecewise-linear tanh.',
      whyZeroCentringMatters: 'Symmetric around 0, so like tanh its mean is 0 and the next layer gets no steep mean direction.',
      saturationNote: 'Outside [−1, 1] the derivative is exactly 0, so clipped units pass no gradient back; a unit clipped on every input is dead.',
      whenToUse: 'Where a bounded output is needed at almost no cost, e.g. quantised or binarised networks.',
      mistakes: ['Forgetting that clipped units are completely silent for backpropagation, unlike tanh whose gradient is small but non-zero.'],
    },
    'zh-cn': {
      summary: '把 x 截断到 [−1, 1]：中间是恒等映射，两侧为常数。一种计算开销极小的分段线性 tanh。',
      whyZeroCentringMatters: '关于 0 对称，和 tanh 一样均值为 0，下一层不会出现陡峭的均值方向。',
      saturationNote: '在 [−1, 1] 之外导数恰好为 0，被截断的单元不回传任何梯度；在所有输入上都被截断的单元就死了。',
      whenToUse: '需要有界输出又几乎不想付计算开销的场合，如量化或二值化网络。',
      mistakes: ['忘了被截断的单元在反向传播中完全沉默；tanh 在那里梯度虽小却不为零。'],
    },
  },

  softsign: {
    chapter: '13-choosing',
    examples: [
      { expr: 'softsign(1)', result: 0.5 },
      { expr: "softsign'(1)", result: 0.25 },
    ],
    en: {
      summary: 'x/(1 + |x|): an odd, bounded curve in (−1, 1) like tanh, but it approaches ±1 polynomially instead of exponentially. Derivative 1/(1 + |x|)².',
      whyZeroCentringMatters: 'Odd and zero-centred: the mean is 0, so the next layer gets no steep mean direction.',
      saturationNote: 'Its tails flatten slowly (the derivative decays like 1/x²), so |f′| stays above 0.01 until |x| ≈ 9 — much further out than tanh.',
      whenToUse: 'An occasional alternative to tanh when slower saturation is wanted; uncommon in modern networks.',
      mistakes: ['Expecting it to be cheaper than everything: it avoids exp but still needs a division.'],
    },
    'zh-cn': {
      summary: 'x/(1 + |x|)：与 tanh 一样是 (−1, 1) 内的有界奇函数，但以多项式速度而非指数速度逼近 ±1。导数为 1/(1 + |x|)²。',
      whyZeroCentringMatters: '奇函数、零中心化：均值为 0，下一层不会出现陡峭的均值方向。',
      saturationNote: '尾部变平得很慢（导数按 1/x² 衰减），|x| 约到 9 时 |f′| 才低于 0.01，比 tanh 晚得多才饱和。',
      whenToUse: '想要比 tanh 更晚饱和时的替代品；现代网络中不常见。',
      mistakes: ['以为它比所有函数都省：它不用 exp，但仍需要一次除法。'],
    },
  },

  tanhshrink: {
    chapter: '13-choosing',
    examples: [{ expr: 'tanhshrink(0)', result: 0 }],
    en: {
      summary: 'x − tanh(x): nearly zero around the origin (it grows like x³/3) and parallel to x far from it.',
      whyZeroCentringMatters: 'Odd, so outputs are zero-centred for symmetric inputs.',
      saturationNote: 'It does not saturate in the tails (slope tends to 1); instead its derivative tanh²(x) is tiny near 0, so small inputs barely pass gradient.',
      whenToUse: 'Rare; shows up in sparse coding and denoising experiments.',
      mistakes: ['Taking its derivative as 1 − tanh²(x) (that is tanh′); the derivative of x − tanh(x) is tanh²(x).'],
    },
    'zh-cn': {
      summary: 'x − tanh(x)：原点附近几乎为 0（约等于 x³/3），远处与 x 平行。',
      whyZeroCentringMatters: '奇函数，对对称输入其输出零中心化。',
      saturationNote: '尾部不饱和（斜率趋于 1）；反倒是 0 附近导数 tanh²(x) 很小，小输入几乎传不回梯度。',
      whenToUse: '少见；出现在稀疏编码和去噪实验中。',
      mistakes: ['把导数写成 1 − tanh²(x)（那是 tanh′）；x − tanh(x) 的导数是 tanh²(x)。'],
    },
  },
};
