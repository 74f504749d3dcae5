import * as assert from 'assert';
import { type ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { bundleDir } from './bundle';
import { childrenOf, isAlive, waitFor } from './processes';

/**
 * The engine must die with its parent even while a cell keeps its main thread busy: the
 * parent (here the real `actlab` CLI) is killed mid-cell, and the engine it forked must be
 * gone within a few seconds instead of running on at full CPU with no time limit.
 */
describe('engine/dies with its parent', function () {
  this.timeout(60_000);

  async function busyCli(): Promise<{ cli: ChildProcess; engine: number }> {
    const cliPath = path.join(await bundleDir(), 'cli.js');
    // Half a minute of work or more, and a time limit far beyond the test.
    const cli = spawn(process.execPath, [cliPath, 'eval', 'ones(4000, 4000) * ones(4000, 4000)', '--timeout', '600'], { stdio: 'ignore' });
    await waitFor(() => cli.pid !== undefined && childrenOf(cli.pid).length > 0, 15_000, 'the CLI forked its engine');
    const engine = childrenOf(cli.pid!)[0];
    // Let the engine get ready and start the cell, so its main thread is busy.
    await new Promise((r) => setTimeout(r, 2000));
    assert.ok(isAlive(engine), 'the engine is running the cell');
    return { cli, engine };
  }

  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`stops a busy engine within a few seconds when its CLI gets ${signal}`, async () => {
      const { cli, engine } = await busyCli();
      const exited = new Promise((r) => cli.once('exit', r));
      cli.kill(signal);
      await exited;
      const took = await waitFor(() => !isAlive(engine), 5000, `engine ${engine} outlived its parent`);
      assert.ok(took < 5000, `the engine lived ${took} ms after its parent`);
    });
  }
});
