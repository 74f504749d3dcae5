/** Report of the dead-unit experiment: the share of dead hidden units over training. */
import type { DeadUnitsRun } from '../../core/experiments/deadUnits';
import { num } from '../markdown';
import type { Report } from '../report';

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

export function deadUnitsReport(runs: readonly DeadUnitsRun[], steps: number, lr: number): Report {
  const rows = runs.map((r) => [r.label, r.init, pct(r.dead[0]), pct(r.dead[r.dead.length - 1]), num(r.loss[r.loss.length - 1])]);
  const notes = [
    `A unit is dead when its derivative is 0 on every training input: no gradient reaches its weights, so it never recovers (神经元死亡). Network 2-32-32-1 on the circle data, full-batch gradient descent, learning rate ${lr}, ${steps} steps.`,
  ];
  const first = runs[0];
  if (first && first.dead[first.dead.length - 1] > first.dead[0] + 0.05) {
    notes.push(`With ${first.label} the share of dead units rose from ${pct(first.dead[0])} to ${pct(first.dead[first.dead.length - 1])}: large steps push biases and weights so far that some units stay negative for every input.`);
  }
  const leaky = runs.find((r) => r.label.startsWith('leaky_relu'));
  if (leaky) {
    const diverged = !Number.isFinite(leaky.loss[leaky.loss.length - 1]);
    notes.push(
      `Leaky ReLU keeps a small slope α for negative inputs, so its units cannot die${diverged ? ', though at this learning rate its training diverged (the loss is NaN): a learning rate this high is a problem of its own' : ''}.`,
    );
  }
  notes.push('He initialisation (variance 2/fan_in) is the usual choice for the ReLU family; Xavier targets sigmoid and tanh. Lower the learning rate and compare: dead_units(relu, 0.1, 200).');
  return {
    title: `Dead units at learning rate ${lr}`,
    table: { columns: ['activation', 'init', 'dead at start', `dead after ${steps} steps`, 'final loss'], rows },
    notes,
    chart: {
      version: 1,
      title: 'Share of dead hidden units',
      xLabel: 'training step',
      yLabel: 'dead fraction',
      x: Array.from({ length: steps + 1 }, (_, s) => s),
      yRange: [0, 1],
      curves: runs.map((r) => ({ label: `${r.label} (${r.init})`, y: Array.from(r.dead) })),
    },
  };
}
