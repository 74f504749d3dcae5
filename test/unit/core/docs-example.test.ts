/**
 * The Node example in docs/core.md must run. It loads dist/core.js; here the same code runs
 * against the sources (the bundle is built from them), with console output captured.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../../src/core';

describe('core docs example', () => {
  it('runs, and prints what its comments promise', () => {
    const md = readFileSync(join(__dirname, '../../../docs/core.md'), 'utf8');
    const block = /```js\n([\s\S]*?)```/.exec(md);
    assert.ok(block, 'docs/core.md has a js example');
    assert.match(block[1], /require\('\.\/dist\/core\.js'\)/);
    const lines: string[] = [];
    const fakeConsole = { log: (...args: unknown[]) => lines.push(args.map((a) => (ArrayBuffer.isView(a) ? Array.from(a as Float64Array).join(',') : String(a))).join(' ')) };
    const fakeRequire = (id: string): unknown => {
      assert.strictEqual(id, './dist/core.js');
      return core;
    };
    new Function('require', 'console', block[1])(fakeRequire, fakeConsole);
    assert.ok(lines.length > 10);
    assert.ok(lines.includes('0,0,1'), 'relu′ at [−1, 0, 2]');
    assert.ok(lines.includes('1,0'), 'prelu ∂f′/∂α at [−2, 3]');
    assert.ok(lines.some((l) => /^0,-0\.0908577/.test(l)), 'σ″ at [0, 1]');
    assert.ok(lines.includes('0.25,-0.25,-0.25,0.25'), 'the Hessian of logsumexp at [0, 0]');
    assert.ok(lines.includes('C1'), 'ELU is C¹');
    assert.ok(lines.some((l) => l.includes('did you mean "sigmoid"')));
  });
});
