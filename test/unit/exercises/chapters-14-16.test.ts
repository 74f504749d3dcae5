/**
 * Chapters 14–16 (cross-entropy, gradient flow, gated units): both languages run the same
 * cells with the catalog's exercises in order; every exercise carries what the grader needs
 * (precision, domain, forbidden names, other correct forms, known-wrong answers, cheats,
 * progressive hints in both languages); the cells run cleanly in a session with the answers
 * graded in place; and the numbers the chapters state agree with the numeric core.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivative, evaluate, logSoftmax } from '../../../src/core';
import { exercisesOf } from '../../../src/exercises/catalog';
import type { CheckData } from '../../../src/language/exerciseVerdict';
import { Session } from '../../../src/language/session';
import { MIME } from '../../../src/language/types';
import { parseNotebook, type ParsedCell } from '../../../src/notebookFormat/markdown';

const CHAPTERS = ['14-cross-entropy', '15-gradient-flow', '16-gated'] as const;
const LANGS = ['en', 'zh-cn'] as const;
const ROOT = join(__dirname, '..', '..', '..');

function codeCells(chapter: string, lang: string): ParsedCell[] {
  const text = readFileSync(join(ROOT, 'notebooks', lang, `${chapter}.actlab.md`), 'utf8');
  return parseNotebook(text).cells.filter((c) => c.kind === 'code');
}

function verdict(session: Session, code: string, exercise: string, locale: string): CheckData {
  const result = session.run(code, { precision: 6, exercise, locale });
  assert.equal(result.error, undefined, `${exercise}: ${JSON.stringify(code)} raised ${result.error?.name}: ${result.error?.message}`);
  const item = result.outputs.flatMap((o) => o.items).find((i) => i.mime === MIME.check);
  assert.ok(item, `${exercise}: no verdict`);
  return item.data as CheckData;
}

/** Experiments take seconds; `actlab run` (cli.test.ts) covers those cells. */
const SLOW = /\b(vanishing|stability)\(/;

describe('chapters 14–16: exercise specs', () => {
  for (const chapter of CHAPTERS) {
    it(`${chapter} has at least three exercises with every field the grader uses`, () => {
      const specs = exercisesOf(chapter);
      assert.ok(specs.length >= 3, `${chapter}: ${specs.length} exercises`);
      for (const s of specs) {
        if (s.answer.kind === 'value') assert.ok(s.answer.precision, `${s.id}: value answers state their precision`);
        if (s.answer.kind === 'function') assert.ok(s.answer.domain, `${s.id}: function answers state their domain`);
        assert.ok((s.alternatives?.length ?? 0) >= 2, `${s.id}: at least two other correct forms`);
        assert.ok(s.wrong.length >= 2 && s.wrong.length <= 4, `${s.id}: two to four known-wrong answers`);
        if ((s.forbidden?.length ?? 0) > 0) assert.ok((s.cheats?.length ?? 0) >= 1, `${s.id}: a cheat for what it forbids`);
        assert.ok(s.hints.length >= 2 && s.hints.length <= 3, `${s.id}: two or three progressive hints`);
        for (const hint of s.hints) assert.match(hint['zh-cn'], /[\u4e00-\u9fff]/, `${s.id}: a Chinese hint without Chinese`);
        assert.ok(!s.wrong.includes(s.solution) && !(s.alternatives ?? []).some((a) => s.wrong.includes(a)), `${s.id}: a correct form listed as wrong`);
      }
    });
  }
});

describe('chapters 14–16: notebooks', () => {
  for (const chapter of CHAPTERS) {
    it(`${chapter}: both languages run the same cells, with the catalog's exercises in order`, () => {
      const en = codeCells(chapter, 'en');
      const zh = codeCells(chapter, 'zh-cn');
      assert.deepEqual(
        zh.map((c) => [c.source, c.metadata]),
        en.map((c) => [c.source, c.metadata]),
      );
      const ids = en.map((c) => c.metadata.exercise).filter((id): id is string => id !== undefined);
      assert.deepEqual(ids, exercisesOf(chapter).map((s) => s.id));
    });

    for (const lang of LANGS) {
      it(`${lang}/${chapter}: cells run cleanly, placeholders fail, solutions and other correct forms pass, wrong answers fail`, function () {
        this.timeout(120_000);
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
          assert.notEqual(cell.source.trim(), spec.solution.trim(), `${id}: the notebook gives the answer away`);
          assert.equal(verdict(session, cell.source, id, lang).passed, false, `${id}: the placeholder passes`);
          for (const wrong of spec.wrong) assert.equal(verdict(session, wrong, id, lang).passed, false, `${id}: accepted ${JSON.stringify(wrong)}`);
          for (const right of [...(spec.alternatives ?? []), spec.solution]) {
            const v = verdict(session, right, id, lang);
            assert.equal(v.passed, true, `${id}: rejected ${JSON.stringify(right)}: ${v.message}`);
          }
        }
      });
    }
  }
});

