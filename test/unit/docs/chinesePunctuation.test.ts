// Chinese prose uses full-width punctuation: no ASCII , ; : ( ) where they touch Chinese
// characters, in the hover cards, completion texts and the Chinese chapters (outside code and
// math). Formulas such as σ(x)(1 − σ(x)) or the interval (0, 1) keep their ASCII marks: they
// touch Latin or Greek letters and digits, not Chinese characters.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ACTIVATION_DOCS } from '../../../src/language/docs/activations';
import { BUILTIN_DOCS } from '../../../src/language/docs/builtins';
import { PARAM_DOCS } from '../../../src/language/docs/params';
import { UI } from '../../../src/language/docs/ui';

const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** Ideographs and the CJK and full-width punctuation that sits between them (，。：；（）！？、“”…). */
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d]/;

/** Every place in `text` where ASCII punctuation touches Chinese, with a little context. */
export function asciiPunctuationInChinese(text: string): string[] {
  const problems: string[] = [];
  const at = (i: number): string => text.slice(Math.max(0, i - 8), i + 9).replace(/\n/g, '⏎');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if ((c === ',' || c === ';' || c === ':' || c === '?' || c === '!') && (CHINESE.test(before) || CHINESE.test(after))) {
      problems.push(`"${c}" in …${at(i)}…`);
    }
    if ((c === '(' || c === ')') && (IDEOGRAPH.test(before) || IDEOGRAPH.test(after))) problems.push(`"${c}" in …${at(i)}…`);
  }
  // A pair of ASCII brackets around Chinese words is a Chinese parenthesis.
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    if (IDEOGRAPH.test(m[1])) problems.push(`"( )" around Chinese in …${m[0].slice(0, 24)}…`);
  }
  return [...new Set(problems)];
}

/** The prose of a Markdown chapter: code blocks, inline code and math removed. */
export function chapterProse(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/`[^`\n]+`/g, ' ');
}

function zhStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (IDEOGRAPH.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) zhStrings(v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) if (k !== 'en') zhStrings(v, out);
  }
  return out;
}

describe('docs: Chinese punctuation', () => {
  it('finds what it is meant to find, and leaves formulas alone', () => {
    assert.deepStrictEqual(asciiPunctuationInChinese('把任意实数压到 (0, 1) 之间，导数为 σ(x)(1 − σ(x))。'), []);
    assert.strictEqual(asciiPunctuationInChinese('之间,输出').length, 1);
    assert.strictEqual(asciiPunctuationInChinese('max(0, x):正输入').length, 1);
    assert.strictEqual(asciiPunctuationInChinese('直线(PyTorch 的定义)').length, 3);
    assert.strictEqual(asciiPunctuationInChinese('你是不是想写“x”?').length, 1);
    assert.strictEqual(chapterProse('甲 `a, b` 乙 $f(x)$ 丙\n```actlab\nx = 1, 2\n```\n丁').includes(','), false);
  });

  it('activation cards, parameter docs, completion texts and card headings use full-width punctuation', () => {
    const sources: [string, unknown][] = [
      ['activation cards', Object.fromEntries(Object.entries(ACTIVATION_DOCS).map(([id, d]) => [id, d['zh-cn']]))],
      ['parameters', PARAM_DOCS],
      ['builtins', BUILTIN_DOCS],
      ['ui', UI],
    ];
    const problems = sources.flatMap(([name, data]) => zhStrings(data).flatMap((s) => asciiPunctuationInChinese(s).map((p) => `${name}: ${p}`)));
    assert.deepStrictEqual(problems, []);
  });

  it('the Chinese chapters use full-width punctuation outside code and math', () => {
    const dir = join(__dirname, '..', '..', '..', 'notebooks', 'zh-cn');
    const problems = readdirSync(dir)
      .filter((f) => f.endsWith('.actlab.md'))
      .flatMap((f) => asciiPunctuationInChinese(chapterProse(readFileSync(join(dir, f), 'utf8'))).map((p) => `${f}: ${p}`));
    assert.deepStrictEqual(problems, []);
  });
});
