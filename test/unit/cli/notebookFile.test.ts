import * as assert from 'assert';
import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleDir } from '../engine/bundle';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

async function actlab(...args: string[]): Promise<Ran> {
  const cli = path.join(await bundleDir(), 'cli.js');
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 20_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/**
 * `actlab run` and `check` read a notebook as strictly as the editor opens it: the same
 * UTF-8 decoder (exit 2 with the line of the first bad byte), and nothing that is not a
 * regular file of at most 16 MB. Each of these ran before: with replacement characters,
 * as "0 code cells" with exit 0, or blocking for ever.
 */
describe('cli/reading notebooks strictly', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-read-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes: Uint8Array | string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, bytes);
    return p;
  };

  for (const command of ['run', 'check']) {
    it(`${command}: refuses invalid UTF-8 with the line of the first bad byte`, async () => {
      const p = file(`bad-${command}.actlab.md`, Buffer.concat([Buffer.from('# Title\n\n```actlab\n1 + 1\n```\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]));
      const r = await actlab(command, p);
      assert.strictEqual(r.code, 2, r.stdout);
      assert.strictEqual(r.stderr, `actlab: ${p}: line 6: the file is not valid UTF-8 text; it does not look like a text notebook\n`);
      assert.strictEqual(r.stdout, '', 'no cell ran');
    });
  }

  it('refuses random bytes instead of running "0 code cells"', async () => {
    // A fixed pseudo-random sequence (LCG), so the test is the same every time; without NUL
    // bytes, which the parser refused already, so it is the decoder that must refuse them.
    let s = 12345;
    const bytes = Uint8Array.from({ length: 4096 }, () => 1 + ((((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff) % 255));
    const r = await actlab('run', file('random.actlab.md', bytes));
    assert.strictEqual(r.code, 2, r.stdout);
    assert.match(r.stderr, /line \d+: the file is not valid UTF-8 text/);
  });

  it('refuses a doubled byte order mark instead of reading the notebook as one Markdown cell', async () => {
    const r = await actlab('run', file('bom.actlab.md', '\uFEFF\uFEFF```actlab\n1 + 1\n```\n'));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /line 1: the file starts with two byte order marks/);
    const single = await actlab('run', file('one-bom.actlab.md', '\uFEFF```actlab\n1 + 1\n```\n'));
    assert.strictEqual(single.code, 0, single.stderr);
    assert.match(single.stdout, /1 code cell\(s\), 0 failed/);
  });

  it('refuses devices, pipes and directories at once instead of blocking', async () => {
    const fifo = path.join(dir, 'pipe.actlab.md');
    execFileSync('mkfifo', [fifo]);
    for (const [p, what] of [['/dev/zero', 'a device'], [fifo, 'a pipe'], [dir, 'a directory']]) {
      const r = await actlab('run', p);
      assert.strictEqual(r.code, 2, `${p}: ${r.stderr}`);
      assert.strictEqual(r.stderr, `actlab: ${p} is ${what}; actlab reads notebook files (*.actlab.md) only\n`);
      assert.ok(r.ms < 10_000, `${p} took ${r.ms} ms`);
    }
  });

  it('refuses a notebook over 16 MB', async () => {
    const big = path.join(dir, 'big.actlab.md');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 16 * 1024 * 1024 + 1);
    const r = await actlab('run', big);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, `actlab: ${big} is 16.0 MB; notebooks over 16 MB are not read\n`);
  });
});
