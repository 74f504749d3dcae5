/**
 * Every exercise's prompt, in both languages, says what the grader enforces: the names it
 * forbids (a backticked name after "not", "without" or "rather than"; 不使用/不要用/而不是 in
 * Chinese — `name'` for a derivative, `name(…)` for a transformed call, and the phrase
 * "without letting the kit differentiate" / 不让本工具求导 for any derivative), and for a
 * value answer its precision. The prompt is the text after the last heading before the
 * exercise cell. Nothing is forbidden that the prompt does not say, and the reverse.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXERCISES } from '../../../src/exercises/catalog';
import type { ExerciseSpec, Forbidden, Precision } from '../../../src/exercises/types';
import { parseNotebook } from '../../../src/notebookFormat/markdown';

const ROOT = join(__dirname, '..', '..', '..');
const LANGS = ['en', 'zh-cn'] as const;
type Lang = (typeof LANGS)[number];

/** The prompt of each exercise in a chapter's notebook. */
function prompts(lang: Lang, chapter: string): Map<string, string> {
  const cells = parseNotebook(readFileSync(join(ROOT, 'notebooks', lang, `${chapter}.actlab.md`), 'utf8')).cells;
  const out = new Map<string, string>();
  cells.forEach((cell, i) => {
    const id = cell.kind === 'code' ? cell.metadata.exercise : undefined;
    if (id === undefined) return;
    const before = i > 0 && cells[i - 1].kind === 'markup' ? cells[i - 1].source : '';
    const heading = before.lastIndexOf('\n#');
    out.set(id, (heading >= 0 ? before.slice(heading + 1) : before).replace(/^#[^\n]*\n/, '').replace(/\s+/g, ' ').trim());
  });
  return out;
}

const ANY_DERIVATIVE = { en: 'without letting the kit differentiate', 'zh-cn': '不让本工具求导' };
const KEYWORDS = { en: /\b(not|without|rather than)\b/g, 'zh-cn': /(不使用|不要用|而不是|不用)/g };
/** Where a clause ends, outside backticks. */
const CLAUSE_END = { en: /[.;:)]/, 'zh-cn': /[。；：），]/ };

function key(f: Forbidden): string {
  if ('name' in f) return `name ${f.name}`;
  if ('derivativeOf' in f) return `derivative ${f.derivativeOf}`;
  if ('transformedCall' in f) return `call ${f.transformedCall}`;
  return 'any derivative';
}

/** What a prompt forbids, read from its words. */
function forbiddenIn(text: string, lang: Lang): Set<string> {
  const found = new Set<string>();
  let rest = text;
  if (rest.includes(ANY_DERIVATIVE[lang])) {
    found.add('any derivative');
    rest = rest.split(ANY_DERIVATIVE[lang]).join(' ');
  }
  for (const m of rest.matchAll(KEYWORDS[lang])) {
    let i = (m.index ?? 0) + m[0].length;
    let inCode = false;
    let token = '';
    for (; i < rest.length; i++) {
      const c = rest[i];
      if (c === '`') {
        if (inCode) found.add(classify(token, text));
        inCode = !inCode;
        token = '';
      } else if (inCode) token += c;
      else if (CLAUSE_END[lang].test(c)) break;
    }
  }
  return found;
}

function classify(token: string, text: string): string {
  if (/^[A-Za-z_]\w*$/.test(token)) return `name ${token}`;
  const prime = /^([A-Za-z_]\w*)'$/.exec(token);
  if (prime) return `derivative ${prime[1]}`;
  const call = /^([A-Za-z_]\w*)\(.+\)$/.exec(token);
  if (call) return `call ${call[1]}`;
  throw new Error(`"${token}" after a "not"/"without" is neither a name, a derivative nor a call: reword the prompt "${text}"`);
}

/** The precision a prompt states, as the spec writes it. */
function precisionIn(text: string, lang: Lang): string | undefined {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  const en = lang === 'en';
  const significant = en ? /(\d+) significant digits/.exec(text) : /(\d+) 位有效数字/.exec(text);
  if (significant) return `significant ${significant[1]}`;
  const decimals = en ? /\b(\w+) decimals? (?:are|is) enough/i.exec(text) : /小数点后 (\d+) 位/.exec(text);
  if (decimals) return `decimals ${words[decimals[1].toLowerCase()] ?? decimals[1]}`;
  if (en ? /\binteger\b/.test(text) : /整数/.test(text)) return 'decimals 0';
  return undefined;
}

function precisionKey(p: Precision): string {
  return 'decimals' in p ? `decimals ${p.decimals}` : `significant ${p.significant}`;
}

describe('exercise prompts agree with their specs', () => {
  const byChapter = new Map<string, ExerciseSpec[]>();
  for (const e of EXERCISES) byChapter.set(e.chapter, [...(byChapter.get(e.chapter) ?? []), e]);
  for (const lang of LANGS) {
    for (const [chapter, specs] of byChapter) {
      it(`${lang}/${chapter}: forbidden names and precision are stated as the grader enforces them`, () => {
        const texts = prompts(lang, chapter);
        for (const spec of specs) {
          const text = texts.get(spec.id);
          assert.ok(text !== undefined, `${spec.id}: no prompt found`);
          assert.deepEqual([...forbiddenIn(text, lang)].sort(), (spec.forbidden ?? []).map(key).sort(), `${spec.id}: the prompt "${text}"`);
          if (spec.answer.kind === 'value') assert.equal(precisionIn(text, lang), precisionKey(spec.answer.precision), `${spec.id}: the prompt "${text}"`);
        }
      });
    }
  }

  it('reads the forms a prompt can take', () => {
    assert.deepEqual([...forbiddenIn("using `exp` rather than `sigmoid` (and not `silu` or `swish` either: …)", 'en')].sort(), ['name sigmoid', 'name silu', 'name swish']);
    assert.deepEqual([...forbiddenIn('with `sigmoid(x)` itself (not `sigmoid(-x)`).', 'en')], ['call sigmoid']);
    assert.deepEqual([...forbiddenIn("by hand, without letting the kit differentiate and without `step`.", 'en')].sort(), ['any derivative', 'name step']);
    assert.deepEqual([...forbiddenIn('一个函数（不使用 `abs` 或 `norm`），另一个', 'zh-cn')].sort(), ['name abs', 'name norm']);
    assert.deepEqual([...forbiddenIn('the plain formula does not overflow here', 'en')], []);
    assert.throws(() => forbiddenIn('it does not overflow at `[1000, 1001]`', 'en'), /neither a name/);
  });
});
