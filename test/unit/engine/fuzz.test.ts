import * as assert from 'assert';
import * as fc from 'fast-check';
import { EngineHost } from '../../../src/engine/host';
import { assertClean, hostileCell } from '../language/hostile';
import { enginePath } from './bundle';

describe('engine/fuzz (through EngineHost)', function () {
  this.timeout(300_000);

  it('answers a few hundred hostile cells, each with a value or a clean error', async () => {
    const host = new EngineHost({ enginePath: await enginePath(), memoryMb: 256, timeoutMs: 3000 });
    const cells = fc.sample(hostileCell, { seed: 4242, numRuns: 300 });
    const names = new Map<string, number>();
    try {
      for (const code of cells) {
        const r = await host.run(code, { precision: 6 });
        assertClean(r, code);
        if (r.error) names.set(r.error.name, (names.get(r.error.name) ?? 0) + 1);
      }
      const last = await host.run('sigmoid(0)', { precision: 6 });
      assert.strictEqual(last.error, undefined);
    } finally {
      host.dispose();
    }
    assert.ok(!names.has('EngineCrashed'), `crashes: ${JSON.stringify([...names])}`);
  });
});
