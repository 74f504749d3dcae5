/**
 * Report of the vanishing-gradient experiment: table, reading, log-scale chart of the
 * gradient by layer, and two figures of the forward pass (mean and variance of each layer's
 * outputs), which is where SELU's self-normalisation shows.
 */
import type { VanishingEntry, VanishingResult } from '../../core/experiments/vanishing';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';
import type { PlotSpec, ReportFigure } from '../spec';
import { renderPlotSvg } from '../svg';

const INIT_NAMES = { xavier: 'Xavier', he: 'He', lecun: 'LeCun' } as const;

/** Largest |mean| and |variance − 1| over the second half of the stack: how far from SELU's fixed point (0, 1). */
function driftFromFixedPoint(e: VanishingEntry, depth: number): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (let l = Math.ceil(depth / 2); l <= depth; l++) {
    mean = Math.max(mean, Math.abs(e.mean[l]));
    variance = Math.max(variance, Math.abs(e.variance[l] - 1));
  }
  return { mean, variance };
}

function seluNote(r: VanishingResult, e: VanishingEntry, zh: boolean): string {
  const last = `${num(e.mean[r.depth])}, ${num(e.variance[r.depth])}`;
  const drift = driftFromFixedPoint(e, r.depth);
  const assumptions = r.init === 'lecun' && r.dropout === 0;
  if (assumptions) {
    return zh
      ? `selu 配合 LeCun 初始化（方差 1/fan_in）：从第 ${Math.ceil(r.depth / 2)} 层到第 ${r.depth} 层，输出均值与 0 相差不超过 ${num(drift.mean)}，方差与 1 相差不超过 ${num(drift.variance)}（第 ${r.depth} 层：${last}）。这就是自归一化：均值和方差被拉向不动点 (0, 1)，剩下的波动来自每层只有 ${r.width} 个单元的有限宽度。`
      : `selu with LeCun initialisation (variance 1/fan_in): from layer ${Math.ceil(r.depth / 2)} to ${r.depth} the mean of its outputs stays within ${num(drift.mean)} of 0 and their variance within ${num(drift.variance)} of 1 (layer ${r.depth}: ${last}). That is self-normalisation: mean and variance are pulled towards the fixed point (0, 1); what wobble remains comes from the finite width of ${r.width} units per layer.`;
  }
  const why = r.dropout > 0
    ? zh
      ? `普通 dropout（比例 ${num(r.dropout)}）把输出置为 0 并放大幸存者，改变了方差，破坏了这一前提（自归一化网络要用 alpha dropout）`
      : `ordinary dropout (rate ${num(r.dropout)}) sets outputs to 0 and scales up the survivors, which changes the variance and breaks that assumption (self-normalising networks use alpha dropout instead)`
    : zh
      ? `${INIT_NAMES[r.init]} 初始化的权重方差不是 1/fan_in，不动点 (0, 1) 不再成立`
      : `${INIT_NAMES[r.init]} initialisation does not give the weights variance 1/fan_in, so (0, 1) is no longer the fixed point`;
  return zh
    ? `selu 的自归一化只在 LeCun 初始化且不用普通 dropout 时成立；这里${why}：第 ${r.depth} 层输出的均值和方差为 ${last}。`
    : `selu normalises itself only with LeCun initialisation and without ordinary dropout; here ${why}: at layer ${r.depth} the mean and variance of its outputs are ${last}.`;
}

/**
 * A line chart of one forward statistic by layer, as a static figure. The y range always
 * includes a fixed window around SELU's fixed point (mean in [−0.5, 0.5], variance in
 * [0.1, 10]), so finite-width wobble of a few hundredths does not fill the whole height and
 * a flat line looks flat.
 */
function statisticFigure(r: VanishingResult, pick: (e: VanishingEntry) => Float64Array, title: string, yLabel: string, xLabel: string, log: boolean, id: string): ReportFigure {
  const values = r.entries.flatMap((e) => Array.from(pick(e)).filter((v) => Number.isFinite(v) && (!log || v > 0)));
  const [lo, hi] = log ? [0.1, 10] : [-0.5, 0.5];
  const spec: PlotSpec = {
    version: 1,
    title,
    xLabel,
    yLabel,
    yRange: [Math.min(lo, ...values), Math.max(hi, ...values)],
    ...(log ? { yScale: 'log' as const } : {}),
    x: Array.from({ length: r.depth + 1 }, (_, l) => l),
    curves: r.entries.map((e) => ({ label: e.label, y: Array.from(pick(e), (v) => (Number.isFinite(v) && (!log || v > 0) ? v : null)) })),
  };
  return { svg: renderPlotSvg(spec, { palette: 'neutral', width: 640, height: 300, idPrefix: `vanishing-${id}` }), alt: title };
}

