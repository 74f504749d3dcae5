/** Hand-written card prose for ReLU and the rectifiers built on it. */
import type { ActivationDoc } from '../types';

const HE_INIT_EN =
  'Initialising ReLU-family layers with Glorot/Xavier, variance 2/(fan_in + fan_out), which assumes a tanh-like slope of 1 at 0: ReLU halves the second moment at every layer, and He (Kaiming) initialisation, variance 2/fan_in, gives it back. He keeps the signal\'s size through depth; it is not a cure for dead units (a moderate learning rate is).';
const HE_INIT_ZH =
  'ReLU 类的层用 Glorot/Xavier 初始化（方差 2/(fan_in + fan_out)，假设像 tanh 那样在 0 处斜率为 1）：ReLU 每层都让二阶矩减半，He（Kaiming）初始化的方差 2/fan_in 正好补回来。He 初始化让信号穿过多层时保持大小，但它治不了神经元死亡（适中的学习率才行）。';

export const RELU_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  relu: {
    chapter: '07-relu',
    examples: [
      { expr: 'relu(-2)', result: 0 },
      { expr: 'relu(3)', result: 3 },
      { expr: "relu'(0)", result: 0 },
    ],
    en: {
      summary:
        'max(0, x): passes positive inputs unchanged and zeroes the rest. One comparison per element, and its slope of 1 for x > 0 lets gradients through deep stacks, which is why it trains fast.',
      whyZeroCentringMatters:
        'Outputs are never negative (mean about 0.40 for standard normal inputs), so, as with sigmoid, the next layer\'s loss gets a steep direction along the mean that caps its learning rate (per example its weight gradients also share one sign). Normalisation layers, which subtract the mean, usually hide this in practice.',
      saturationNote:
        'No saturation for x > 0 (the slope is exactly 1, so gradients keep their size through depth). For x < 0 the slope is exactly 0: that is not gradual saturation but a hard cut.',
      whenToUse: 'The default hidden activation for feed-forward and convolutional networks. Start here.',
      mistakes: [
        'Stating relu′(0) as a fact: ReLU has no derivative at 0. Frameworks pick 0 there by convention (a subgradient anywhere in [0, 1] is valid).',
        'Dead units: a unit whose pre-activation is negative for every input gets zero gradient forever. Causes: an unlucky initialisation, or a learning rate so high that one update pushes the bias far negative.',
        HE_INIT_EN,
      ],
    },
    'zh-cn': {
      summary:
        'max(0, x)：正输入原样通过，其余置零。每个元素只需一次比较；x > 0 时斜率为 1，梯度能穿过很深的网络，所以收敛快。',
      whyZeroCentringMatters:
        '输出从不为负（标准正态输入下均值约 0.40），因此与 sigmoid 一样，下一层的损失会沿均值方向出现一个限制学习率的陡峭方向（单个样本上权重梯度也同号）。实践中减去均值的归一化层通常会掩盖这一点。',
      saturationNote:
        'x > 0 时没有饱和（斜率恰为 1，梯度穿过多层也不缩小）。x < 0 时斜率恰为 0：这不是逐渐的饱和，而是硬截断。',
      whenToUse: '前馈网络和卷积网络隐藏层的默认选择，先从它开始。',
      mistakes: [
        '把 relu′(0) 当成事实：ReLU 在 0 处不可导，框架按约定取 0（[0, 1] 中任何值都是合法的次梯度）。',
        '神经元死亡：若某个单元对所有输入的预激活值都为负，它的梯度永远为 0。原因有二：初始化不走运，或学习率过大，一次更新就把偏置推到很负。',
        HE_INIT_ZH,
      ],
    },
  },

  relu6: {
    chapter: '13-choosing',
    examples: [
      { expr: 'relu6(8)', result: 6 },
      { expr: 'relu6(2.5)', result: 2.5 },
    ],
    en: {
      summary: 'min(max(0, x), 6): ReLU capped at 6, so activations stay in a range that survives low-precision arithmetic.',
      whyZeroCentringMatters: 'Outputs are non-negative, as with ReLU, so their positive mean gives the next layer a steep direction that caps its learning rate.',
      saturationNote: 'The slope is exactly 0 below 0 and above 6; units stuck above 6 stop learning just like dead ones below 0.',
      whenToUse: 'Mobile networks (MobileNetV1/V2) and models meant for 8-bit quantisation.',
      mistakes: ['Forgetting the upper cap also kills the gradient: relu6′(x) = 0 for x > 6 (and at 0 and 6 by convention).'],
    },
    'zh-cn': {
      summary: 'min(max(0, x), 6)：上限为 6 的 ReLU，使激活值保持在低精度运算也能承受的范围内。',
      whyZeroCentringMatters: '与 ReLU 一样输出非负，为正的均值让下一层出现限制学习率的陡峭方向。',
      saturationNote: '小于 0 和大于 6 时斜率都恰为 0；卡在 6 以上的单元和 0 以下的死亡单元一样停止学习。',
      whenToUse: '移动端网络（MobileNetV1/V2）和计划做 8 位量化的模型。',
      mistakes: ['忘了上限同样会切断梯度：x > 6 时 relu6′(x) = 0（0 与 6 处按约定也取 0）。'],
    },
  },

  leaky_relu: {
    chapter: '08-leaky-relu-prelu',
    examples: [
      { expr: 'leaky_relu(-2)', result: -0.02 },
      { expr: 'leaky_relu(-2, 0.2)', result: -0.4 },
      { expr: "leaky_relu'(0)", result: 0.01 },
    ],
    en: {
      summary:
        'x for x > 0 and αx otherwise (α = 0.01 by default): ReLU with a small slope on the negative side, so no unit is ever completely silent.',
      whyZeroCentringMatters:
        'Negative inputs give small negative outputs, so the mean output moves a little towards 0 compared with ReLU, but for small α it is still about 0.40: the next layer gets the same steep mean direction as after ReLU, even though single-example updates rarely share one sign.',
      saturationNote: 'No saturation: the slope is 1 on the right and α on the left, never smaller.',
      whenToUse: 'When dead ReLUs are a measured problem; GAN discriminators often use α = 0.2. In practice it does not reliably beat ReLU.',
      mistakes: [
        'Writing it as max(αx, x): that equals the definition only for 0 < α < 1. For α > 1 the max picks αx on the positive side — a different function.',
        'Assuming all frameworks share a default slope: PyTorch uses 0.01, Keras\'s LeakyReLU layer uses 0.3.',
        HE_INIT_EN,
      ],
    },
    'zh-cn': {
      summary:
        'x > 0 时为 x，否则为 αx（默认 α = 0.01）：负半轴带小斜率的 ReLU，单元永远不会完全沉默。',
      whyZeroCentringMatters: '负输入给出小的负输出，平均输出比 ReLU 略靠近 0，但 α 较小时仍约为 0.40：尽管单个样本的更新很少全部同号，下一层仍会出现和 ReLU 之后一样的陡峭均值方向。',
      saturationNote: '不饱和：右侧斜率为 1，左侧为 α，不会更小。',
      whenToUse: '确实观测到神经元死亡时使用；GAN 判别器常取 α = 0.2。实践中它并不总是优于 ReLU。',
      mistakes: [
        '写成 max(αx, x)：只有 0 < α < 1 时才与定义相同；α > 1 时正半轴会取到 αx，变成另一个函数。',
        '以为各框架默认斜率一样：PyTorch 为 0.01，Keras 的 LeakyReLU 层为 0.3。',
        HE_INIT_ZH,
      ],
    },
  },

  prelu: {
    chapter: '08-leaky-relu-prelu',
    examples: [
      { expr: 'prelu(-2)', result: -0.5 },
      { expr: 'prelu(-2, 0.1)', result: -0.2 },
    ],
    en: {
      summary:
        'Leaky ReLU whose negative slope α is a learned parameter (0.25 at the start in PyTorch). Training also needs ∂f/∂α, which is x for x ≤ 0 and 0 otherwise.',
      whyZeroCentringMatters: 'If training pushes α up, negative inputs produce larger negative outputs and the mean moves towards 0; it is not guaranteed.',
      saturationNote: 'No saturation on either side as long as α stays away from 0.',
      whenToUse: 'Deep convolutional networks where a learned slope pays for its extra parameters (it was introduced for ImageNet models).',
      mistakes: [
        'Applying weight decay to α: it drags α towards 0 and turns PReLU back into ReLU.',
        'Describing it with max(αx, x): correct only while the learned α stays below 1, which training does not guarantee.',
      ],
    },
    'zh-cn': {
      summary:
        '负半轴斜率 α 可学习的 Leaky ReLU（PyTorch 初始值 0.25）。训练时还需要 ∂f/∂α：x ≤ 0 时为 x，否则为 0。',
      whyZeroCentringMatters: '若训练使 α 变大，负输入给出更大的负输出，均值向 0 靠拢；但这并无保证。',
      saturationNote: '只要 α 不接近 0，两侧都不饱和。',
      whenToUse: '深层卷积网络中，学出来的斜率值得多出的参数时（它最初就是为 ImageNet 模型提出的）。',
      mistakes: [
        '对 α 施加权重衰减：会把 α 拉向 0，PReLU 退化回 ReLU。',
        '用 max(αx, x) 描述它：只有学到的 α 小于 1 时才成立，而训练并不保证这一点。',
      ],
    },
  },

  elu: {
    chapter: '09-elu-selu',
    examples: [
      { expr: 'elu(1)', result: 1 },
      { expr: 'elu(-1)', result: -0.6321205588285577 },
      { expr: "elu'(-1)", result: 0.36787944117144233 },
      { expr: "elu''(-1)", result: 0.36787944117144233 },
    ],
    en: {
      summary:
        'x for x > 0 and α(eˣ − 1) otherwise (α = 1 by default): a curved negative branch that levels off at −α instead of cutting to 0. With α = 1 it is C¹ (continuous slope) but not C²; with any other α its slope jumps at 0.',
      whyZeroCentringMatters:
        'Negative inputs produce negative outputs down to −α, so the mean output (about 0.16 for standard normal inputs) sits much closer to 0 than ReLU\'s 0.40; the next layer\'s steep mean direction shrinks, and it learns faster, by the same argument as for tanh.',
      saturationNote:
        'It saturates only on the negative side, and that is on purpose: very negative inputs all map to about −α, which makes the unit robust to noise. The positive side keeps slope 1.',
      whenToUse: 'Deep networks without batch normalisation where faster convergence matters; costs one exp per negative input.',
      mistakes: [
        'Copying a formula headed ELU′ that is really ELU itself. The derivative is 1 for x > 0 and αeˣ (= ELU(x) + α) for x ≤ 0.',
        'Forgetting the convention at the kink: elu′(0) = α here, as in PyTorch. Only α = 1 makes ELU differentiable at 0, and even then it is C¹, not smooth: its second derivative jumps from 1 to 0 there.',
        'Computing α(exp(x) − 1) instead of α·expm1(x): for tiny x the subtraction loses every digit.',
      ],
    },
    'zh-cn': {
      summary:
        'x > 0 时为 x，否则为 α(eˣ − 1)（默认 α = 1）：负半轴是一条趋向 −α 的曲线，而不是直接截断为 0。α = 1 时它是 C¹（斜率连续），但不是 C²；α 取其他值时斜率在 0 处跳变。',
      whyZeroCentringMatters: '负输入给出直到 −α 的负输出，平均输出（标准正态输入下约 0.16）比 ReLU 的 0.40 更接近 0；下一层的陡峭均值方向随之变缓，按与 tanh 相同的道理，学习更快。',
      saturationNote:
        '只在负半轴饱和，而且是有意为之：很负的输入都被映射到约 −α，使单元对噪声更稳健。正半轴斜率保持为 1。',
      whenToUse: '不使用批归一化、又在意收敛速度的深层网络；每个负输入多一次 exp 的计算开销。',
      mistakes: [
        '照抄标题为 ELU′ 的公式，而那其实是 ELU 本身。正确的导数：x > 0 时为 1，x ≤ 0 时为 αeˣ（= ELU(x) + α）。',
        '忘了尖角处的约定：这里 elu′(0) = α，与 PyTorch 一致。只有 α = 1 时 ELU 在 0 处才可导，即便如此它也只是 C¹，不是光滑的：二阶导数在那里从 1 跳到 0。',
        '用 α(exp(x) − 1) 而不是 α·expm1(x)：x 极小时减法会丢掉全部有效数字。',
      ],
    },
  },

  selu: {
    chapter: '09-elu-selu',
    examples: [{ expr: 'selu(1)', result: 1.0507009873554805 }],
    en: {
      summary:
        'λ·ELU with fixed constants λ ≈ 1.0507 and α ≈ 1.6733, chosen so that activations of a suitably initialised dense network keep mean 0 and variance 1 by themselves (self-normalising).',
      whyZeroCentringMatters: 'Its constants are designed to drive the mean output to 0 layer after layer, which is the whole point of the function.',
      saturationNote: 'Saturates on the negative side towards −λα ≈ −1.758; the positive slope λ is slightly above 1.',
      whenToUse: 'Plain fully-connected networks with LeCun-normal initialisation (variance 1/fan_in) and alpha dropout; the guarantee does not hold with ordinary dropout, residual connections or normalisation layers in between. Convolutions are fine, with fan_in = kernel size × input channels.',
      mistakes: ['Using He initialisation, ordinary dropout or residual connections with SELU, which breaks the self-normalising property (and blaming convolutions, which do not).'],
    },
    'zh-cn': {
      summary:
        '带固定常数的 λ·ELU，λ ≈ 1.0507、α ≈ 1.6733；这样选使得初始化得当的全连接网络的激活值自动保持均值 0、方差 1（自归一化）。',
      whyZeroCentringMatters: '它的常数正是为了让每一层的平均输出趋于 0 而设计的，这是该函数存在的意义。',
      saturationNote: '负半轴向 −λα ≈ −1.758 饱和；正半轴斜率 λ 略大于 1。',
      whenToUse: '配合 LeCun 正态初始化（方差 1/fan_in）和 alpha dropout 的普通全连接网络；用普通 dropout、残差连接或在中间插入归一化层时，保证不再成立。卷积没有问题，fan_in 取卷积核大小 × 输入通道数。',
      mistakes: ['搭配 He 初始化、普通 dropout 或残差连接使用，破坏自归一化性质（却怪罪卷积，其实卷积并不破坏它）。'],
    },
  },

  celu: {
    chapter: '09-elu-selu',
    examples: [{ expr: 'celu(2)', result: 2 }],
    en: {
      summary: 'max(0, x) + min(0, α(e^{x/α} − 1)): a version of ELU whose derivative is continuous at 0 for every α (it is 1 from both sides).',
      whyZeroCentringMatters: 'Like ELU, its negative branch pulls the mean output towards 0.',
      saturationNote: 'Saturates on the negative side towards −α; no saturation for x > 0.',
      whenToUse: 'Where ELU is wanted with an α other than 1 but f′ should stay continuous: CELU is C¹ for every α, ELU only for α = 1.',
      mistakes: ['Passing α = 0: the formula divides by α, so it is not allowed.'],
    },
    'zh-cn': {
      summary: 'max(0, x) + min(0, α(e^{x/α} − 1))：ELU 的一个变体，任意 α 下导数在 0 处都连续（两侧都是 1）。',
      whyZeroCentringMatters: '与 ELU 一样，负分支把平均输出拉向 0。',
      saturationNote: '负半轴向 −α 饱和；x > 0 时不饱和。',
      whenToUse: '想用 α ≠ 1 的 ELU 又希望 f′ 保持连续时：CELU 对任意 α 都是 C¹，ELU 只有在 α = 1 时才是。',
      mistakes: ['传入 α = 0：公式要除以 α，因此不允许。'],
    },
  },
};
