/**
 * Chapter titles as the tree view, the chapter picker and the status bar show them. They
 * repeat each notebook's first heading (without its number); a test keeps the two in step.
 */
import type { ChapterId, LocalisedText } from './types';

export const CHAPTER_TITLES: Readonly<Record<ChapterId, LocalisedText>> = {
  '01-why-nonlinear': { en: 'Why a network needs non-linear activations', 'zh-cn': '为什么神经网络需要非线性激活函数' },
  '02-sigmoid': { en: 'Sigmoid and its derivative', 'zh-cn': 'sigmoid 及其导数' },
  '03-softmax': { en: 'Softmax and its Jacobian', 'zh-cn': 'softmax 及其雅可比矩阵' },
  '04-softmax-vs-sigmoid': { en: 'Softmax versus sigmoid', 'zh-cn': 'softmax 与 sigmoid 的比较' },
  '05-sigmoid-problems': { en: 'What goes wrong with sigmoid in hidden layers', 'zh-cn': 'sigmoid 用在隐藏层时的问题' },
  '06-tanh': { en: 'tanh: zero-centred, but still saturating', 'zh-cn': 'tanh：零中心化，但仍会饱和' },
  '07-relu': { en: 'ReLU: cheap, fast, and sometimes dead', 'zh-cn': 'ReLU：便宜、收敛快，偶尔会“死”' },
  '08-leaky-relu-prelu': { en: 'Leaky ReLU and PReLU: a small slope on the left', 'zh-cn': 'Leaky ReLU 与 PReLU：给负半轴留一点斜率' },
  '09-elu-selu': { en: 'ELU and SELU: a smooth negative side', 'zh-cn': 'ELU 与 SELU：光滑的负半轴' },
  '10-maxout': { en: 'Maxout: learn the shape of the activation', 'zh-cn': 'Maxout：连激活函数的形状也交给网络去学' },
  '11-swish': { en: 'Swish: a gate that is a sigmoid', 'zh-cn': 'Swish：用 sigmoid 当门' },
  '12-mish': { en: 'Mish: smooth, self-gated, and slow', 'zh-cn': 'Mish：光滑、自门控，但慢' },
  '13-choosing': { en: 'Choosing an activation', 'zh-cn': '如何选择激活函数' },
  '14-cross-entropy': { en: 'Cross-entropy: the loss made for softmax and sigmoid', 'zh-cn': '交叉熵：为 softmax 和 sigmoid 而生的损失' },
  '15-gradient-flow': { en: 'Gradient flow: exploding gradients, normalisation, self-normalising SELU', 'zh-cn': '梯度流：梯度爆炸、归一化与自归一化的 SELU' },
  '16-gated': { en: 'Gated units: GLU, GEGLU and SwiGLU', 'zh-cn': '门控单元：GLU、GEGLU 与 SwiGLU' },
  '17-curvature': { en: 'Curvature: what f″ says about an activation', 'zh-cn': '曲率：f″ 告诉我们激活函数的什么' },
};

/**
 * The context key that says a chapter is complete (every exercise solved), which the
 * walkthrough step of that chapter waits for: `activationLab.chapterDone.01_why_nonlinear`.
 * Hyphens become underscores so the key reads as one identifier in `when` clauses.
 */
export function chapterDoneKey(chapter: string): string {
  return `activationLab.chapterDone.${chapter.replace(/-/g, '_')}`;
}
