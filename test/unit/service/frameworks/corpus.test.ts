// Realistic scripts — PyTorch, Keras/TF, JAX/Flax, TensorFlow.js — with the cards and
// diagnostics they must give (test/fixtures/frameworks/corpus/<script>.expect.json). Lines are
// 0-based; a card entry with "card": false is a name that must get none.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { FrameworkAnalyzer } from '../../../../src/language/service/frameworks';
import { testAnalyzer } from './analyzer';

const DIR = join(__dirname, '../../../fixtures/frameworks/corpus');

interface Expect {
  language: string;
  cards: { at: string; card?: false; framework?: string; path?: string; id?: string; variant?: boolean; args?: Record<string, unknown> }[];
  diagnostics: { rule: string; line: number }[];
}

describe('frameworks: realistic scripts', () => {
  let a: FrameworkAnalyzer;
  before(async () => {
    a = await testAnalyzer();
  });

  const scripts = readdirSync(DIR).filter((f) => !f.endsWith('.expect.json'));
  it('has a PyTorch, a Keras/TF, a JAX/Flax and a TensorFlow.js script', () => {
    assert.ok(scripts.length >= 4, scripts.join(', '));
  });

  for (const script of scripts) {
    it(script, () => {
      const text = readFileSync(join(DIR, script), 'utf8');
      const want = JSON.parse(readFileSync(join(DIR, script.replace(/\.\w+$/, '.expect.json')), 'utf8')) as Expect;
      for (const c of want.cards) {
        const at = text.indexOf(c.at);
        assert.ok(at >= 0, `${c.at} not in ${script}`);
        const h = a.hover(want.language, text, at + 1, { locale: 'en', theme: 'light' });
        if (c.card === false) {
          assert.strictEqual(h, undefined, `${c.at} must get no card`);
          continue;
        }
        assert.ok(h, `${c.at}: no card`);
        assert.strictEqual(h.ref.found.table.framework, c.framework, c.at);
        if (c.path) assert.strictEqual(h.ref.found.path, c.path, c.at);
        assert.strictEqual(h.ref.id, c.id, c.at);
        if (c.variant) assert.strictEqual(h.ref.found.entry.variant, true);
        for (const [name, value] of Object.entries(c.args ?? {})) {
          assert.strictEqual(h.ref.args.find((x) => x.name === name)?.value, value, `${c.at} ${name}`);
        }
        assert.match(h.markdown, new RegExp(`checked against ${h.ref.found.table.version.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      }
      const lineOf = (o: number): number => text.slice(0, o).split('\n').length - 1;
      const got = a.diagnostics(want.language, text, 'en').map((d) => `${lineOf(d.start)}:${d.rule}`).sort();
      assert.deepStrictEqual(got, want.diagnostics.map((d) => `${d.line}:${d.rule}`).sort());
    });
  }
});
