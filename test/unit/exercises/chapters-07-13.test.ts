/**
 * Chapters 07–13: the exercise lists are complete, the English and Chinese notebooks teach
 * the same cells and carry the catalog's exercises in order, and the numbers the chapters
 * state (the note's wrong Swish′, where the expanded Mish′ overflows, the dips of the smooth
 * activations, the conventions at kinks) agree with the numeric core.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivative, evaluate } from '../../../src/core';
import { exercisesOf } from '../../../src/exercises/catalog';
import type { CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { parseNotebook, type ParsedCell } from '../../../src/notebookFormat/markdown';

const CHAPTERS = ['07-relu', '08-leaky-relu-prelu', '09-elu-selu', '10-maxout', '11-swish', '12-mish', '13-choosing'] as const;
const LANGS = ['en', 'zh-cn'] as const;
const ROOT = join(__dirname, '..', '..', '..');

function codeCells(chapter: string, lang: string): ParsedCell[] {
  const text = readFileSync(join(ROOT, 'notebooks', lang, `${chapter}.actlab.md`), 'utf8');
  return parseNotebook(text).cells.filter((c) => c.kind === 'code');
}

const at = (id: string, x: number, params?: Record<string, number>): number => evaluate(id, [x], params)[0];
const slope = (id: string, x: number, params?: Record<string, number>): number => derivative(id, [x], params)[0];

/** Golden-section search for the minimum of a unimodal f on [lo, hi]. */
function argmin(f: (x: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (f(c) < f(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

describe('chapters 07–13: exercise lists', () => {
  for (const chapter of CHAPTERS) {
    it(`${chapter} has at least three complete exercises`, () => {
      const specs = exercisesOf(chapter);
      assert.ok(specs.length >= 3, `${chapter}: ${specs.length} exercises`);
      for (const s of specs) {
        assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${s.id}: kebab-case id`);
        assert.ok(s.wrong.length >= 2, `${s.id}: at least two known-wrong answers`);
        assert.ok(s.hints.length >= 2, `${s.id}: progressive hints`);
        for (const text of [s.title, ...s.hints]) {
          assert.ok(text.en.trim().length > 0 && text['zh-cn'].trim().length > 0, `${s.id}: text in both languages`);
        }
        // A title may be pure notation (`Mish′(0)`), but the hints must be written in Chinese.
        for (const hint of s.hints) assert.match(hint['zh-cn'], /[\u4e00-\u9fff]/, `${s.id}: a Chinese hint without Chinese`);
        assert.ok(!s.wrong.includes(s.solution), `${s.id}: the solution is not listed as wrong`);
      }
    });
  }
});

describe('chapters 07–13: notebooks', () => {
  for (const chapter of CHAPTERS) {
    it(`${chapter}: both languages run the same cells, with the catalog's exercises in order`, () => {
      const en = codeCells(chapter, 'en');
      const zh = codeCells(chapter, 'zh-cn');
      assert.deepEqual(
        zh.map((c) => [c.source, c.metadata]),
        en.map((c) => [c.source, c.metadata]),
      );
      const ids = en.map((c) => c.metadata.exercise).filter((id): id is string => id !== undefined);
      assert.deepEqual([...ids].sort(), exercisesOf(chapter).map((s) => s.id).sort());
      assert.equal(new Set(ids).size, ids.length, 'each exercise appears once');
    });
  }

  it('13-choosing weighs every property by its usual name in both languages', () => {
    const terms = {
      en: ['zero-centred', 'saturat', 'vanishing gradient', 'cost', 'dead units'],
      'zh-cn': ['零中心化', '饱和', '梯度消失', '计算开销', '神经元死亡'],
    };
    for (const lang of LANGS) {
      const text = readFileSync(join(ROOT, 'notebooks', lang, '13-choosing.actlab.md'), 'utf8');
      for (const term of terms[lang]) assert.ok(text.includes(term), `${lang}/13-choosing never says "${term}"`);
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: exercise cells ship with a placeholder, never the solution`, () => {
      for (const chapter of CHAPTERS) {
        for (const cell of codeCells(chapter, lang)) {
          const id = cell.metadata.exercise;
          if (id === undefined) continue;
          const spec = exercisesOf(chapter).find((s) => s.id === id);
          assert.ok(spec, `${chapter}: unknown exercise ${id}`);
          assert.notEqual(cell.source.trim(), spec.solution.trim(), `${id}: the notebook gives the answer away`);
        }
      }
    });
  }
});

/**
 * Experiments train small networks or time loops for seconds; the headless run of each
 * notebook (`actlab run`) covers them, so the unit suite skips those cells to stay fast.
 */
const SLOW = /\b(dead_units|race|cost|vanishing)\(/;

function verdict(session: Session, code: string, exercise: string, locale: string): CheckData {
  const result = session.run(code, { precision: 6, exercise, locale });
  assert.equal(result.error, undefined, `${exercise}: ${JSON.stringify(code)} raised ${result.error?.name}: ${result.error?.message}`);
  const item = result.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  assert.ok(item, `${exercise}: no verdict`);
  return item.data as CheckData;
}

describe('chapters 07–13: exercises graded inside their notebooks', () => {
  for (const lang of LANGS) {
    for (const chapter of CHAPTERS) {
      it(`${lang}/${chapter}: cells run cleanly, placeholders fail, solutions pass, wrong answers fail`, () => {
        const session = new Session();
        for (const cell of codeCells(chapter, lang)) {
          const id = cell.metadata.exercise;
          if (id === undefined) {
            if (SLOW.test(cell.source)) continue;
            const result = session.run(cell.source, { precision: 6, locale: lang });
            assert.equal(result.error, undefined, `${chapter}: ${JSON.stringify(cell.source)} raised ${result.error?.message}`);
            continue;
          }
          const spec = exercisesOf(chapter).find((s) => s.id === id);
          assert.ok(spec, `unknown exercise ${id}`);
          assert.equal(verdict(session, cell.source, id, lang).passed, false, `${id}: the placeholder passes`);
          for (const wrong of spec.wrong) {
            assert.equal(verdict(session, wrong, id, lang).passed, false, `${id}: accepted ${JSON.stringify(wrong)}`);
          }
          const solved = verdict(session, spec.solution, id, lang);
          assert.equal(solved.passed, true, `${id}: ${solved.message}`);
        }
      });
    }
  }
});

describe('chapters 07–13: the numbers the chapters state', () => {
  it('07: relu′(0) = 0 by convention; the mean of ReLU(N(0, 1)) is 1/√(2π); He std for fan_in 512 is 0.0625', () => {
    assert.deepEqual(Array.from(derivative('relu', [-1, 0, 1])), [0, 0, 1]);
    assert.equal(Math.sqrt(2 / 512), 0.0625);
    // ∫₀^∞ x φ(x) dx by the trapezoid rule on [0, 12].
    const n = 120000;
    let sum = 0;
    for (let i = 0; i <= n; i++) {
      const x = (12 * i) / n;
      sum += (i === 0 || i === n ? 0.5 : 1) * x * Math.exp(-x * x / 2);
    }
    assert.ok(Math.abs((sum * 12) / n / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(2 * Math.PI)) < 1e-9);
  });

  it('08: leaky_relu′ is α at the kink; max(αx, x) is leaky ReLU only for α < 1', () => {
    assert.deepEqual(Array.from(derivative('leaky_relu', [-3, 0, 2], { alpha: 0.01 })), [0.01, 0.01, 1]);
    assert.equal(at('leaky_relu', 1, { alpha: 2 }), 1);
    assert.notEqual(Math.max(2 * 1, 1), at('leaky_relu', 1, { alpha: 2 }));
    assert.equal(Math.max(0.01 * -3, -3), at('leaky_relu', -3, { alpha: 0.01 }));
  });

  it('09: ELU′(−2) = e⁻² while the mislabelled formula gives e⁻² − 1; ELU′(0) = α; SELU floor −λα ≈ −1.7581', () => {
    assert.ok(Math.abs(slope('elu', -2, { alpha: 1 }) - Math.exp(-2)) < 1e-15);
    assert.ok(Math.abs(at('elu', -2, { alpha: 1 }) - (Math.exp(-2) - 1)) < 1e-15);
    assert.equal(slope('elu', 0, { alpha: 1.5 }), 1.5);
    assert.ok(Math.abs(at('selu', -40) - -1.0507009873554805 * 1.6732632423543772) < 1e-12);
    assert.equal(Number(at('selu', -40).toFixed(4)), -1.7581);
  });

  it('11: at β = 1.7, x = 3 the note’s Swish′ gives −15.56, the truth is 1.0247', () => {
    const b = 1.7;
    const x = 3;
    const f = at('swish', x, { beta: b });
    const sig = 1 / (1 + Math.exp(-b * x));
    const note = b * f + ((b * x) / (1 + Math.exp(-b * x))) * (1 - b * f);
    assert.equal(Number(note.toFixed(2)), -15.56);
    const truth = slope('swish', x, { beta: b });
    assert.equal(Number(truth.toFixed(4)), 1.0247);
    assert.ok(Math.abs(truth - (b * f + sig * (1 - b * f))) < 1e-14);
  });

  it('12: Mish dips to −0.3088 at x ≈ −1.1924; Mish′(0) = 0.6; the expanded Mish′ is NaN from 178 on', () => {
    const xMin = argmin((x) => at('mish', x), -3, 0);
    assert.equal(Number(xMin.toFixed(4)), -1.1924);
    assert.equal(Number(at('mish', xMin).toFixed(4)), -0.3088);
    assert.ok(Math.abs(slope('mish', 0) - 0.6) < 1e-15);
    const expanded = (x: number): number => {
      const e = Math.exp(x);
      const omega = 4 * (x + 1) + 4 * Math.exp(2 * x) + Math.exp(3 * x) + e * (4 * x + 6);
      const delta = 2 * e + Math.exp(2 * x) + 2;
      return (e * omega) / (delta * delta);
    };
    assert.ok(Math.abs(expanded(1) - slope('mish', 1)) < 1e-14);
    assert.ok(Number.isFinite(expanded(177)));
    assert.ok(Number.isNaN(expanded(178)));
    assert.equal(slope('mish', 178), 1);
    assert.equal(slope('mish', 1000), 1);
  });

  it('13: slopes at 0 and the dips of SiLU, Mish and GELU', () => {
    const slopes = ['sigmoid', 'tanh', 'silu', 'mish', 'gelu'].map((id) => slope(id, 0));
    assert.deepEqual(slopes.map((s) => Number(s.toFixed(12))), [0.25, 1, 0.5, 0.6, 0.5]);
    const dips = ['silu', 'mish', 'gelu'].map((id) => at(id, argmin((x) => at(id, x), -3, 0)));
    assert.deepEqual(dips.map((d) => Number(d.toFixed(4))), [-0.2785, -0.3088, -0.17]);
    assert.equal(0.25 ** 10, 9.5367431640625e-7);
  });
});
