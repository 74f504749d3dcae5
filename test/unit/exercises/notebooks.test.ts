/**
 * The shipped curriculum notebooks against the catalog, run in a real session:
 *
 * - every exercise id in a notebook exists in the catalog, and every catalog exercise appears
 *   exactly once in its chapter's notebook in each language;
 * - every notebook runs top to bottom with no cell error (here in a session, without the
 *   cells that only display a training or timing experiment — they take seconds each, define
 *   nothing, and `cli.test.ts` runs every cell of every notebook through the built CLI);
 * - exercise cells ship with a placeholder answer that runs and is graded ✗ (a verdict, not
 *   an error — so `actlab run` succeeds on a fresh notebook and `actlab check` reports the
 *   exercises as open);
 * - with the reference solution typed into the cell, in the notebook's own context, every
 *   exercise is graded ✓ (so a spec's `setup` matches what its notebook defines).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXERCISES, findExercise } from '../../../src/exercises/catalog';
import { CHAPTER_TITLES } from '../../../src/exercises/chapterTitles';
import { CHAPTERS } from '../../../src/exercises/types';
import type { CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { parseNotebook } from '../../../src/notebookFormat/markdown';

const ROOT = join(__dirname, '..', '..', '..');
const LANGS = ['en', 'zh-cn'] as const;

function chapterFile(lang: string, chapter: string): string {
  return join(ROOT, 'notebooks', lang, `${chapter}.actlab.md`);
}

function codeCells(file: string): { source: string; exercise?: string }[] {
  return parseNotebook(readFileSync(file, 'utf8'))
    .cells.filter((c) => c.kind === 'code')
    .map((c) => ({ source: c.source, ...(c.metadata.exercise === undefined ? {} : { exercise: c.metadata.exercise }) }));
}

/** A cell that only shows experiments (no assignment, no definition): slow, and nothing later depends on it. */
const EXPERIMENT_ONLY = /^(\s*(#.*)?|\s*(race|dead_units|vanishing|cost|zero_centering|stability)\(.*)$/;
function displaysOnlyExperiments(source: string): boolean {
  const lines = source.split('\n');
  return lines.some((l) => /^\s*(race|dead_units|vanishing|cost|zero_centering|stability)\(/.test(l)) && lines.every((l) => EXPERIMENT_ONLY.test(l));
}

function checkOf(outputs: readonly { items: readonly { mime: string; data: unknown }[] }[]): CheckData | undefined {
  return outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check)?.data as CheckData | undefined;
}

describe('curriculum notebooks', () => {
  it('exist for every chapter in both languages', () => {
    for (const lang of LANGS) for (const c of CHAPTERS) assert.ok(existsSync(chapterFile(lang, c)), `missing ${lang}/${c}`);
  });

  it('use only exercise ids from the catalog, each in its own chapter', () => {
    for (const lang of LANGS) {
      for (const chapter of CHAPTERS) {
        for (const cell of codeCells(chapterFile(lang, chapter))) {
          if (cell.exercise === undefined) continue;
          const spec = findExercise(cell.exercise);
          assert.ok(spec, `${lang}/${chapter}: unknown exercise ${cell.exercise}`);
          assert.equal(spec.chapter, chapter, `${cell.exercise} is listed under ${spec.chapter}`);
        }
      }
    }
  });

  it('contain every catalog exercise exactly once per language, in the same order', () => {
    for (const chapter of CHAPTERS) {
      const orders = LANGS.map((lang) => codeCells(chapterFile(lang, chapter)).flatMap((c) => (c.exercise === undefined ? [] : [c.exercise])));
      assert.deepEqual(orders[1], orders[0], `${chapter}: English and Chinese exercises differ`);
      const expected = EXERCISES.filter((e) => e.chapter === chapter).map((e) => e.id);
      assert.deepEqual([...orders[0]].sort(), [...expected].sort(), `${chapter}: notebook and catalog disagree`);
    }
  });

  for (const lang of LANGS) {
    for (const chapter of CHAPTERS) {
      it(`${lang}/${chapter} runs without errors; placeholders fail gracefully and solutions pass in place`, function () {
        this.timeout(60000);
        const session = new Session();
        const locale = lang;
        codeCells(chapterFile(lang, chapter)).forEach((cell, i) => {
          if (cell.exercise === undefined && displaysOnlyExperiments(cell.source)) return;
          const options = { precision: 6, locale, ...(cell.exercise === undefined ? {} : { exercise: cell.exercise, attempt: 0 }) };
          const result = session.run(cell.source, options);
          assert.equal(result.error, undefined, `code cell ${i + 1}: ${result.error?.name}: ${result.error?.message}`);
          if (cell.exercise === undefined) return;
          const placeholder = checkOf(result.outputs);
          assert.ok(placeholder, `code cell ${i + 1}: no verdict`);
          assert.equal(placeholder.passed, false, `${cell.exercise}: the shipped placeholder already passes`);
          const spec = findExercise(cell.exercise);
          assert.ok(spec);
          const solved = session.run(spec.solution, { ...options, attempt: 1 });
          assert.equal(solved.error, undefined, `${cell.exercise} solution: ${solved.error?.message}`);
          assert.equal(checkOf(solved.outputs)?.passed, true, `${cell.exercise}: solution fails in the notebook: ${checkOf(solved.outputs)?.message}`);
        });
      });
    }
  }
});

describe('chapter titles', () => {
  it('repeat each notebook’s first heading in both languages', () => {
    for (const lang of LANGS) {
      for (const chapter of CHAPTERS) {
        const heading = readFileSync(chapterFile(lang, chapter), 'utf8').split('\n')[0];
        assert.equal(heading, `# ${chapter.slice(0, 2)} · ${CHAPTER_TITLES[chapter][lang]}`, `${lang}/${chapter}`);
      }
    }
  });
});
