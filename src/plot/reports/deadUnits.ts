/** Report of the dead-unit experiment: the share of dead hidden units over training. */
import type { DeadUnitsRun } from '../../core/experiments/deadUnits';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

const last = (a: Float64Array): number => a[a.length - 1];

export function deadUnitsReport(runs: readonly DeadUnitsRun[], steps: number, lr: number, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const rows = runs.map((r) => [r.label, r.init, num(r.firstLayerScale), pct(r.dead[0]), pct(last(r.dead)), num(r.loss[0]), num(last(r.loss))]);
  const notes = [
    zh
      ? `如果一个单元在所有训练输入上的导数都是 0，它就“死”了：没有梯度能到达它的权重，它再也不会恢复（神经元死亡）。网络 2-32-32-1，circle 数据，全批量梯度下降，学习率 ${lr}，${steps} 步。`
      : `A unit is dead when its derivative is 0 on every training input: no gradient reaches its weights, so it never recovers (神经元死亡). Network 2-32-32-1 on the circle data, full-batch gradient descent, learning rate ${lr}, ${steps} steps.`,
  ];
  const first = runs[0];
  if (first && last(first.loss) > 0.8 * first.loss[0]) {
    notes.push(
      zh
        ? `${first.label}（${first.init}）的损失几乎没动（${num(first.loss[0])} → ${num(last(first.loss))}）：这个学习率太小，${steps} 步内什么也没学到。没有单元死亡，并不说明训练正常。试试 dead_units(${first.label}, 1, ${steps})。`
        : `The loss of ${first.label} (${first.init}) hardly moved (${num(first.loss[0])} → ${num(last(first.loss))}): at this learning rate nothing is learned in ${steps} steps, so a constant count of dead units says nothing about healthy training. Try dead_units(${first.label}, 1, ${steps}).`,
    );
  }
  if (first && last(first.dead) > first.dead[0] + 0.05) {
    const a = pct(first.dead[0]);
    const b = pct(last(first.dead));
    notes.push(
      zh
        ? `${first.label} 的死亡单元比例从 ${a} 升到 ${b}：过大的更新步长把偏置和权重推得太远，一些单元对所有输入都保持负值。降低学习率再比较：dead_units(${first.label}, 1, ${steps})。`
        : `With ${first.label} the share of dead units rose from ${a} to ${b}: large steps push biases and weights so far that some units stay negative for every input. Lower the learning rate and compare: dead_units(${first.label}, 1, ${steps}).`,
    );
  }
  const xavier = runs.find((r) => r.label === first?.label && r.init === 'xavier');
  const he = runs.find((r) => r.label === first?.label && r.init === 'he');
  // The scale argument needs a positively homogeneous function (ReLU: f(cz) = c·f(z) for c > 0),
  // which is what makes both initialisations start with the same dead units.
  if (first?.label === 'relu' && xavier && he && xavier.dead[0] === he.dead[0] && last(he.dead) < last(xavier.dead) - 0.05) {
    notes.push(
      zh
        ? `两种初始化一开始死掉的单元一样多（${pct(xavier.dead[0])} 与 ${pct(he.dead[0])}）：偏置为 0 时，按比例缩放 ReLU 网络的权重不会改变任何符号。它们只差在尺度：第一层有 2 个输入、32 个输出，Xavier 权重的均方根是 ${num(xavier.firstLayerScale)}，He 是 ${num(he.firstLayerScale)}。单元的偏置要降到数据上 w·x 的最大值以下才会死，权重越大，需要的偏置步长就越大：这里 He 少死单元（${pct(last(he.dead))} 对 ${pct(last(xavier.dead))}）是这个原因，而不是 He 初始化的本意（在多层 ReLU 中保持信号的方差）。防止神经元死亡要靠更小的学习率、自适应优化器或带泄漏的变体。`
        : `Both initialisations start with the same dead units (${pct(xavier.dead[0])} and ${pct(he.dead[0])}): with zero biases, scaling the weights of a ReLU network changes no sign. They differ only in scale: the first layer has 2 inputs and 32 outputs, so Xavier's weights have an RMS of ${num(xavier.firstLayerScale)} and He's ${num(he.firstLayerScale)}. A unit dies once its bias falls below the largest w·x over the data, and larger weights need a larger bias step for that. That, not what He initialisation is for (keeping the signal's variance through many ReLU layers), is why fewer units die with He here (${pct(last(he.dead))} against ${pct(last(xavier.dead))}). The remedies for dead units are a smaller learning rate, an adaptive optimiser or a leaky variant.`,
    );
  }
  const leaky = runs.find((r) => r.label.startsWith('leaky_relu'));
  if (leaky) {
    const diverged = runs.some((r) => r.label.startsWith('leaky_relu') && !Number.isFinite(last(r.loss)));
    notes.push(
      zh
        ? `Leaky ReLU 在负输入上保留一个小斜率 α，所以它的单元不会死${diverged ? '；不过在这个学习率下它的训练发散了（损失为 NaN）：学习率这么高本身就是问题' : ''}。`
        : `Leaky ReLU keeps a small slope α for negative inputs, so its units cannot die${diverged ? ', though at this learning rate its training diverged (the loss is NaN): a learning rate this high is a problem of its own' : ''}.`,
    );
  }
  return {
    title: zh ? `学习率 ${lr} 下的死亡单元` : `Dead units at learning rate ${lr}`,
    table: {
      columns: zh
        ? ['激活函数', '初始化', '第一层权重均方根', '训练前死亡', `${steps} 步后死亡`, '初始损失', '最终损失']
        : ['activation', 'init', 'first-layer weight RMS', 'dead at start', `dead after ${steps} steps`, 'loss at start', 'final loss'],
      rows,
    },
    notes,
    chart: {
      version: 1,
      title: zh ? '死亡隐藏单元的比例' : 'Share of dead hidden units',
      xLabel: zh ? '训练步数' : 'training step',
      yLabel: zh ? '死亡比例' : 'dead fraction',
      x: Array.from({ length: steps + 1 }, (_, s) => s),
      yRange: [0, 1],
      curves: runs.map((r) => ({ label: `${r.label} (${r.init})`, y: Array.from(r.dead) })),
    },
  };
}
