/**
 * Chapter 17 (curvature): both languages run the same cells with the catalog's exercises in
 * order; every exercise carries what the grader needs and says in its prompt what it forbids;
 * the cells run cleanly in a session with the answers graded in place; and the numbers the
 * chapter states agree with the numeric core.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivative, derivative2, evaluate, getActivation, hessian, smoothnessOf } from '../../../src/core';
import { exercisesOf } from '../../../src/exercises/catalog';
import type { CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { parseNotebook, type ParsedCell } from '../../../src/notebookFormat/markdown';

const CHAPTER = '17-curvature';
const LANGS = ['en', 'zh-cn'] as const;
const ROOT = join(__dirname, '..', '..', '..');

function notebookText(lang: string): string {
  return readFileSync(join(ROOT, 'notebooks', lang, `${CHAPTER}.actlab.md`), 'utf8');
}

function codeCells(lang: string): ParsedCell[] {
  return parseNotebook(notebookText(lang)).cells.filter((c) => c.kind === 'code');
}

function verdict(session: Session, code: string, exercise: string, locale: string): CheckData {
  const result = session.run(code, { precision: 6, exercise, locale });
  assert.equal(result.error, undefined, `${exercise}: ${JSON.stringify(code)} raised ${result.error?.name}: ${result.error?.message}`);
  const item = result.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  assert.ok(item, `${exercise}: no verdict`);
  return item.data as CheckData;
}

describe('chapter 17: exercise specs', () => {
  it('has three exercises with every field the grader uses, two of them forbidding the kit’s derivatives', () => {
    const specs = exercisesOf(CHAPTER);
    assert.deepEqual(specs.map((s) => s.id), ['sigmoid-second', 'gelu-inflection', 'lse-hessian']);
    for (const s of specs) {
      if (s.answer.kind === 'value') assert.ok(s.answer.precision, `${s.id}: value answers state their precision`);
      if (s.answer.kind === 'function') assert.ok(s.answer.domain, `${s.id}: function answers state their domain`);
      assert.ok(s.alternatives.length >= 2, `${s.id}: at least two other correct forms`);
      assert.ok(s.wrong.length >= 2 && s.wrong.length <= 4, `${s.id}: two to four known-wrong answers`);
      assert.ok(s.hints.length >= 2 && s.hints.length <= 3, `${s.id}: two or three progressive hints`);
      for (const hint of s.hints) assert.match(hint['zh-cn'], /[\u4e00-\u9fff]/, `${s.id}: a Chinese hint without Chinese`);
    }
    for (const id of ['sigmoid-second', 'lse-hessian']) {
      const s = specs.find((e) => e.id === id);
      assert.deepEqual(s?.forbidden, [{ anyDerivative: true }], `${id} forbids letting the kit differentiate`);
      assert.ok((s?.cheats?.length ?? 0) >= 2, `${id}: cheats to test the rule with`);
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: each prompt that forbids the kit's derivatives says so`, () => {
      const text = notebookText(lang);
      const says = lang === 'en' ? /without letting the kit differentiate/g : /不让本工具求导/g;
      assert.equal(text.match(says)?.length, 2);
    });
  }
});

describe('chapter 17: notebooks', () => {
  it('both languages run the same cells, with the catalog’s exercises in order', () => {
    const en = codeCells('en');
    const zh = codeCells('zh-cn');
    assert.deepEqual(
      zh.map((c) => [c.source, c.metadata]),
      en.map((c) => [c.source, c.metadata]),
    );
    const ids = en.map((c) => c.metadata.exercise).filter((id): id is string => id !== undefined);
    assert.deepEqual(ids, exercisesOf(CHAPTER).map((s) => s.id));
  });

  for (const lang of LANGS) {
    it(`${lang}: cells run cleanly, placeholders fail, solutions and other correct forms pass, wrong answers and cheats fail`, function () {
      this.timeout(120_000);
      const session = new Session();
      for (const cell of codeCells(lang)) {
        const id = cell.metadata.exercise;
        if (id === undefined) {
          const result = session.run(cell.source, { precision: 6, locale: lang });
          assert.equal(result.error, undefined, `${JSON.stringify(cell.source)} raised ${result.error?.message}`);
          continue;
        }
        const spec = exercisesOf(CHAPTER).find((s) => s.id === id);
        assert.ok(spec, `unknown exercise ${id}`);
        assert.notEqual(cell.source.trim(), spec.solution.trim(), `${id}: the notebook gives the answer away`);
        assert.equal(verdict(session, cell.source, id, lang).passed, false, `${id}: the placeholder passes`);
        for (const wrong of spec.wrong) assert.equal(verdict(session, wrong, id, lang).passed, false, `${id}: accepted ${JSON.stringify(wrong)}`);
        for (const cheat of spec.cheats ?? []) assert.equal(verdict(session, cheat, id, lang).passed, false, `${id}: accepted the forbidden ${JSON.stringify(cheat)}`);
        for (const right of [...spec.alternatives, spec.solution]) {
          const v = verdict(session, right, id, lang);
          assert.equal(v.passed, true, `${id}: rejected ${JSON.stringify(right)}: ${v.message}`);
        }
      }
    });
  }
});

describe('chapter 17: the numbers the chapter states', () => {
  it('σ″ changes sign at 0, where σ′ is largest; GELU″ = φ(x)(2 − x²) changes sign at ±√2', () => {
    assert.equal(derivative2('sigmoid', [0])[0], 0);
    const [left, right] = derivative2('sigmoid', [-2, 2]);
    assert.ok(left > 0 && right < 0 && left === -right);
    assert.ok(derivative('sigmoid', [0])[0] > derivative('sigmoid', [1e-3])[0]);
    const [a, b] = derivative2('gelu', [Math.SQRT2 - 1e-9, Math.SQRT2 + 1e-9]);
    assert.ok(a > 0 && b < 0);
    // GELU's minimum (≈ −0.75) lies inside the convex stretch |x| < √2.
    assert.ok(derivative('gelu', [-0.76])[0] < 0 && derivative('gelu', [-0.74])[0] > 0 && derivative2('gelu', [-0.75])[0] > 0);
  });

  it('the classes and jumps the chapter lists are what the core computes', () => {
    const decisive = (id: string, params?: Record<string, number>): unknown => smoothnessOf(getActivation(id), params).decisive;
    assert.deepEqual(decisive('relu'), { order: 1, at: 0, left: 0, right: 1 });
    assert.deepEqual(decisive('elu'), { order: 2, at: 0, left: 1, right: 0 });
    assert.deepEqual(decisive('elu', { alpha: 0.5 }), { order: 1, at: 0, left: 0.5, right: 1 });
    assert.deepEqual(decisive('celu', { alpha: 0.5 }), { order: 2, at: 0, left: 2, right: 0 });
    assert.deepEqual(decisive('softsign'), { order: 2, at: 0, left: 2, right: -2 });
    const selu = decisive('selu') as { left: number; right: number };
    assert.equal(Number(selu.left.toFixed(3)), 1.758);
    assert.equal(Number(selu.right.toFixed(3)), 1.051);
    for (const id of ['leaky_relu', 'relu6', 'hard_sigmoid', 'hard_swish']) assert.equal(smoothnessOf(getActivation(id)).class, 'C0', id);
    for (const id of ['sigmoid', 'tanh', 'gelu', 'swish', 'silu', 'mish', 'softplus']) assert.equal(smoothnessOf(getActivation(id)).class, 'Cinf', id);
  });

  it('ReLU’s loss has curvature 8 once the unit is on; Newton with softplus reaches (1 + ln(e^0.5 − 1))/2', () => {
    const session = new Session();
    const run = (code: string): unknown => {
      const r = session.run(code, { precision: 6 });
      assert.equal(r.error, undefined, r.error?.message);
      return session.evaluate(code.split('\n').pop() as string);
    };
    run('L(w) = (relu(2 w - 1) - 0.5)^2');
    assert.equal(run("L''(0.4)"), 0);
    assert.equal(run("L''(0.6)"), 8);
    run("S(w) = (softplus(2 w - 1) - 0.5)^2\nnewton(w) = w - S'(w) / S''(w)");
    const w = run('newton(newton(newton(newton(0.4))))') as number;
    assert.ok(Math.abs(w - (1 + Math.log(Math.exp(0.5) - 1)) / 2) < 1e-12, String(w));
  });

  it('the Hessian of logsumexp at [0, ln 2, 0] is diag(y) − y yᵀ with y = [1/4, 1/2, 1/4]', () => {
    const y = evaluate('softmax', [0, Math.log(2), 0]);
    const H = hessian('logsumexp', [0, Math.log(2), 0]);
    const want = [3 / 16, -1 / 8, -1 / 16, -1 / 8, 1 / 4, -1 / 8, -1 / 16, -1 / 8, 3 / 16];
    H.forEach((v, k) => assert.ok(Math.abs(v - want[k]) < 1e-16, `H[${k}] = ${v}`));
    assert.ok(Math.abs(y[1] - 0.5) < 1e-16);
  });
});
