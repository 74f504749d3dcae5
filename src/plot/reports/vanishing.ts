/** Report of the vanishing-gradient experiment: table, reading, log-scale chart. */
import type { VanishingResult } from '../../core/experiments/vanishing';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

export function vanishingReport(r: VanishingResult, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const initName = r.init === 'he' ? 'He' : 'Xavier';
  const rows = r.entries.map((e) => {
    const mean = e.meanSlope.reduce((s, v) => s + v, 0) / e.meanSlope.length;
    const max = Math.max(...e.maxSlope);
    return [e.label, r.init, num(mean), num(max), num(e.gradNorm[0]), num(e.factor)];
  });
  const notes: string[] = [
    zh
      ? `${r.depth} 层（每层宽 ${r.width}，${initName} 初始化）中的每一层都把反向传播的梯度乘以 f′(z) 和 Wᵀ。最后一列是平均每层的缩放因子；输入层的梯度约等于这个因子的 ${r.depth} 次方。`
      : `Each of the ${r.depth} layers (width ${r.width}, ${initName} initialisation) multiplies the backward gradient by f′(z) and by Wᵀ. The last column is the average factor per layer; the gradient at the input is that factor to the power ${r.depth}.`,
  ];
  const sig = r.entries.find((e) => e.label === 'sigmoid');
  if (sig) {
    const max = num(Math.max(...sig.maxSlope));
    notes.push(
      zh
        ? `sigmoid′ 的最大值是 0.25（这里观测到的最大值：${max}），所以即使权重能保持梯度的大小，经过 ${r.depth} 层后梯度也只剩顶层的约 ${num(sig.gradNorm[0])}：这就是梯度消失。`
        : `sigmoid′ never exceeds 0.25 (largest seen here: ${max}), so even with weights that preserve the gradient's size, ${r.depth} layers shrink it to about ${num(sig.gradNorm[0])} of its size at the top: the vanishing gradient (梯度消失).`,
    );
  }
  const relu = r.entries.find((e) => e.label === 'relu');
  if (relu) {
    const f = num(relu.factor);
    notes.push(
      r.init === 'he'
        ? zh
          ? `relu 在激活区域的斜率为 1；He 初始化（方差 2/fan_in）补偿了被置零的那一半单元，所以每层因子接近 1（${f}）。`
          : `relu passes gradients with slope 1 where it is active; He initialisation (variance 2/fan_in) makes up for the half it zeroes, so the factor stays near 1 (${f}).`
        : zh
          ? `使用 Xavier 权重时，relu 每层大约损失 √2 倍（${f}），因为它把一半单元置零；He 初始化（方差 2/fan_in）正好纠正这一点：试试 vanishing([relu], ${r.depth}, "he")。`
          : `relu with Xavier weights loses about a factor √2 per layer (${f}) because it zeroes half the units; He initialisation (variance 2/fan_in) corrects exactly that: try vanishing([relu], ${r.depth}, "he").`,
    );
  }
  const x = Array.from({ length: r.depth + 1 }, (_, l) => l);
  return {
    title: zh ? `经过 ${r.depth} 层的梯度消失` : `Vanishing gradients through ${r.depth} layers`,
    table: {
      columns: zh
        ? ['激活函数', '初始化', '每层平均 f′', '最大 f′', '第 0 层的梯度（顶层 = 1）', '每层因子']
        : ['activation', 'init', 'mean f′ per layer', 'max f′', 'gradient at layer 0 (top = 1)', 'factor per layer'],
      rows,
    },
    notes,
    chart: {
      version: 1,
      title: zh ? '各层梯度大小（对数刻度）' : 'Gradient size by layer (log scale)',
      xLabel: zh ? '层（0 = 输入）' : 'layer (0 = input)',
      yLabel: zh ? '∂L/∂h 的均方根' : 'RMS of ∂L/∂h',
      yScale: 'log',
      x,
      curves: r.entries.map((e) => ({ label: e.label, y: Array.from(e.gradNorm, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
  };
}
