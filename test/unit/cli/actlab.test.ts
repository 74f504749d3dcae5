import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleDir } from '../engine/bundle';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function actlab(...args: string[]): Promise<Ran> {
  const cli = path.join(await bundleDir(), 'cli.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const NOTEBOOK = [
  '# A notebook',
  '',
  '```actlab',
  'a = 2',
  'sigmoid(a)',
  '```',
  '',
  'Some prose between cells.',
  '',
  '```actlab',
  "f(x) = x * sigmoid(1.7 x); f'(0)",
  '```',
  '',
].join('\n');

describe('cli/actlab (built bundle)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-cli-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  it('runs a notebook and prints each code cell with its index', async () => {
    const r = await actlab('run', write('ok.actlab.md', NOTEBOOK));
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[1\] line 3\n {4}2\n {4}0\.880797/);
    assert.match(r.stdout, /\[3\] line 10\n {4}0\.5\n/);
    assert.match(r.stdout, /2 code cell\(s\), 0 failed/);
  });

  it('prints exactly the documented JSON with --json', async () => {
    const r = await actlab('run', write('ok2.actlab.md', NOTEBOOK), '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { cells: { index: number; kind: string; outputs: { mime: string; data: unknown }[]; error?: unknown }[] };
    assert.deepStrictEqual(Object.keys(doc), ['cells']);
    assert.deepStrictEqual(doc.cells.map((c) => [c.index, c.kind]), [[1, 'code'], [3, 'code']]);
    for (const c of doc.cells) assert.deepStrictEqual(Object.keys(c).sort(), ['index', 'kind', 'outputs']);
    const json = doc.cells[0].outputs.filter((o) => o.mime === 'application/json').map((o) => o.data);
    assert.deepStrictEqual(json, [2, 1 / (1 + Math.exp(-2))]);
  });

  it('exits 1 when a cell fails and reports the error', async () => {
    const file = write('bad.actlab.md', '```actlab\nsigmod(1)\n```\n\n```actlab\n1 + 1\n```\n');
    const r = await actlab('run', file, '--json');
    assert.strictEqual(r.code, 1);
    const doc = JSON.parse(r.stdout) as { cells: { error?: { name: string; message: string } }[] };
    assert.deepStrictEqual(Object.keys(doc.cells[0].error!), ['name', 'message']);
    assert.strictEqual(doc.cells[0].error!.name, 'UnknownName');
    assert.strictEqual(doc.cells[1].error, undefined, 'later cells still run');
  });

  it("passes a cell's exercise id to the grader and shows the verdict", async () => {
    const file = write('ex.actlab.md', '```actlab exercise=sigmoid-derivative\nds(x) = sigmoid(x) * (1 - sigmoid(x))\n```\n');
    const r = await actlab('run', file, '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as { cells: { outputs: { mime: string; data: { passed?: boolean } }[] }[] };
    const verdict = doc.cells[0].outputs.find((o) => o.mime === 'application/vnd.actlab.check+json');
    assert.strictEqual(verdict?.data.passed, true);
  });

  it('evaluates an expression, with the value encoding in --json', async () => {
    const r = await actlab('eval', '[sigmoid(0), NaN, -0, 1/0]', '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { value: [0.5, 'NaN', '-0', 'Infinity'] });
    const t = await actlab('eval', "sigmoid'(0)", '--precision', '3');
    assert.strictEqual(t.stdout, '0.25\n');
  });

  it("tells a cell's text from the special numbers, and never puts display text in the value", async () => {
    const value = async (expr: string): Promise<unknown> => {
      const r = await actlab('eval', expr, '--json');
      assert.strictEqual(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { value: unknown }).value;
    };
    assert.deepStrictEqual(await value('"NaN"'), { string: 'NaN' });
    assert.deepStrictEqual(await value('NaN'), 'NaN');
    assert.deepStrictEqual(await value('f(x) = x^2'), { function: 'f' });
    assert.deepStrictEqual(await value('plot(sigmoid, -1, 1)'), { plot: { curves: ['sigmoid'], x: [-1, 1] } });
    assert.deepStrictEqual(await value('ones(1001, 1000)'), { tooLarge: { size: [1001, 1000], entries: 1001000 } });
    assert.deepStrictEqual(await value('stability(sigmoid)'), { experiment: {} });
    assert.deepStrictEqual(await value('x = 1;'), null);
  });

  it('reports an expression error as JSON with exit 1', async () => {
    const r = await actlab('eval', 'sigmoid(', '--json');
    assert.strictEqual(r.code, 1);
    const doc = JSON.parse(r.stdout) as { error: { name: string; line: number } };
    assert.strictEqual(doc.error.name, 'SyntaxError');
    assert.strictEqual(doc.error.line, 1);
  });

  it('applies --timeout', async () => {
    const r = await actlab('eval', 'ones(3000, 3000) * ones(3000, 3000)', '--timeout', '1', '--json');
    assert.strictEqual(r.code, 1);
    assert.strictEqual((JSON.parse(r.stdout) as { error: { name: string } }).error.name, 'Timeout');
  });

  it('answers usage mistakes with exit code 2', async () => {
    for (const args of [[], ['frobnicate'], ['run'], ['run', path.join(os.tmpdir(), 'no-such-file.actlab.md')], ['eval', '1', '--precision', 'x'], ['eval', '1', '--bogus']]) {
      const r = await actlab(...args);
      assert.strictEqual(r.code, 2, `${args.join(' ')} → ${r.code}`);
      assert.match(r.stderr, /actlab/);
    }
  });

  it('prints help and version', async () => {
    const help = await actlab('--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /actlab run FILE\.actlab\.md/);
    const version = await actlab('--version');
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
