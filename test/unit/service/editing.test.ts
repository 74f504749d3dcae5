// Reading the cell around the cursor, completion, signature help and diagnostics.
import * as assert from 'assert';
import { completionsAt } from '../../../src/language/service/completion';
import { diagnoseCell } from '../../../src/language/service/diagnostics';
import { signatureAt } from '../../../src/language/service/signature';
import { definitionsIn, enclosingCall, wordAt } from '../../../src/language/service/text';
import { nameOracle } from '../../../src/language/service/oracle';

const oracle = nameOracle();

describe('service: reading the cell', () => {
  it('finds the word under the cursor with its primes', () => {
    const text = "y = sigmoid'(0) + tanh(x)";
    assert.deepStrictEqual(wordAt(text, 6), { name: 'sigmoid', primes: 1, start: 4, end: 12 });
    assert.deepStrictEqual(wordAt(text, 11), { name: 'sigmoid', primes: 1, start: 4, end: 12 });
    assert.strictEqual(wordAt(text, 19)?.name, 'tanh');
    assert.strictEqual(wordAt(text, 2), undefined);
    assert.strictEqual(wordAt('1e5 + 2', 1), undefined, 'the exponent of a number is not a name');
  });

  it('finds the enclosing call and the argument index', () => {
    assert.deepStrictEqual(enclosingCall('leaky_relu(x, ', 14), { name: 'leaky_relu', primes: 0, argument: 1, open: 11 });
    assert.strictEqual(enclosingCall('swish([1, 2], ', 14)?.argument, 1, 'commas inside a vector do not count');
    assert.strictEqual(enclosingCall("elu'(", 5)?.primes, 1);
    assert.strictEqual(enclosingCall('sigmoid(1) + ', 13), undefined);
  });

  it('lists definitions', () => {
    const defs = definitionsIn('a = 3\nf(x, b) = x * b; c == 2\n g = 1');
    assert.deepStrictEqual(defs.map((d) => [d.name, d.params]), [['a', undefined], ['f', ['x', 'b']], ['g', undefined]]);
  });
});

describe('service: completion', () => {
  it('offers every registry function with its signature and a one-line doc in both languages', () => {
    const en = completionsAt('sig', 3, 'en', []);
    const sigmoid = en.find((e) => e.label === 'sigmoid');
    assert.ok(sigmoid);
    assert.strictEqual(sigmoid.detail, 'sigmoid(x)');
    assert.match(sigmoid.documentation, /logistic/i);
    const zh = completionsAt('sig', 3, 'zh-cn', []).find((e) => e.label === 'leaky_relu');
    assert.strictEqual(zh?.detail, 'leaky_relu(x, alpha = 0.01)');
    assert.match(zh?.documentation ?? '', /[\u4e00-\u9fff]/);
    assert.ok(en.some((e) => e.label === "tanh'"), 'derivatives too');
  });

  it('offers the parameters of the call the cursor is in', () => {
    const inside = completionsAt('swish(x, ', 9, 'en', []);
    assert.ok(inside.some((e) => e.kind === 'parameter' && e.label === 'beta'));
    assert.ok(!completionsAt('swish(x) ', 9, 'en', []).some((e) => e.kind === 'parameter'));
  });

  it('offers names defined in earlier cells', () => {
    const got = completionsAt('', 0, 'en', ['w = 2', 'g(x) = x^2']);
    assert.strictEqual(got.find((e) => e.label === 'w')?.kind, 'variable');
    assert.strictEqual(got.find((e) => e.label === 'g')?.kind, 'learnerFunction');
  });
});

describe('service: signature help', () => {
  it('shows the signature and moves the active parameter', () => {
    const first = signatureAt('elu(', 4, 'en');
    assert.strictEqual(first?.label, 'elu(x, alpha = 1)');
    assert.strictEqual(first?.activeParameter, 0);
    assert.strictEqual(signatureAt('elu(-1, ', 8, 'en')?.activeParameter, 1);
    assert.strictEqual(signatureAt('softmax(', 8, 'zh-cn')?.parameters[0].label, 'z');
    assert.strictEqual(signatureAt('foo(', 4, 'en'), undefined);
  });
});

