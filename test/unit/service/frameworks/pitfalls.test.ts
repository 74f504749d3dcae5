// Every pitfall rule against its fixture cases (test/fixtures/frameworks/pitfalls/<rule>.py):
// at least five realistic positive and five negative cases each. A positive case must give
// its rule's diagnostic on each `# expect: <rule>` line and nowhere else; a negative case must
// give no diagnostic at all. Where a fix is offered, applying it must make the finding go away.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { PITFALL_RULES, type FrameworkAnalyzer, type PitfallDiagnostic } from '../../../../src/language/service/frameworks';
import { testAnalyzer } from './analyzer';

const DIR = join(__dirname, '../../../fixtures/frameworks/pitfalls');

interface Case {
  readonly name: string;
  readonly text: string;
  /** Expected rule per line index. */
  readonly expect: ReadonlyMap<number, string>;
}

function cases(file: string): Case[] {
  const parts = readFileSync(join(DIR, file), 'utf8').split(/^# ---- case: (.*)\n/m);
  const out: Case[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const text = parts[i + 1];
    const expect = new Map<number, string>();
    text.split('\n').forEach((line, n) => {
      const m = /# expect: (\w+)\s*$/.exec(line);
      if (m) expect.set(n, m[1]);
    });
    out.push({ name: parts[i], text, expect });
  }
  return out;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length - 1;

function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('frameworks: pitfall rules on their fixture cases', () => {
  let a: FrameworkAnalyzer;
  before(async () => {
    a = await testAnalyzer();
  });

  it('every rule has a fixture file, and every fixture file a rule', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).map((f) => f.replace(/\.py$/, '')).sort();
    assert.deepStrictEqual(files, PITFALL_RULES.map((r) => r.id).sort());
  });

  for (const rule of PITFALL_RULES) {
    describe(rule.id, () => {
      const all = cases(`${rule.id}.py`);
      it('has at least five positive and five negative cases', () => {
        assert.ok(all.filter((c) => c.expect.size > 0).length >= 5, 'positives');
        assert.ok(all.filter((c) => c.expect.size === 0).length >= 5, 'negatives');
      });
      for (const c of all) {
        it(`${c.expect.size > 0 ? '+' : '−'} ${c.name}`, () => {
          const found: PitfallDiagnostic[] = a.diagnostics('python', c.text, 'en');
          const got = found.map((d) => `${lineOf(c.text, d.start)}:${d.rule}`).sort();
          const want = [...c.expect].map(([line, r]) => `${line}:${r}`).sort();
          assert.deepStrictEqual(got, want, found.map((d) => d.message).join('\n'));
          for (const d of found) {
            assert.strictEqual(d.chapter, rule.chapter);
            assert.ok(d.message.length > 20);
            const fix = d.fixes.find((f) => f.preferred) ?? d.fixes[0];
            if (!fix) continue;
            const fixed = applyEdits(c.text, fix.edits);
            assert.notStrictEqual(fixed, c.text);
            const after = a.diagnostics('python', fixed, 'en').filter((x) => x.rule === d.rule && lineOf(fixed, x.start) === lineOf(c.text, d.start));
            assert.deepStrictEqual(after, [], `after "${fix.title}":\n${fixed}`);
          }
        });
      }
    });
  }

  it('messages and fixes come in Simplified Chinese too', () => {
    const text = 'import torch.nn.functional as F\nloss = F.cross_entropy(F.softmax(z, dim=1), y)\n';
    const [d] = a.diagnostics('python', text, 'zh-cn');
    assert.match(d.message, /log-softmax/);
    assert.match(d.message, /[\u4e00-\u9fff]/);
    assert.match(d.fixes[0].title, /[\u4e00-\u9fff]/);
    assert.match(d.chapterAction, /03-softmax/);
  });

  it('every rule has a setting, described in English and Simplified Chinese', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: unknown; markdownDescription: string }> } } };
    const en = JSON.parse(readFileSync(join(__dirname, '../../../../package.nls.json'), 'utf8')) as Record<string, string>;
    const zh = JSON.parse(readFileSync(join(__dirname, '../../../../package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    for (const rule of PITFALL_RULES) {
      const prop = pkg.contributes.configuration.properties[`activationLab.pitfalls.${rule.id}`];
      assert.ok(prop, rule.id);
      assert.strictEqual(prop.default, true);
      const key = prop.markdownDescription.replace(/%/g, '');
      assert.ok(en[key]?.length > 20, `${key} (en)`);
      assert.match(zh[key] ?? '', /[\u4e00-\u9fff]/, `${key} (zh-cn)`);
    }
  });

  it('a rule switched off reports nothing', () => {
    const text = 'import torch.nn.functional as F\nloss = F.cross_entropy(F.softmax(z, dim=1), y)\n';
    assert.strictEqual(a.diagnostics('python', text, 'en', (r) => r !== 'doubleSoftmax').length, 0);
  });
});
