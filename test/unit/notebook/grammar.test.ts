import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REGISTRY } from '../../../src/core/registry';

interface Rule {
  match?: string;
  begin?: string;
  name?: string;
  patterns?: Rule[];
}

const file = path.join(__dirname, '../../../syntaxes/actlab.tmLanguage.json');
const text = fs.readFileSync(file, 'utf8');
const grammar = JSON.parse(text) as { scopeName: string; repository: Record<string, Rule> };

/** The rule's `match` as a JS RegExp (the patterns use only syntax Oniguruma and JS share). */
function rule(name: string): RegExp {
  const r = grammar.repository[name];
  assert.ok(r?.match, `no match rule ${name}`);
  return new RegExp(r.match, 'g');
}

function all(name: string, line: string): string[][] {
  return [...line.matchAll(rule(name))].map((m) => [...m]);
}

/** Every regular expression in the grammar. */
function patterns(r: Rule): string[] {
  return [r.match, r.begin].filter((p): p is string => p !== undefined).concat((r.patterns ?? []).flatMap(patterns));
}

describe('actlab grammar', () => {
  it('compiles every pattern', () => {
    const walk = (r: Rule): void => {
      if (r.match) assert.doesNotThrow(() => new RegExp(r.match as string), r.match);
      if (r.begin) assert.doesNotThrow(() => new RegExp(r.begin as string), r.begin);
      r.patterns?.forEach(walk);
    };
    Object.values(grammar.repository).forEach(walk);
    assert.equal(grammar.scopeName, 'source.actlab');
  });

  it('marks calls and their primes', () => {
    assert.deepEqual(all('call', "sigmoid'(0) + f''(1) + relu(x)").map((m) => [m[1], m[2]]), [
      ['sigmoid', "'"],
      ['f', "''"],
      ['relu', ''],
    ]);
  });

  it('marks a derivative passed as a value', () => {
    assert.deepEqual(all('primed', "plot(sigmoid, sigmoid', -6, 6)").map((m) => m[1]), ['sigmoid']);
  });

  it('marks a function definition and its parameters', () => {
    const [m] = all('definition', 'f(x, a) = x * sigmoid(a x)');
    assert.equal(m[1], 'f');
    assert.equal(m[3], 'x, a');
    assert.equal(all('definition', 'f(x) == 1').length, 0);
  });

  it('tells transpose from the start of a string', () => {
    assert.deepEqual(all('transpose', "A' + [1, 2]'").map((m) => m[0]), ["'", "'"]);
    const single = new RegExp((grammar.repository.string.patterns ?? [])[1].begin as string);
    assert.equal(single.test("A'"), false);
    assert.equal(single.test("x = 'text'"), true);
  });

  it('reads numbers and comments', () => {
    const decimal = new RegExp((grammar.repository.number.patterns ?? [])[2].match as string, 'g');
    assert.deepEqual([...'1 + 2.5e-3 + .5'.matchAll(decimal)].map((m) => m[0]), ['1', '2.5e-3', '.5']);
    assert.equal([...'x2'.matchAll(decimal)].length, 0);
    assert.deepEqual(all('comment', 'sigmoid(0)  # one half').map((m) => m[0]), ['# one half']);
  });

  it('does not list the registry functions a second time', () => {
    const all = Object.values(grammar.repository).flatMap(patterns).join('\n');
    for (const act of REGISTRY) {
      assert.ok(!new RegExp(`\\b${act.id}\\b`).test(all), `the grammar names ${act.id}`);
    }
  });
});
