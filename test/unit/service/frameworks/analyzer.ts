// One framework analyzer per test run, with the wasm bytes read from node_modules (the
// extension reads the same files from dist/tree-sitter/ through workspace.fs).
import { readFileSync } from 'fs';
import { join } from 'path';
import { createFrameworkAnalyzer, type FrameworkAnalyzer, type ParserWasm } from '../../../../src/language/service/frameworks';
import { buildAssets } from '../buildAssets';

const root = join(__dirname, '../../../..');
let analyzer: Promise<FrameworkAnalyzer> | undefined;

export function parserWasm(): ParserWasm {
  const grammar = (g: string): Uint8Array => readFileSync(join(root, `node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-${g}.wasm`));
  return {
    runtime: readFileSync(join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm')),
    grammars: { python: grammar('python'), javascript: grammar('javascript'), typescript: grammar('typescript') },
  };
}

export function testAnalyzer(): Promise<FrameworkAnalyzer> {
  analyzer ??= createFrameworkAnalyzer(parserWasm(), buildAssets());
  return analyzer;
}
