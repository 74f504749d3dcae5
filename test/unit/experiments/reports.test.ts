/**
 * The zero-centring and dead-unit reports read their numbers for the learner: what they say
 * must follow from the figures in their own table, in both languages.
 */
import * as assert from 'node:assert/strict';
import { bindActivation } from '../../../src/core/experiments/activation';
import { trainCountingDead } from '../../../src/core/experiments/deadUnits';
import { zeroCenteringStudies } from '../../../src/core/experiments/zeroCentering';
import { deadUnitsReport } from '../../../src/plot/reports/deadUnits';
import { zeroCenteringReport } from '../../../src/plot/reports/zeroCentering';

const relu = bindActivation('relu');

describe('experiment reports', () => {
  describe('zero_centering', () => {
    const studies = zeroCenteringStudies(['leaky_relu', 'sigmoid', 'tanh'].map((id) => bindActivation(id)));

    it('tabulates the mean, the conditioning and the seed-averaged steps', () => {
      const r = zeroCenteringReport(studies, 'en');
      assert.deepEqual(r.table.rows.map((row) => row[0]), ['leaky_relu', 'sigmoid', 'tanh']);
      assert.ok(r.table.columns.some((c) => c.includes('κ')));
      assert.ok(r.table.columns.some((c) => c.includes('6 seeds')));
      const sigmoidRow = r.table.rows[1];
      // "mean (fewest–most)" over the seeds.
      assert.match(sigmoidRow[6], /^\d+(\.\d+)? \(\d+–\d+\)$/);
      assert.equal(r.chart?.curves.length, 3);
      assert.equal(r.chart?.yScale, 'log');
    });

    it('says the signs do not explain the steps, with the numbers that show it', () => {
      const notes = zeroCenteringReport(studies, 'en').notes.join('\n');
      assert.match(notes, /Efficient BackProp/);
      assert.match(notes, /holds per example/);
      assert.match(notes, /The signs do not explain the steps: leaky_relu/);
      assert.match(notes, /for sigmoid the best rate found, 0\.453, sits just below 2\/λ_max = 0\.495/);
      const zh = zeroCenteringReport(studies, 'zh-cn').notes.join('\n');
      assert.match(zh, /条件数/);
      assert.match(zh, /同号更新只对单个样本成立/);
    });
  });

  describe('dead_units', () => {
    it('flags a learning rate that learns nothing', () => {
      const runs = [trainCountingDead(relu, 0.01, 100, { init: 'xavier' })];
      const notes = deadUnitsReport(runs, 100, 0.01, 'en').notes.join('\n');
      assert.match(notes, /hardly moved/);
      assert.match(deadUnitsReport(runs, 100, 0.01, 'zh-cn').notes.join('\n'), /几乎没动/);
    });

    it('explains why He loses fewer units at a high rate without calling it the remedy', () => {
      const runs = (['xavier', 'he'] as const).map((init) => trainCountingDead(relu, 3, 200, { init }));
      const report = deadUnitsReport(runs, 200, 3, 'en');
      const notes = report.notes.join('\n');
      assert.match(notes, /start with the same dead units/);
      assert.match(notes, /not what He initialisation is for/);
      assert.deepEqual(report.table.columns.slice(-2), ['loss at start', 'final loss']);
      const moderate = deadUnitsReport((['xavier', 'he'] as const).map((init) => trainCountingDead(relu, 1, 200, { init })), 200, 1, 'en');
      assert.doesNotMatch(moderate.notes.join('\n'), /hardly moved|rose from/);
    });
  });
});
