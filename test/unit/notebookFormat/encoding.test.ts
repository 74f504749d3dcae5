import * as assert from 'node:assert/strict';
import { decodeNotebook, encodeNotebook, NotebookParseError } from '../../../src/notebookFormat/markdown';

describe('notebook format: bytes', () => {
  it('keeps a BOM and Chinese text through decode and encode', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# 零中心化\n')]);
    const text = decodeNotebook(bytes);
    assert.equal(text, '\uFEFF# 零中心化\n');
    assert.deepEqual(encodeNotebook(text), bytes);
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nok\n'), 0x61, 0xff, 0x0a]);
    assert.throws(
      () => decodeNotebook(bytes),
      (e: unknown) => e instanceof NotebookParseError && e.line === 3 && /not valid UTF-8/.test(e.message),
    );
  });

  it('refuses a truncated multi-byte character', () => {
    const bytes = new Uint8Array([0x61, 0xe4, 0xb8]);
    assert.throws(() => decodeNotebook(bytes), (e: unknown) => e instanceof NotebookParseError && e.line === 1);
  });
});
