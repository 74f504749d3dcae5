/** Report of the activation race: final numbers, loss curves and decision boundaries. */
import type { RaceResult } from '../../core/experiments/race';
import { renderBoundariesSvg } from '../heatmap';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

export function raceReport(r: RaceResult, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const rows = r.entries.map((e) => {
    const half = e.loss.findIndex((l) => l < e.loss[0] / 2);
    return [e.label, e.init, num(e.loss[0]), num(e.loss[e.loss.length - 1]), `${Math.round(e.accuracy * 100)}%`, half < 0 ? `> ${r.epochs}` : String(half + 1)];
  });
  const best = [...r.entries].sort((a, b) => a.loss[a.loss.length - 1] - b.loss[b.loss.length - 1])[0];
  const names = r.entries.map((e) => e.label).join(', ');
  const net = r.sizes.join('-');
  return {
    title: zh ? `在 "${r.dataset.name}" 上赛跑：${net} 网络，${r.epochs} 轮` : `Race on "${r.dataset.name}": ${net} network, ${r.epochs} epochs`,
    table: {
      columns: zh
        ? ['激活函数', '初始化', '初始损失', '最终损失', '准确率', '损失减半所需轮数']
        : ['activation', 'init', 'loss at start', 'final loss', 'accuracy', 'epochs to halve the loss'],
      rows,
    },
    notes: [
      zh
        ? `每个激活函数使用相同的数据（${r.dataset.n} 个点）、相同的随机种子和相同的网络；全批量 Adam，学习率 ${r.lr}，二元交叉熵。ReLU 家族用 He 初始化，饱和型函数用 Xavier。`
        : `Same data (${r.dataset.n} points), same seed, same network for every activation; full-batch Adam, learning rate ${r.lr}, binary cross-entropy. He initialisation for the ReLU family, Xavier for squashing functions.`,
      best ? (zh ? `最终损失最低：${best.label}。` : `Lowest final loss: ${best.label}.`) : '',
    ].filter((s) => s !== ''),
    chart: {
      version: 1,
      title: zh ? '训练损失（对数刻度）' : 'Training loss (log scale)',
      xLabel: zh ? '轮次' : 'epoch',
      yLabel: zh ? '损失' : 'loss',
      yScale: 'log',
      x: Array.from({ length: r.epochs }, (_, e) => e + 1),
      curves: r.entries.map((e) => ({ label: e.label, y: Array.from(e.loss, (v) => (v > 0 && Number.isFinite(v) ? v : null)) })),
    },
    figures: [
      {
        svg: renderBoundariesSvg(
          r.entries.map((e) => ({ label: e.label, grid: e.grid })),
          { resolution: r.resolution, X: r.dataset.X, y: r.dataset.y },
          { title: zh ? '训练后的决策边界' : 'Decision boundaries after training' },
        ),
        alt: zh ? `${names} 在 ${r.dataset.name} 上的决策边界` : `Decision boundaries of ${names} on ${r.dataset.name}`,
      },
    ],
  };
}
