// Every registry function has every card field, non-empty, in both languages — and the
// docs list nothing the registry does not have.
import * as assert from 'assert';
import { REGISTRY } from '../../../src/core/registry';
import { CHAPTERS } from '../../../src/exercises/types';
import { ACTIVATION_DOCS } from '../../../src/language/docs/activations';
import { PARAM_DOCS } from '../../../src/language/docs/params';
import { LOCALES } from '../../../src/language/docs/types';

const PROSE_FIELDS = ['summary', 'whyZeroCentringMatters', 'saturationNote', 'whenToUse'] as const;

describe('docs: completeness', () => {
  for (const act of REGISTRY) {
    describe(act.id, () => {
      const doc = ACTIVATION_DOCS[act.id];
      it('has docs', () => assert.ok(doc, `no docs for ${act.id}`));
      for (const locale of LOCALES) {
        it(`has every prose field in ${locale}`, () => {
          for (const field of PROSE_FIELDS) {
            const text = doc[locale][field];
            assert.ok(typeof text === 'string' && text.trim().length > 10, `${act.id}.${locale}.${field} is empty`);
          }
          assert.ok(doc[locale].mistakes.length > 0, `${act.id}.${locale}.mistakes is empty`);
          for (const m of doc[locale].mistakes) assert.ok(m.trim().length > 10);
        });
      }
      it('has as many mistakes in Chinese as in English', () => {
        assert.strictEqual(doc['zh-cn'].mistakes.length, doc.en.mistakes.length);
      });
      it('Chinese text is written in Chinese', () => {
        assert.match(doc['zh-cn'].summary, /[\u4e00-\u9fff]/);
        assert.match(doc['zh-cn'].whenToUse, /[\u4e00-\u9fff]/);
      });
      it('names a real chapter', () => {
        if (doc.chapter !== undefined) assert.ok((CHAPTERS as readonly string[]).includes(doc.chapter), doc.chapter);
      });
      it('documents every parameter in both languages', () => {
        for (const p of act.params) {
          const d = PARAM_DOCS[`${act.id}.${p.name}`] ?? PARAM_DOCS[p.name];
          assert.ok(d, `no docs for parameter ${act.id}.${p.name}`);
          for (const locale of LOCALES) assert.ok(d[locale].trim().length > 5);
        }
      });
      it('has at least one example unless it takes matrices', () => {
        if (act.id !== 'maxout') assert.ok(doc.examples.length > 0);
      });
    });
  }

  it('documents no id the registry lacks', () => {
    const ids = new Set(REGISTRY.map((a) => a.id));
    assert.deepStrictEqual(Object.keys(ACTIVATION_DOCS).filter((id) => !ids.has(id)), []);
  });

  it('uses the agreed Chinese terms', () => {
    const all = Object.values(ACTIVATION_DOCS)
      .map((d) => JSON.stringify(d['zh-cn']))
      .join('\n');
    for (const term of ['零中心化', '饱和', '梯度消失', '计算开销', '神经元死亡']) assert.ok(all.includes(term), term);
  });
});

describe('docs: builtins', () => {
  it('every builtin group function and calculus builtin has completion text in both languages', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BUILTIN_GROUPS } = require('../../../src/language/builtins') as typeof import('../../../src/language/builtins');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BUILTIN_DOCS } = require('../../../src/language/docs/builtins') as typeof import('../../../src/language/docs/builtins');
    const refuse = (): never => {
      throw new Error('not called');
    };
    const names = BUILTIN_GROUPS.flatMap((f) => Object.keys(f({ toScalarFunction: refuse, toNumber: refuse, toVector: refuse, progress: () => undefined })));
    for (const name of [...names, 'jacobian', 'jvp', 'vjp', 'grad', 'dparam']) {
      const doc = BUILTIN_DOCS[name];
      assert.ok(doc, `no completion docs for builtin ${name}`);
      assert.ok(doc.summary.en.length > 10 && /[\u4e00-\u9fff]/.test(doc.summary['zh-cn']), name);
    }
  });
});
