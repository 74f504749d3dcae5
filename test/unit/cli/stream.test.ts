import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellsDocument } from '../../../src/cli/cellsDocument';
import { jsonPieces } from '../../../src/cli/jsonWriter';
import { bundleDir } from '../engine/bundle';

interface Streamed {
  code: number;
  stdout: string;
  /** ms from start to each chunk of stdout, and to the exit. */
  chunkTimes: number[];
  exitMs: number;
  /** The runner's own peak resident memory, MB. */
  peakMb: number;
}

let dir: string;
let preload: string;

/** Runs the real CLI, timing its output and reading its peak memory (VmHWM) as it exits. */
async function actlab(...args: string[]): Promise<Streamed> {
  const cli = path.join(await bundleDir(), 'cli.js');
  const peakFile = path.join(dir, `peak-${Date.now()}-${Math.random()}`);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, cli, ...args], { env: { ...process.env, ACTLAB_PEAK_FILE: peakFile } });
    const chunks: Buffer[] = [];
    const chunkTimes: number[] = [];
    child.stdout.on('data', (c: Buffer) => {
      chunks.push(c);
      chunkTimes.push(Date.now() - t0);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout: Buffer.concat(chunks).toString('utf8'), chunkTimes, exitMs: Date.now() - t0, peakMb: Number(fs.readFileSync(peakFile, 'utf8')) / 1024 });
    });
  });
}

function notebook(name: string, cells: readonly string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, cells.map((c) => '```actlab\n' + c + '\n```\n').join('\n'));
  return file;
}

describe('cli/run streams', function () {
  this.timeout(240_000);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actlab-stream-'));
    preload = path.join(dir, 'peak.cjs');
    // VmHWM is the high-water mark of this process image only. getrusage's maxRSS is not: Linux
    // carries it across exec, so it would report the test runner's own size at the spawn.
    fs.writeFileSync(
      preload,
      "process.on('exit', () => { const fs = require('fs'); fs.writeFileSync(process.env.ACTLAB_PEAK_FILE, /VmHWM:\\s*(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n",
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes JSON in pieces that join to exactly JSON.stringify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assert.strictEqual([...jsonPieces(value)].join(''), JSON.stringify(value))),
      { seed: 5, numRuns: 500 },
    );
    const matrix = Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 }, (_, j) => i / (j + 1)));
    const report = { index: 1, kind: 'code', outputs: [{ mime: 'application/json', data: matrix }, { mime: 'text/plain', data: 'x' }] };
    const pieces = [...jsonPieces(report)];
    assert.strictEqual(pieces.join(''), JSON.stringify(report));
    assert.ok(pieces.length > 10 && Math.max(...pieces.map((p) => p.length)) < 100_000, 'no piece holds the whole matrix');
    assert.strictEqual([...jsonPieces([1, undefined, () => 1])].join(''), '[1,null,null]');
    assert.strictEqual([...jsonPieces({ a: undefined, b: 1 })].join(''), '{"b":1}');
  });

  it('builds one {"cells": [...]} document cell by cell', async () => {
    let text = '';
    const doc = new CellsDocument(async (t) => void (text += t));
    await doc.cell({ index: 1, kind: 'code', outputs: [{ mime: 'application/json', data: [1, 'NaN'] }] });
    await doc.cell({ index: 3, kind: 'code', outputs: [], error: { name: 'MathError', message: 'm' } });
    await doc.close();
    assert.deepStrictEqual(JSON.parse(text), {
      cells: [
        { index: 1, kind: 'code', outputs: [{ mime: 'application/json', data: [1, 'NaN'] }] },
        { index: 3, kind: 'code', outputs: [], error: { name: 'MathError', message: 'm' } },
      ],
    });
    let empty = '';
    await new CellsDocument(async (t) => void (empty += t)).close();
    assert.deepStrictEqual(JSON.parse(empty), { cells: [] });
  });

  it('prints each cell of --json as soon as it has run, in one document', async () => {
    // The second cell runs until its 3 s time limit: the first must be out long before that.
    const file = notebook('slow.actlab.md', ['sigmoid(0)', 'ones(3000, 3000) * ones(3000, 3000)']);
    const r = await actlab('run', file, '--json', '--timeout', '3');
    assert.strictEqual(r.code, 1);
    const doc = JSON.parse(r.stdout) as { cells: { index: number; error?: { name: string } }[] };
    assert.deepStrictEqual(doc.cells.map((c) => [c.index, c.error?.name]), [[0, undefined], [1, 'Timeout']]);
    assert.ok(r.exitMs - r.chunkTimes[0] > 2000, `the first cell came ${r.chunkTimes[0]} ms in, the run ended at ${r.exitMs} ms`);
  });

  it("keeps the runner's memory flat however many large cells a notebook has", async () => {
    // Each cell shows a 500×500 matrix: about 5 MB of JSON.
    const few = notebook('few.actlab.md', Array(4).fill('random([500, 500])'));
    const many = notebook('many.actlab.md', Array(16).fill('random([500, 500])'));
    const peaks: Record<string, number> = {};
    for (const [name, file] of [['few', few], ['many', many]]) {
      for (const mode of ['text', 'json']) {
        const r = await actlab('run', file, '--timeout', '120', ...(mode === 'json' ? ['--json'] : []));
        assert.strictEqual(r.code, 0, r.stdout.slice(-500));
        peaks[`${name} ${mode}`] = r.peakMb;
      }
    }
    const report = JSON.stringify(peaks);
    // Text mode receives only the text of each value, so it stays near an idle runner.
    assert.ok(peaks['many text'] < 100, report);
    assert.ok(peaks['many text'] - peaks['few text'] < 20, report);
    // --json passes about 80 MB through; nothing of it is kept, so the peak stays far below that total.
    assert.ok(peaks['many json'] < 250, report);
  });
});
