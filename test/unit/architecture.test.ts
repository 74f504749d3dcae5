import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The layers of ARCHITECTURE.md, checked on the source: every relative import (type-only
 * ones too: a type is a dependency on what the other layer means) points along an allowed
 * arrow, and no file reaches itself again through value imports.
 */
const SRC = path.resolve(__dirname, '../../src');

/** Layer → the layers it may import (itself always). Mirrors the table in ARCHITECTURE.md. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  core: [],
  plot: ['core'],
  exercises: ['core'],
  language: ['core', 'plot', 'exercises'],
  notebookFormat: [],
  engine: ['language'],
  cli: ['engine', 'language', 'notebookFormat'],
  notebook: ['engine', 'language', 'notebookFormat'],
  features: ['language', 'exercises', 'engine', 'notebook'],
  renderer: ['core', 'plot'],
  'extension.shared': ['features', 'notebook', 'engine', 'language', 'exercises'],
  extension: ['extension.shared', 'engine', 'notebook'],
  'extension.browser': ['extension.shared', 'engine', 'notebook'],
};

interface Import {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(file: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(file), spec);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((c) => c.endsWith('.ts') && fs.existsSync(c));
}

/** `import …/export … from './x'` and `import('./x')`, with whether the whole statement is type-only. */
function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (const m of text.matchAll(statement)) {
    const to = resolveImport(file, m[3]);
    if (to !== undefined) found.push({ from: file, to, typeOnly: m[2] !== undefined });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const to = resolveImport(file, m[1]);
    if (to !== undefined) found.push({ from: file, to, typeOnly: false });
  }
  return found;
}

function layerOf(file: string): string {
  const [first] = path.relative(SRC, file).split(path.sep);
  return first.replace(/\.ts$/, '');
}

const FILES = sources(SRC);
const IMPORTS = FILES.flatMap(importsOf);

describe('architecture: the layers of ARCHITECTURE.md', () => {
  it('reads the source tree (the checks below have something to check)', () => {
    assert.ok(FILES.length > 100, `${FILES.length} files`);
    assert.ok(IMPORTS.length > 300, `${IMPORTS.length} imports`);
    assert.deepStrictEqual([...new Set(FILES.map(layerOf))].filter((l) => !(l in MAY_IMPORT)), [], 'a folder that is in no layer');
  });

  it('imports only along the allowed arrows', () => {
    const wrong = IMPORTS.filter((i) => {
      const from = layerOf(i.from);
      const to = layerOf(i.to);
      return from !== to && !MAY_IMPORT[from].includes(to);
    }).map((i) => `${path.relative(SRC, i.from)} → ${path.relative(SRC, i.to)}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('has no import cycle between files', () => {
    const graph = new Map<string, string[]>();
    for (const i of IMPORTS) if (!i.typeOnly) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].map((f) => path.relative(SRC, f)).join(' → '));
        else if (!state.has(next)) visit(next, [...trail, next]);
      }
      state.set(file, 'done');
    };
    for (const file of FILES) if (!state.has(file)) visit(file, [file]);
    assert.deepStrictEqual(cycles, []);
  });

  it('keeps the language features from importing the module that registers them', () => {
    const back = IMPORTS.filter((i) => path.basename(i.to) === 'languageFeatures.ts' && layerOf(i.from) === 'features');
    assert.deepStrictEqual(back.map((i) => path.relative(SRC, i.from)), []);
    const service = IMPORTS.filter((i) => path.basename(i.from) === 'languageService.ts' && layerOf(i.to) === 'features');
    assert.deepStrictEqual(service.map((i) => path.relative(SRC, i.to)), []);
  });
});
