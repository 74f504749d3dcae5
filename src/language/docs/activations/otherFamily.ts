/** Hand-written card prose for the shrinkage functions, the trivial ones and Maxout. */
import type { ActivationDoc } from '../types';

export const OTHER_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  softshrink: {
    chapter: '13-choosing',
    examples: [
      { expr: 'softshrink(2)', result: 1.5 },
      { expr: 'softshrink(0.3)', result: 0 },
    ],
    en: {
      summary: 'Soft thresholding: x − λ above λ, x + λ below −λ, and 0 in between (λ = 0.5 by default). The proximal step of an L1 penalty.',
      whyZeroCentringMatters: 'Odd, so zero-centred for symmetric inputs.',
      saturationNote: 'The derivative is exactly 0 inside [−λ, λ]: small inputs pass no gradient. Outside, the slope is 1.',
      whenToUse: 'Sparse coding and denoising (ISTA-style networks) rather than ordinary hidden layers.',
      mistakes: ['Confusing it with hardshrink, which keeps x unchanged outside [−λ, λ] instead of shifting it by λ.'],
    },
    'zh-cn': {
      summary: '软阈值：大于 λ 时为 x − λ，小于 −λ 时为 x + λ，其间为 0（默认 λ = 0.5）。它是 L1 惩罚的近端算子。',
      whyZeroCentringMatters: '奇函数，对对称输入零中心化。',
      saturationNote: '在 [−λ, λ] 内导数恰为 0，小输入不回传梯度；区间外斜率为 1。',
      whenToUse: '稀疏编码和去噪（ISTA 式网络），而不是普通隐藏层。',
      mistakes: ['与 hardshrink 混淆：后者在 [−λ, λ] 之外保持 x 不变，而不是平移 λ。'],
    },
  },

  hardshrink: {
    chapter: '13-choosing',
    examples: [
      { expr: 'hardshrink(2)', result: 2 },
      { expr: 'hardshrink(0.3)', result: 0 },
    ],
    en: {
      summary: 'Hard thresholding: x where |x| > λ, 0 otherwise (λ = 0.5 by default).',
      whyZeroCentringMatters: 'Odd, so zero-centred for symmetric inputs.',
      saturationNote: 'Zero derivative inside [−λ, λ]; the function jumps at ±λ, so it is not even continuous there.',
      whenToUse: 'Sparsity experiments; rarely a hidden activation.',
      mistakes: ['Expecting a useful gradient across the jump: backpropagation sees only the flat pieces.'],
    },
    'zh-cn': {
      summary: '硬阈值：|x| > λ 时为 x，否则为 0（默认 λ = 0.5）。',
      whyZeroCentringMatters: '奇函数，对对称输入零中心化。',
      saturationNote: '在 [−λ, λ] 内导数为 0；函数在 ±λ 处跳变，那里甚至不连续。',
      whenToUse: '稀疏性实验；很少作为隐藏层激活。',
      mistakes: ['指望跳变处有有用的梯度：反向传播只看得到平的部分。'],
    },
  },

  identity: {
    chapter: '01-why-nonlinear',
    examples: [{ expr: 'identity(-3)', result: -3 }],
    en: {
      summary: 'f(x) = x: no activation at all. A stack of linear layers with it collapses into a single linear map, however deep.',
      whyZeroCentringMatters: 'It passes its input\'s centring through unchanged.',
      saturationNote: 'Never saturates: the derivative is 1 everywhere.',
      whenToUse: 'The output layer of a regression model, and as the baseline that shows why non-linearity is needed.',
      mistakes: ['Believing more linear layers add expressive power: W₂(W₁x) is still one matrix times x.'],
    },
    'zh-cn': {
      summary: 'f(x) = x：即没有激活函数。只用它的多层线性网络，无论多深都退化为一个线性映射。',
      whyZeroCentringMatters: '输入是否零中心化，输出就原样保持。',
      saturationNote: '从不饱和：处处导数为 1。',
      whenToUse: '回归模型的输出层，以及用来说明为何需要非线性的对照。',
      mistakes: ['以为多叠几层线性层就能增强表达能力：W₂(W₁x) 仍然只是一个矩阵乘以 x。'],
    },
  },

  step: {
    chapter: '01-why-nonlinear',
    examples: [
      { expr: 'step(2)', result: 1 },
      { expr: 'step(-2)', result: 0 },
    ],
    en: {
      summary: 'The Heaviside step: 1 for x > 0, 0 for x < 0. The perceptron\'s original activation.',
      whyZeroCentringMatters: 'Outputs are 0 or 1, never negative.',
      saturationNote: 'Its derivative is 0 wherever it exists, so gradient descent gets no signal at all — the reason activations with useful slopes (sigmoid, later ReLU) replaced it.',
      whenToUse: 'Only to understand history and why differentiable activations are needed.',
      mistakes: ['Trying to train it with backpropagation: every gradient through it is zero.'],
    },
    'zh-cn': {
      summary: 'Heaviside 阶跃函数：x > 0 时为 1，x < 0 时为 0。感知机最初使用的激活函数。',
      whyZeroCentringMatters: '输出只有 0 或 1，从不为负。',
      saturationNote: '凡是导数存在的地方都为 0，梯度下降得不到任何信号——这正是它被有可用斜率的激活函数（sigmoid，后来的 ReLU）取代的原因。',
      whenToUse: '只用于理解历史，以及为什么需要可导的激活函数。',
      mistakes: ['试图用反向传播训练它：经过它的梯度全是零。'],
    },
  },

  maxout: {
    chapter: '10-maxout',
    examples: [],
    en: {
      summary: 'h(x) = maxⱼ (Wⱼx + bⱼ): the largest of k affine pieces. With k = 2 it can represent ReLU, Leaky ReLU and |x|; it learns its own piecewise-linear shape.',
      whyZeroCentringMatters: 'Outputs can take either sign, depending on the learned pieces.',
      saturationNote: 'No saturation: the gradient flows through the winning piece unchanged, ∂h/∂x = W_{j*}.',
      whenToUse: 'Historically with dropout; it costs k times the parameters of a plain layer.',
      mistakes: ['Forgetting its gradient: only the winning piece j* gets one; at ties it is a subgradient (here the lowest index wins).'],
    },
    'zh-cn': {
      summary: 'h(x) = maxⱼ (Wⱼx + bⱼ)：k 个仿射段中的最大者。k = 2 时即可表示 ReLU、Leaky ReLU 和 |x|，它学出自己的分段线性形状。',
      whyZeroCentringMatters: '输出可正可负，取决于学到的各段。',
      saturationNote: '不饱和：梯度原样流经胜出段，∂h/∂x = W_{j*}。',
      whenToUse: '历史上与 dropout 搭配；参数量是普通层的 k 倍。',
      mistakes: ['忘了它的梯度：只有胜出段 j* 得到梯度；并列时取次梯度（这里取下标最小者）。'],
    },
  },
};
