/**
 * The shipped notebooks through the built CLI (`dist/cli.js`, built here when missing):
 *
 * - `actlab run` runs every notebook — the tour and every chapter in both languages — with
 *   no cell error and exit code 0. Exercise cells ship with a placeholder answer: it is
 *   graded ✗ (a verdict output), which is not an error, so a fresh notebook runs cleanly.
 * - `actlab check` reports those placeholders as failed (exit 1), and passes (exit 0) once
 *   every exercise cell holds its reference solution.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExercise } from '../../../src/exercises/catalog';
import { CHAPTERS } from '../../../src/exercises/types';
import { parseNotebook, printNotebook } from '../../../src/notebookFormat/markdown';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CHECK_MIME = 'application/vnd.actlab.check+json';

interface RunJson {
  cells: { index: number; outputs: { mime: string; data: unknown }[]; error?: { name: string; message: string } }[];
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; `env` adds to (or, with '', blanks) the environment, LANG=C.UTF-8 by default. */
function actlab(args: string[], env: Record<string, string> = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function actlabAsync(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs `actlab run --json` on every notebook, two at a time (the notebooks with training experiments take seconds each). */
async function runAll(files: readonly string[]): Promise<Map<string, Ran>> {
  const results = new Map<string, Ran>();
  const queue = [...files];
  const worker = async (): Promise<void> => {
    // A generous time limit: this checks for errors, not speed, and the machine may be busy.
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) results.set(file, await actlabAsync(['run', file, '--json', '--timeout', '120']));
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const NOTEBOOKS = [
  'notebooks/00-tour.actlab.md',
  ...(['en', 'zh-cn'] as const).flatMap((lang) => CHAPTERS.map((c) => `notebooks/${lang}/${c}.actlab.md`)),
];

describe('curriculum notebooks through the actlab CLI', function () {
  this.timeout(900_000);

  let runs: Map<string, Ran>;
  before(async () => {
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'engine.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    runs = await runAll(NOTEBOOKS);
  });

  for (const file of NOTEBOOKS) {
    it(`actlab run ${file}: no cell errors, exercises graded ✗ without failing`, () => {
      const ran = runs.get(file);
      assert.ok(ran);
      const { status, stdout, stderr } = ran;
      const json = JSON.parse(stdout) as RunJson;
      const errors = json.cells.filter((c) => c.error !== undefined).map((c) => `[${c.index}] ${c.error?.name}: ${c.error?.message}`);
      assert.deepEqual(errors, [], stderr);
      assert.equal(status, 0);
      const cells = parseNotebook(readFileSync(join(ROOT, file), 'utf8')).cells;
      for (const report of json.cells) {
        const id = cells[report.index].metadata.exercise;
        const check = report.outputs.find((o) => o.mime === CHECK_MIME)?.data as { exercise: string; passed: boolean } | undefined;
        if (id === undefined) {
          assert.equal(check, undefined, `cell ${report.index} is not an exercise but has a verdict`);
          continue;
        }
        assert.ok(check, `exercise ${id} produced no verdict`);
        assert.equal(check.exercise, id);
        assert.equal(check.passed, false, `${id}: the shipped placeholder passes`);
      }
    });
  }

  it('actlab check reports the open exercises of a fresh chapter and exits 1', () => {
    const { status, stdout } = actlab(['check', 'notebooks/en/06-tanh.actlab.md', '--json']);
    assert.equal(status, 1);
    const json = JSON.parse(stdout) as { exercises: { id: string; cell: number; passed: boolean; message: string }[]; passed: number; failed: number };
    assert.deepEqual(
      json.exercises.map((e) => e.id),
      ['tanh-via-sigmoid', 'tanh-derivative', 'tanh-peak-slope', 'tanh-stable'],
    );
    assert.equal(json.passed, 0);
    assert.equal(json.failed, 4);
    const stable = json.exercises.find((e) => e.id === 'tanh-stable');
    assert.match(stable?.message ?? '', /`th` is wrong for x in \[−1000, −709\.8\): at x = −1000 it gives NaN, the reference gives −1\./);
    const human = actlab(['check', 'notebooks/en/06-tanh.actlab.md']);
    assert.equal(human.status, 1);
    assert.match(human.stdout, /^✗ tanh-via-sigmoid \[\d+\]: /m);
    assert.match(human.stdout, /0 passed, 4 failed\s*$/);
  });

  it('actlab check speaks the learner\'s language: --locale, else LANG', () => {
    const zh = actlab(['check', 'notebooks/zh-cn/06-tanh.actlab.md', '--locale', 'zh-cn']);
    assert.equal(zh.status, 1);
    assert.match(zh.stdout, /^✗ tanh-stable \[\d+\]: `th` 在 x ∈ /m);
    assert.match(zh.stdout, /0 个通过，4 个未通过\s*$/);
    const fromEnv = actlab(['check', 'notebooks/zh-cn/06-tanh.actlab.md'], { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    assert.match(fromEnv.stdout, /0 个通过，4 个未通过\s*$/);
    const en = actlab(['check', 'notebooks/zh-cn/06-tanh.actlab.md', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' });
    assert.match(en.stdout, /0 passed, 4 failed\s*$/);
    const bad = actlab(['check', 'notebooks/en/06-tanh.actlab.md', '--locale', 'fr']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--locale must be en or zh-cn, got "fr"/);
  });

  it('actlab check passes a chapter whose exercise cells hold the solutions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actlab-check-'));
    try {
      for (const chapter of ['02-sigmoid', '03-softmax']) {
        const parsed = parseNotebook(readFileSync(join(ROOT, 'notebooks', 'zh-cn', `${chapter}.actlab.md`), 'utf8'));
        const cells = parsed.cells.map((c) => {
          const id = c.metadata.exercise;
          const solution = id === undefined ? undefined : findExercise(id)?.solution;
          return { kind: c.kind, source: solution ?? c.source, metadata: c.metadata };
        });
        const file = join(dir, `${chapter}.actlab.md`);
        writeFileSync(file, printNotebook(cells, parsed.layout));
        const { status, stdout } = actlab(['check', file, '--json']);
        const json = JSON.parse(stdout) as { exercises: { passed: boolean; message: string }[]; passed: number; failed: number };
        assert.equal(json.failed, 0, JSON.stringify(json.exercises));
        assert.ok(json.passed >= 3);
        assert.equal(status, 0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
