/**
 * Second derivatives through the headless runner, `actlab eval … --json` on the built bundle:
 * the expressions the curvature chapter and its hovers rely on, with the full-precision JSON
 * value encoding (NaN as a string).
 */
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as path from 'path';
import { derivative2, softmaxJacobian } from '../../../src/core';
import { bundleDir } from '../engine/bundle';

async function evalJson(expr: string): Promise<unknown> {
  const cli = path.join(await bundleDir(), 'cli.js');
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [cli, 'eval', expr, '--json'], { timeout: 60_000 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)));
  });
  return JSON.parse(stdout);
}

describe('cli/actlab eval: second derivatives and Hessians', function () {
  this.timeout(120_000);

  it("sigmoid''(0), gelu''([-2, 0, 2]), h''(1) for h(x) = x * sigmoid(x)", async () => {
    assert.deepStrictEqual(await evalJson("sigmoid''(0)"), { value: 0 });
    assert.deepStrictEqual(await evalJson("gelu''([-2, 0, 2])"), { value: Array.from(derivative2('gelu', [-2, 0, 2])) });
    const h = (await evalJson("h(x) = x * sigmoid(x)\nh''(1)")) as { value: number };
    assert.ok(Math.abs(h.value - derivative2('silu', [1])[0]) < 1e-15, String(h.value));
  });

  it('hessian(logsumexp, [1, 2, 3]) is the softmax Jacobian; softmax([Infinity, Infinity]) is NaN', async () => {
    const J = softmaxJacobian([1, 2, 3]);
    assert.deepStrictEqual(await evalJson('hessian(logsumexp, [1, 2, 3])'), { value: [0, 1, 2].map((i) => Array.from(J.subarray(3 * i, 3 * i + 3))) });
    assert.deepStrictEqual(await evalJson('softmax([Infinity, Infinity])'), { value: ['NaN', 'NaN'] });
  });
});
