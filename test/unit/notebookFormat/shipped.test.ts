import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeNotebook, encodeNotebook, parseNotebook, printNotebook } from '../../../src/notebookFormat/markdown';

const root = path.join(__dirname, '../../../notebooks');

function notebooks(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return notebooks(p);
    return e.name.endsWith('.actlab.md') ? [p] : [];
  });
}

describe('notebook format: the notebooks the kit ships', () => {
  const files = notebooks(root);

  it('includes the tour', () => {
    assert.ok(files.some((f) => f.endsWith('00-tour.actlab.md')));
  });

  for (const file of files) {
    it(`${path.relative(root, file)} parses, has code cells, and saves back byte for byte`, () => {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const parsed = parseNotebook(decodeNotebook(bytes));
      assert.ok(parsed.cells.some((c) => c.kind === 'code'), 'no code cells');
      assert.deepEqual(encodeNotebook(printNotebook(parsed.cells, parsed.layout)), bytes);
    });
  }
});
