// Mocha's spec reporter, plus the totals as JSON in the file named by ACTLAB_COUNT_FILE, so
// scripts/test.sh can add the unit tests to its final count without parsing the spec text.
// Usage: ACTLAB_COUNT_FILE=counts.json npx mocha --reporter ./scripts/e2e/count-reporter.mjs
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export default class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const counts = { passed: 0, failed: 0, pending: 0 };
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
    runner.on('pending', () => counts.pending++);
    runner.once('end', () => {
      const file = process.env.ACTLAB_COUNT_FILE;
      if (file) writeFileSync(file, JSON.stringify(counts));
    });
  }
}