describe('chapters 14–16: the numbers the chapters state', () => {
  const sigmoid = (x: number): number => evaluate('sigmoid', [x])[0];

  it('14: log(softmax([0, 1000])) is −∞ where log_softmax is −1000; the gradient ratio at z = −5 is 150.420', () => {
    assert.equal(evaluate('softmax', [0, 1000])[0], 0);
    assert.deepEqual(Array.from(logSoftmax([0, 1000])), [-1000, 0]);
    const mse = (sigmoid(-5) - 1) * derivative('sigmoid', [-5])[0];
    const bce = sigmoid(-5) - 1;
    assert.equal(Number(mse.toFixed(4)), -0.0066);
    assert.equal(Number(bce.toFixed(2)), -0.99);
    assert.equal(Number((bce / mse).toPrecision(6)), 150.42);
  });

  it('15: ELU’s gain under He is 1 + e²·erfc(√2) ≈ 1.336; SELU’s α and λ give mean 0 and second moment 1', () => {
    const session = new Session();
    const run = (code: string): unknown => {
      const r = session.run(code, { precision: 6 });
      assert.equal(r.error, undefined, r.error?.message);
      return session.evaluate(code.split('\n').pop() as string);
    };
    run('dz = 0.001;\nzs = (-12 + dz / 2):dz:12;\nphi(x) = exp(-x^2 / 2) / sqrt(2 pi)\nw = map(zs, phi) * dz;\nE(v) = sum(v .* w)');
    const num = (code: string): number => Number(run(code));
    assert.ok(Math.abs(num("2 * E(elu'(zs) .^ 2)") - 1.3362040) < 1e-6);
    assert.ok(Math.abs(num("E(relu'(zs) .^ 2)") - 0.5) < 1e-9);
    assert.ok(Math.abs(num('E(relu(zs)) / (E(relu(zs)) - E(elu(zs)))') - 1.6732632423543772) < 1e-6);
    assert.ok(Math.abs(num('E(selu(zs))')) < 1e-7);
    assert.ok(Math.abs(num('E(selu(zs) .^ 2)') - 1) < 1e-6);
    assert.ok(Math.abs(num('E(elu(zs) .^ 2)') - 0.6449) < 1e-4);
    assert.ok(Math.abs(num('1 / sqrt(E(elu(zs, 1.6732632423543772) .^ 2))') - 1.0507009873554805) < 1e-6);
    assert.ok(Math.abs(num("sqrt(E(selu'(zs) .^ 2))") - 1.0352) < 1e-4);
  });

  it('15: LayerNorm of [1, 2, 3, 4] with ε = 1e−5 is what PyTorch’s layer_norm gives', () => {
    const session = new Session();
    session.run('layer_norm(v) = (v - mean(v)) / sqrt(mean((v - mean(v)) .^ 2) + 1e-5)', { precision: 6 });
    const got = session.evaluate('layer_norm([1, 2, 3, 4])') as number[];
    // torch.nn.functional.layer_norm(torch.tensor([1., 2., 3., 4.], dtype=torch.float64), (4,))
    const torch = [-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269];
    got.forEach((v, i) => assert.ok(Math.abs(v - torch[i]) < 1e-15, `${v} vs ${torch[i]}`));
  });

  it('16: glu([1, 2, 3, 4]) and the Jacobians match PyTorch; LLaMA’s hidden width for d = 4096 is 11008', () => {
    // torch.nn.functional.glu and torch.autograd.functional.jacobian in float64.
    assert.deepEqual(Array.from(evaluate('glu', [1, 2, 3, 4])), [0.9525741268224334, 1.964027580075817]);
    const J = Array.from(derivative('geglu', [1, -3, 1, 0.5]));
    const torchJ = [0.841344746068543, 0, 1.0833154705876864, -0, 0, 0.34573123063700656, 0, -2.602485373968489];
    J.forEach((v, i) => assert.ok(Math.abs(v - torchJ[i]) <= 4e-16 * Math.abs(torchJ[i]), `J[${i}] = ${v}, PyTorch ${torchJ[i]}`));
    const S = Array.from(derivative('swiglu', [2, 1]));
    assert.ok(Math.abs(S[0] - 0.7310585786300049) < 1e-16 && Math.abs(S[1] - 1.8553410237429737) < 1e-15);
    assert.equal(256 * Math.ceil(Math.floor((2 * 4 * 4096) / 3) / 256), 11008);
  });
});
