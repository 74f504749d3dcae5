/** Hand-written card prose for the gated linear units of a split input: GLU, GEGLU and SwiGLU. */
import type { ActivationDoc } from '../types';

export const GATED_FAMILY: Readonly<Record<string, ActivationDoc>> = {
  glu: {
    chapter: '16-gated',
    examples: [
      { expr: 'glu([1, 2, 3, 4])', result: [0.9525741268224334, 1.964027580075817] },
      { expr: 'glu([0, 5])', result: [0] },
    ],
    en: {
      summary:
        'The gated linear unit: z is split into halves a (value, first) and b (gate, second), and y = a ⊙ σ(b), so n inputs give n/2 outputs. The split follows PyTorch’s F.glu and JAX’s jax.nn.glu. Its Jacobian is [diag σ(b) | diag(a ⊙ σ′(b))].',
      whyZeroCentringMatters:
        'The output is odd in the value half (a → −a flips y), so with zero-mean values it has zero mean whatever the gate does; the gate σ(b) itself lies in (0, 1) and only scales.',
      saturationNote:
        'Only the gate saturates. With the gate open (b ≫ 0) the value passes with slope ∂y/∂a = σ(b) ≈ 1, a linear path that does not vanish; with the gate closed (b ≪ 0) the output and both partial derivatives go to 0 for that unit.',
      whenToUse:
        'Gated convolutional language models (Dauphin et al., 2017), and as the template of the GEGLU and SwiGLU feed-forward layers of today’s transformers. The layer before it must produce twice as many numbers as you want out.',
      mistakes: [
        'Swapping the halves: in PyTorch’s convention the first half is the value and the second the gate. Shazeer’s paper writes the gated factor first, so read each code base’s order.',
        'Interleaving instead of splitting: glu([a₁, b₁, a₂, b₂]) pairs a₁ with a₂ as values, not a₁ with b₁.',
        'Calling it on an odd-length vector: there is no middle to split at, so the kit (like PyTorch) refuses.',
      ],
    },
    'zh-cn': {
      summary:
        '门控线性单元：把 z 分成前后两半，前一半 a 是值，后一半 b 是门，y = a ⊙ σ(b)，n 个输入给出 n/2 个输出。拆分方式与 PyTorch 的 F.glu、JAX 的 jax.nn.glu 相同。雅可比矩阵为 [diag σ(b) | diag(a ⊙ σ′(b))]。',
      whyZeroCentringMatters: '输出对值那一半是奇函数（a → −a 时 y 变号），所以只要值的均值为 0，不论门如何，输出的均值都是 0；门 σ(b) 本身在 (0, 1) 内，只起缩放作用。',
      saturationNote:
        '只有门会饱和。门打开（b ≫ 0）时，值以斜率 ∂y/∂a = σ(b) ≈ 1 直接通过，这是一条不会消失的线性通路；门关闭（b ≪ 0）时，该单元的输出和两个偏导数都趋于 0。',
      whenToUse: '门控卷积语言模型（Dauphin 等，2017），以及当今 Transformer 中 GEGLU、SwiGLU 前馈层的原型。它前面的那一层要输出两倍于所需的数。',
      mistakes: [
        '把两半弄反：按 PyTorch 的约定，前一半是值，后一半是门。Shazeer 的论文把被激活的因子写在前面，所以要看清各个代码库的顺序。',
        '交错配对而不是前后拆分：glu([a₁, b₁, a₂, b₂]) 把 a₁ 和 a₂ 当作值，而不是把 a₁ 和 b₁ 配成一对。',
        '对长度为奇数的向量调用：没有中点可分，本工具（与 PyTorch 一样）会拒绝。',
      ],
    },
  },

  geglu: {
    chapter: '16-gated',
    examples: [
      { expr: 'geglu([2, 1])', result: [1.682689492137086] },
      { expr: 'geglu([1, -3, 1, 0.5])', result: [0.841344746068543, -1.0371936919110196] },
    ],
    en: {
      summary:
        'y = a ⊙ GELU(b) for z split into value a (first half) and gate b (second half), with the exact erf GELU. From Shazeer’s “GLU Variants Improve Transformer” (2020); T5 version 1.1 uses it in its feed-forward layers.',
      whyZeroCentringMatters: 'Odd in the value half, like every gated unit here, so zero-mean values give a zero-mean output; the gate GELU(b) dips slightly below 0, so it can also flip a value’s sign a little.',
      saturationNote:
        'The gate closes smoothly for b ≪ 0 (GELU and its slope go to 0); for b ≫ 0 it grows like b, so y ≈ a·b, a product of two linear paths, and neither partial derivative vanishes.',
      whenToUse: 'Transformer feed-forward blocks (T5 1.1, and later models that follow Shazeer’s comparison), usually with the hidden width cut to about 2/3 so the three weight matrices cost what two did.',
      mistakes: [
        'Using the tanh approximation without saying so: geglu here is the exact erf GELU; GELU(1) is 0.841345 exactly, 0.841192 with the tanh form.',
        'Forgetting that the gate is unbounded: unlike GLU’s σ, GELU(b) is not a number between 0 and 1, so “gate” means a multiplier, not a probability.',
      ],
    },
    'zh-cn': {
      summary: '把 z 分成值 a（前一半）和门 b（后一半），y = a ⊙ GELU(b)，其中 GELU 用精确的 erf 形式。出自 Shazeer 的《GLU Variants Improve Transformer》（2020）；T5 1.1 版的前馈层用的就是它。',
      whyZeroCentringMatters: '与这里所有门控单元一样，它对值那一半是奇函数，所以值的均值为 0 时输出的均值也为 0；门 GELU(b) 会略低于 0，因此也可能轻微翻转值的符号。',
      saturationNote: 'b ≪ 0 时门平滑地关闭（GELU 及其斜率趋于 0）；b ≫ 0 时门像 b 一样增长，于是 y ≈ a·b，是两条线性通路的乘积，两个偏导数都不会消失。',
      whenToUse: 'Transformer 的前馈层（T5 1.1，以及沿用 Shazeer 比较结果的后续模型），通常把隐藏宽度缩到约 2/3，让三个权重矩阵的开销与原来两个相当。',
      mistakes: [
        '用了 tanh 近似却不说明：这里的 geglu 用精确的 erf 形式 GELU；GELU(1) 精确值为 0.841345，tanh 近似为 0.841192。',
        '忘了门没有上界：与 GLU 的 σ 不同，GELU(b) 并不在 0 与 1 之间，这里的“门”是一个乘数，而不是概率。',
      ],
    },
  },

  swiglu: {
    chapter: '16-gated',
    examples: [
      { expr: 'swiglu([2, 1])', result: [1.4621171572600098] },
      { expr: 'swiglu([1, 1], 2)', result: [0.8807970779778823] },
    ],
    en: {
      summary:
        'y = a ⊙ Swish_β(b) = a ⊙ b σ(βb) for z split into value a (first half) and gate b (second half); β = 1 (the default) makes the gate SiLU. From Shazeer (2020); the feed-forward layers of PaLM and LLaMA use it.',
      whyZeroCentringMatters: 'Odd in the value half, so zero-mean values give a zero-mean output; the SiLU gate dips to about −0.278 and otherwise grows like b.',
      saturationNote:
        'The gate closes smoothly for βb ≪ 0 (Swish and its slope go to 0) and opens without bound for βb ≫ 0, where y ≈ a·b; there is no saturation on the open side, so gradients through open units do not shrink.',
      whenToUse:
        'The default feed-forward activation of many large language models (PaLM, LLaMA and their descendants): LLaMA computes W₂(SiLU(W₁x) ⊙ W₃x) with a hidden width of about 2/3 · 4d.',
      mistakes: [
        'Writing SwiGLU as Swish applied to one vector: it needs two projections, one gated and one not, and multiplies them.',
        'Assuming β is learned: LLaMA and PaLM use SiLU, β = 1; swiglu(z, beta) lets you change it, but nothing here learns it.',
      ],
    },
    'zh-cn': {
      summary:
        '把 z 分成值 a（前一半）和门 b（后一半），y = a ⊙ Swish_β(b) = a ⊙ b σ(βb)；β = 1（默认）时门就是 SiLU。出自 Shazeer（2020）；PaLM 和 LLaMA 的前馈层都用它。',
      whyZeroCentringMatters: '对值那一半是奇函数，所以值的均值为 0 时输出的均值也为 0；SiLU 门最低约为 −0.278，其余部分像 b 一样增长。',
      saturationNote: 'βb ≪ 0 时门平滑地关闭（Swish 及其斜率趋于 0）；βb ≫ 0 时门无上界地打开，y ≈ a·b。打开的一侧没有饱和，所以经过打开单元的梯度不会缩小。',
      whenToUse: '许多大语言模型（PaLM、LLaMA 及其后继者）默认的前馈激活：LLaMA 计算 W₂(SiLU(W₁x) ⊙ W₃x)，隐藏宽度约为 2/3 · 4d。',
      mistakes: [
        '把 SwiGLU 写成对一个向量做 Swish：它需要两个投影，一个经过门控、一个不经过，再把二者相乘。',
        '以为 β 是学出来的：LLaMA 和 PaLM 用的是 SiLU，即 β = 1；swiglu(z, beta) 可以改它，但这里没有任何东西去学习它。',
      ],
    },
  },
};
