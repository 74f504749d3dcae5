import * as assert from 'assert';
import type { EngineToHost } from '../../../src/engine/protocol';
import { createEngine } from '../../../src/engine/serve';

describe('engine/serve', () => {
  it('announces itself, answers runs, inspections and resets by id', () => {
    const sent: EngineToHost[] = [];
    const handle = createEngine((m) => sent.push(m));
    assert.deepStrictEqual(sent.shift(), { type: 'ready' });
    handle({ type: 'run', id: 1, code: 'a = 2', options: { precision: 4 } });
    handle({ type: 'inspect', id: 2, name: 'a', options: { precision: 4 } });
    handle({ type: 'reset', id: 3 });
    handle({ type: 'inspect', id: 4, name: 'a', options: { precision: 4 } });
    handle({ type: 'run', id: 5, code: 'f(x) = f(x) + 1\nf(1)', options: { precision: 4 } });
    assert.deepStrictEqual(sent.map((m) => [m.type, 'id' in m ? m.id : undefined]), [
      ['result', 1], ['inspected', 2], ['result', 3], ['inspected', 4], ['result', 5],
    ]);
    assert.strictEqual((sent[1] as { text?: string }).text, 'a = 2');
    assert.strictEqual((sent[3] as { text?: string }).text, undefined);
    assert.strictEqual((sent[4] as { result: { error?: { name: string } } }).result.error?.name, 'StackOverflow');
  });

  it('refuses to send a result bigger than its limit, and keeps serving', () => {
    const sent: EngineToHost[] = [];
    const handle = createEngine((m) => sent.push(m), 10_000);
    handle({ type: 'run', id: 1, code: 'random([100, 100])', options: { precision: 4 } });
    handle({ type: 'run', id: 2, code: '1 + 1', options: { precision: 4 } });
    const [big, small] = sent.slice(1) as unknown as { result: { error?: { name: string; message: string }; outputs: unknown[] } }[];
    assert.strictEqual(big.result.error?.name, 'OutputTooLarge');
    // It says how large the outputs are, what the limit is, and what to do.
    assert.match(big.result.error!.message, /^The cell's outputs come to 0\.\d\d MB, more than the 0\.01 MB one cell may send back, so none are shown\. End a line with ; to hide its value/);
    assert.strictEqual(small.result.error, undefined);
  });

  it('runs the same loop in a web worker over postMessage', () => {
    const posted: unknown[] = [];
    let listener: ((e: { data: unknown }) => void) | undefined;
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = { postMessage: g.postMessage, addEventListener: g.addEventListener };
    g.postMessage = (m: unknown) => posted.push(m);
    g.addEventListener = (_type: string, l: (e: { data: unknown }) => void) => (listener = l);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../src/engine/webWorker');
      listener!({ data: { type: 'run', id: 9, code: "sigmoid'(0)", options: { precision: 4 } } });
    } finally {
      g.postMessage = saved.postMessage;
      g.addEventListener = saved.addEventListener;
    }
    assert.deepStrictEqual(posted[0], { type: 'ready' });
    const reply = posted[1] as { type: string; id: number; result: { outputs: { items: { mime: string; data: unknown }[] }[] } };
    assert.strictEqual(reply.id, 9);
    assert.strictEqual(reply.result.outputs[0].items.find((i) => i.mime === 'application/json')?.data, 0.25);
  });
});