describe('service: diagnostics', () => {
  it('reports a syntax error at its position', () => {
    const d = diagnoseCell('a = 1\nb = (2 + ', 'en', [], oracle);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].code, 'syntax');
    assert.ok(d[0].start >= 6, `on the second line, got ${d[0].start}`);
  });

  it('reports unknown names with a suggestion', () => {
    const d = diagnoseCell('sigmod(2)', 'en', [], oracle);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].code, 'unknownName');
    assert.deepStrictEqual([d[0].start, d[0].end], [0, 6]);
    assert.match(d[0].message, /Did you mean "sigmoid"\?/);
    const zh = diagnoseCell('tanhh(1)', 'zh-cn', [], oracle);
    assert.match(zh[0].message, /tanh/);
    assert.match(zh[0].message, /[\u4e00-\u9fff]/);
  });

  it('knows mathjs names, earlier cells, this cell and function parameters', () => {
    assert.deepStrictEqual(diagnoseCell('f(x) = x * sigmoid(1.7 x)\nf(2) + sin(pi) + w', 'en', ['w = 3'], oracle), []);
    assert.deepStrictEqual(diagnoseCell("relu'(-1) + sigmoid'(0)", 'en', [], oracle), []);
    assert.strictEqual(diagnoseCell('f(x) = x + y', 'en', [], oracle)[0]?.message.includes('"y"'), true);
  });

  it('reports wrong arity for registry functions', () => {
    const d = diagnoseCell('relu(1, 2)', 'en', [], oracle);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].code, 'arity');
    assert.match(d[0].message, /relu takes 1 argument\(s\), got 2/);
    assert.deepStrictEqual(diagnoseCell('leaky_relu(1, 0.2)', 'en', [], oracle), []);
    assert.strictEqual(diagnoseCell('leaky_relu()', 'en', [], oracle)[0]?.code, 'arity');
    assert.strictEqual(diagnoseCell("swish'(1, 2, 3)", 'en', [], oracle)[0]?.code, 'arity');
  });
});

describe('service: the notebooks that ship raise no false diagnostics', () => {
  it('every cell of every notebook in notebooks/ is clean', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('fs') as typeof import('fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('path') as typeof import('path');
    const root = path.join(__dirname, '../../../notebooks');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir)) {
        const p = path.join(dir, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.actlab.md')) files.push(p);
      }
    };
    walk(root);
    assert.ok(files.length > 0);
    const problems: string[] = [];
    for (const file of files) {
      const cells = [...fs.readFileSync(file, 'utf8').matchAll(/```actlab[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
      const earlier: string[] = [];
      for (const cell of cells) {
        for (const d of diagnoseCell(cell, 'en', earlier, oracle)) problems.push(`${path.basename(file)}: ${cell.slice(d.start, d.end)}: ${d.message}`);
        earlier.push(cell);
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('maxout keeps its own (W, b, x) form', () => {
    assert.deepStrictEqual(diagnoseCell('maxout([[1, 2], [3, 4]], [0, 0], [1, 1])', 'en', [], oracle), []);
    assert.deepStrictEqual(diagnoseCell('maxout([1, 2])', 'en', [], oracle), [], 'maxout of piece values');
    const two = diagnoseCell('maxout([1, 2], [3])', 'en', [], oracle);
    assert.strictEqual(two[0]?.code, 'arity');
    assert.match(two[0]?.message ?? '', /takes 1\/3 argument/);
    assert.strictEqual(signatureAt('maxout(', 7, 'en')?.label, 'maxout(W, b, x)');
  });
});

describe('service: builtins in completion and signature help', () => {
  it('offers jacobian and plot with their signatures and explains them in Chinese', () => {
    const zh = completionsAt('', 0, 'zh-cn', []);
    assert.strictEqual(zh.find((e) => e.label === 'jacobian')?.detail, 'jacobian(f, z, …params)');
    assert.match(zh.find((e) => e.label === 'plot')?.documentation ?? '', /[\u4e00-\u9fff]/);
    const help = signatureAt('vjp(softmax, [1, 2], ', 21, 'en');
    assert.strictEqual(help?.label, 'vjp(f, z, v, …params)');
    assert.strictEqual(help?.activeParameter, 2);
  });
});
