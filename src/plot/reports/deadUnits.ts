/** Report of the dead-unit experiment: the share of dead hidden units over training. */
import type { DeadUnitsRun } from '../../core/experiments/deadUnits';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

export function deadUnitsReport(runs: readonly DeadUnitsRun[], steps: number, lr: number, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const rows = runs.map((r) => [r.label, r.init, pct(r.dead[0]), pct(r.dead[r.dead.length - 1]), num(r.loss[r.loss.length - 1])]);
  const notes = [
    zh
      ? `如果一个单元在所有训练输入上的导数都是 0，它就“死”了：没有梯度能到达它的权重，它再也不会恢复（神经元死亡）。网络 2-32-32-1，circle 数据，全批量梯度下降，学习率 ${lr}，${steps} 步。`
      : `A unit is dead when its derivative is 0 on every training input: no gradient reaches its weights, so it never recovers (神经元死亡). Network 2-32-32-1 on the circle data, full-batch gradient descent, learning rate ${lr}, ${steps} steps.`,
  ];
  const first = runs[0];
  if (first && first.dead[first.dead.length - 1] > first.dead[0] + 0.05) {
    const a = pct(first.dead[0]);
    const b = pct(first.dead[first.dead.length - 1]);
    notes.push(
      zh
        ? `${first.label} 的死亡单元比例从 ${a} 升到 ${b}：过大的更新步长把偏置和权重推得太远，一些单元对所有输入都保持负值。`
        : `With ${first.label} the share of dead units rose from ${a} to ${b}: large steps push biases and weights so far that some units stay negative for every input.`,
    );
  }
  const leaky = runs.find((r) => r.label.startsWith('leaky_relu'));
  if (leaky) {
    const diverged = runs.some((r) => r.label.startsWith('leaky_relu') && !Number.isFinite(r.loss[r.loss.length - 1]));
    notes.push(
      zh
        ? `Leaky ReLU 在负输入上保留一个小斜率 α，所以它的单元不会死${diverged ? '；不过在这个学习率下它的训练发散了（损失为 NaN）：学习率这么高本身就是问题' : ''}。`
        : `Leaky ReLU keeps a small slope α for negative inputs, so its units cannot die${diverged ? ', though at this learning rate its training diverged (the loss is NaN): a learning rate this high is a problem of its own' : ''}.`,
    );
  }
  notes.push(
    zh
      ? 'ReLU 家族通常使用 He 初始化（方差 2/fan_in）；Xavier 是为 sigmoid 和 tanh 设计的。降低学习率再比较：dead_units(relu, 0.1, 200)。'
      : 'He initialisation (variance 2/fan_in) is the usual choice for the ReLU family; Xavier targets sigmoid and tanh. Lower the learning rate and compare: dead_units(relu, 0.1, 200).',
  );
  return {
    title: zh ? `学习率 ${lr} 下的死亡单元` : `Dead units at learning rate ${lr}`,
    table: {
      columns: zh
        ? ['激活函数', '初始化', '训练前死亡', `${steps} 步后死亡`, '最终损失']
        : ['activation', 'init', 'dead at start', `dead after ${steps} steps`, 'final loss'],
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