export function vanishingReport(r: VanishingResult, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const initName = INIT_NAMES[r.init];
  const rows = r.entries.map((e) => {
    const mean = e.meanSlope.reduce((s, v) => s + v, 0) / e.meanSlope.length;
    const max = Math.max(...e.maxSlope);
    return [e.label, r.init, num(mean), num(max), num(e.gradNorm[0]), num(e.factor), num(e.mean[r.depth]), num(e.variance[r.depth])];
  });
  const dropoutText = r.dropout > 0 ? (zh ? `，每层输出做比例为 ${num(r.dropout)} 的 dropout` : `, dropout at rate ${num(r.dropout)} on every layer's output`) : '';
  const notes: string[] = [
    zh
      ? `${r.depth} 层（每层宽 ${r.width}，${initName} 初始化${dropoutText}）中的每一层都把反向传播的梯度乘以 f′(z) 和 Wᵀ。“每层因子”是平均每层的缩放因子；输入层的梯度约等于这个因子的 ${r.depth} 次方。最后两列是前向传播中第 ${r.depth} 层输出 h 的均值和方差（输入的均值为 ${num(r.entries[0]?.mean[0] ?? 0)}，方差为 ${num(r.entries[0]?.variance[0] ?? 1)}）。`
      : `Each of the ${r.depth} layers (width ${r.width}, ${initName} initialisation${dropoutText}) multiplies the backward gradient by f′(z) and by Wᵀ. The "factor per layer" column is the average factor per layer; the gradient at the input is that factor to the power ${r.depth}. The last two columns are the mean and variance of the layer-${r.depth} outputs h in the forward pass (the input has mean ${num(r.entries[0]?.mean[0] ?? 0)}, variance ${num(r.entries[0]?.variance[0] ?? 1)}).`,
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
  if (relu && r.init !== 'lecun') {
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
  for (const e of r.entries) {
    if (e.factor > 1.02 && e.gradNorm[0] > 2) {
      notes.push(
        zh
          ? `${e.label} 的梯度每层放大约 ${num(e.factor)} 倍，到输入层已是顶层的 ${num(e.gradNorm[0])} 倍：这是梯度爆炸，与梯度消失方向相反，却出自同一个乘积。`
          : `${e.label}'s gradient grows by about ${num(e.factor)} per layer and reaches ${num(e.gradNorm[0])} times its size at the top: an exploding gradient, the same product as a vanishing one with factors above 1.`,
      );
    }
  }
  const selu = r.entries.find((e) => e.label === 'selu');
  if (selu) notes.push(seluNote(r, selu, zh));
  const x = Array.from({ length: r.depth + 1 }, (_, l) => l);
  const layerLabel = zh ? '层（0 = 输入）' : 'layer (0 = input)';
  return {
    title: zh ? `经过 ${r.depth} 层的梯度消失` : `Vanishing gradients through ${r.depth} layers`,
    table: {
      columns: zh
        ? ['激活函数', '初始化', '每层平均 f′', '最大 f′', '第 0 层的梯度（顶层 = 1）', '每层因子', `第 ${r.depth} 层 h 的均值`, `第 ${r.depth} 层 h 的方差`]
        : ['activation', 'init', 'mean f′ per layer', 'max f′', 'gradient at layer 0 (top = 1)', 'factor per layer', `mean of h at layer ${r.depth}`, `variance of h at layer ${r.depth}`],
      rows,
    },
    notes,
    chart: {
      version: 1,
      title: zh ? '各层梯度大小（对数刻度）' : 'Gradient size by layer (log scale)',
      xLabel: layerLabel,
      yLabel: zh ? '∂L/∂h 的均方根' : 'RMS of ∂L/∂h',
      yScale: 'log',
      x,
      curves: r.entries.map((e) => ({ label: e.label, y: Array.from(e.gradNorm, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
    figures: [
      statisticFigure(r, (e) => e.mean, zh ? '前向传播：各层输出的均值' : 'Forward pass: mean of each layer’s outputs', zh ? 'h 的均值' : 'mean of h', layerLabel, false, 'mean'),
      statisticFigure(r, (e) => e.variance, zh ? '前向传播：各层输出的方差（对数刻度）' : 'Forward pass: variance of each layer’s outputs (log scale)', zh ? 'h 的方差' : 'variance of h', layerLabel, true, 'variance'),
    ],
  };
}
