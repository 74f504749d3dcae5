/** Hand-written card prose for functions of a whole vector: the softmax family and logsumexp. */
import type { ActivationDoc } from '../types';

export const VECTOR_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  softmax: {
    chapter: '03-softmax',
    examples: [
      { expr: 'softmax([0, 0])', result: [0.5, 0.5] },
      { expr: 'softmax([1000, 1000])', result: [0.5, 0.5] },
      { expr: 'softmax([0, log(3)])', result: [0.25, 0.75] },
    ],
    en: {
      summary:
        'yᵢ = e^{zᵢ}/Σₖ e^{zₖ}: turns a vector of scores into probabilities that are positive and sum to 1. Its Jacobian is diag(y) − y·yᵀ: ∂yᵢ/∂zᵢ = yᵢ(1 − yᵢ) and ∂yᵢ/∂zⱼ = −yᵢyⱼ.',
      whyZeroCentringMatters: 'An output layer, so centring does not apply; what matters is that its outputs are coupled: raising one lowers the others.',
      saturationNote:
        'When one score dominates, y approaches a one-hot vector and every Jacobian entry approaches 0, so gradients vanish unless it is paired with cross-entropy, whose gradient y − target stays informative.',
      whenToUse: 'The output of a classifier over mutually exclusive classes; attention weights. For two classes it is equivalent to a sigmoid of the score difference.',
      mistakes: [
        'Computing it without subtracting max(z) first: e^{1000} overflows and [1000, 1001, 1002] gives NaN.',
        'Reading the diagonal case ∂yᵢ/∂zᵢ as the general ∂yᵢ/∂zⱼ: the off-diagonal entries are −yᵢyⱼ.',
        'Using softmax for multi-label problems, where classes are not exclusive; use independent sigmoids.',
      ],
    },
    'zh-cn': {
      summary:
        'yᵢ = e^{zᵢ}/Σₖ e^{zₖ}：把一组得分变成为正且总和为 1 的概率。雅可比矩阵为 diag(y) − y·yᵀ：∂yᵢ/∂zᵢ = yᵢ(1 − yᵢ)，∂yᵢ/∂zⱼ = −yᵢyⱼ。',
      whyZeroCentringMatters: '它用在输出层，零中心化不适用；要紧的是输出相互耦合：一个变大，其余就变小。',
      saturationNote:
        '某个得分远大于其他时，y 接近独热向量，雅可比矩阵的每一项都趋于 0，梯度消失；搭配交叉熵时梯度为 y − 目标，仍然有效。',
      whenToUse: '互斥类别分类器的输出层、注意力权重。二分类时它等价于得分差的 sigmoid。',
      mistakes: [
        '不先减去 max(z) 就计算：e^{1000} 溢出，[1000, 1001, 1002] 得到 NaN。',
        '把对角情形 ∂yᵢ/∂zᵢ 当成一般的 ∂yᵢ/∂zⱼ：非对角元素是 −yᵢyⱼ。',
        '在多标签问题上用 softmax：类别并不互斥时，应当用相互独立的 sigmoid。',
      ],
    },
  },

  log_softmax: {
    chapter: '03-softmax',
    examples: [{ expr: 'log_softmax([0, 0])', result: [-0.6931471805599453, -0.6931471805599453] }],
    en: {
      summary: 'log of softmax, computed as zᵢ − logsumexp(z) so it never takes the log of an underflowed 0. Its Jacobian is I − 1·yᵀ with y = softmax(z).',
      whyZeroCentringMatters: 'Used for losses, so centring does not apply.',
      saturationNote: 'Unlike softmax, its gradient does not vanish for a dominant score: ∂/∂zⱼ of log yᵢ is δᵢⱼ − yⱼ.',
      whenToUse: 'Together with negative log-likelihood (that pair is cross-entropy), and whenever log-probabilities are needed.',
      mistakes: ['Writing log(softmax(z)): a probability that underflows to 0 gives −Infinity where the true value is finite.'],
    },
    'zh-cn': {
      summary: 'softmax 的对数，按 zᵢ − logsumexp(z) 计算，从不对下溢成 0 的数取对数。雅可比矩阵为 I − 1·yᵀ，y = softmax(z)。',
      whyZeroCentringMatters: '用于损失函数，零中心化不适用。',
      saturationNote: '与 softmax 不同，得分悬殊时梯度不会消失：log yᵢ 对 zⱼ 的偏导为 δᵢⱼ − yⱼ。',
      whenToUse: '与负对数似然搭配（二者合起来就是交叉熵），以及任何需要对数概率的地方。',
      mistakes: ['写成 log(softmax(z))：下溢为 0 的概率会得到 −Infinity，而真值是有限的。'],
    },
  },

  softmin: {
    chapter: '03-softmax',
    examples: [{ expr: 'softmin([0, 0])', result: [0.5, 0.5] }],
    en: {
      summary: 'softmax(−z): probabilities that favour the smallest entries.',
      whyZeroCentringMatters: 'An output-style function; centring does not apply.',
      saturationNote: 'Like softmax, its Jacobian entries vanish when one entry is far smaller than the rest.',
      whenToUse: 'Soft selection of the minimum, e.g. weighting by distance.',
      mistakes: ['Implementing it as 1 − softmax(z): that does not sum to 1 for more than two entries.'],
    },
    'zh-cn': {
      summary: 'softmax(−z)：偏向最小元素的概率分布。',
      whyZeroCentringMatters: '属于输出型函数，零中心化不适用。',
      saturationNote: '与 softmax 一样，某个元素远小于其他时雅可比矩阵各项趋于 0。',
      whenToUse: '最小值的软选择，例如按距离加权。',
      mistakes: ['实现成 1 − softmax(z)：元素多于两个时总和不为 1。'],
    },
  },

  logsumexp: {
    chapter: '03-softmax',
    examples: [{ expr: 'logsumexp([0, 0])', result: 0.6931471805599453 }],
    en: {
      summary: 'log Σₖ e^{zₖ}: a smooth maximum, always between max(z) and max(z) + log n. Its gradient is softmax(z).',
      whyZeroCentringMatters: 'A scalar summary of a vector; centring does not apply.',
      saturationNote: 'Its gradient is a probability vector, so it never vanishes as a whole; it concentrates on the largest entry.',
      whenToUse: 'Inside log-softmax and cross-entropy, and as a differentiable max.',
      mistakes: ['Evaluating log(sum(exp(z))) directly: overflow for entries above about 709; subtract the maximum first.'],
    },
    'zh-cn': {
      summary: 'log Σₖ e^{zₖ}：光滑的最大值，总在 max(z) 与 max(z) + log n 之间。梯度就是 softmax(z)。',
      whyZeroCentringMatters: '它是向量的标量概括，零中心化不适用。',
      saturationNote: '梯度是一个概率向量，整体不会消失，而是集中到最大的元素上。',
      whenToUse: 'log-softmax 与交叉熵内部，以及作为可导的最大值。',
      mistakes: ['直接计算 log(sum(exp(z)))：元素超过约 709 就溢出；应先减去最大值。'],
    },
  },
};
