/**
 * Tree-sitter for Python, JavaScript and TypeScript through `web-tree-sitter`. The caller
 * hands over the bytes of the runtime and of the three grammars (the editor reads them with
 * `workspace.fs`, tests from `node_modules`), so nothing here touches a file system and the
 * same code runs in the extension host, a browser worker and plain mocha.
 */
import type { Tree } from 'web-tree-sitter';
// `require` rather than `import`, so bundlers pick the package's CommonJS build: its ES module
// build calls createRequire(import.meta.url), which a CommonJS bundle has no value for.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import TreeSitter = require('web-tree-sitter');

const { Language, Parser } = TreeSitter;
type Parser = InstanceType<typeof Parser>;

/** The grammars the kit ships. JSX files use the JavaScript grammar, TSX files the TypeScript one. */
export type GrammarName = 'python' | 'javascript' | 'typescript';

export interface ParserWasm {
  /** `web-tree-sitter.wasm`, the parsing runtime. */
  readonly runtime: Uint8Array;
  readonly grammars: Readonly<Record<GrammarName, Uint8Array>>;
}

/** The grammar for an editor language id, or undefined for languages the kit does not read. */
export function grammarFor(languageId: string): GrammarName | undefined {
  switch (languageId) {
    case 'python':
      return 'python';
    case 'javascript':
    case 'javascriptreact':
      return 'javascript';
    case 'typescript':
    case 'typescriptreact':
      return 'typescript';
    default:
      return undefined;
  }
}

export interface SyntaxParsers {
  /**
   * Parses `text` and hands the tree to `use`; the tree lives in wasm memory and is freed as
   * soon as `use` returns, so `use` must copy out whatever it keeps.
   */
  withTree<T>(grammar: GrammarName, text: string, use: (tree: Tree) => T): T;
  dispose(): void;
}

/**
 * Emscripten keeps one runtime per JavaScript realm, so the runtime is initialised once and
 * its promise shared; a failed start is not cached, so a later call can try again.
 */
let runtime: Promise<void> | undefined;

function initRuntime(bytes: Uint8Array): Promise<void> {
  runtime ??= Parser.init({ wasmBinary: bytes }).catch((err: unknown) => {
    runtime = undefined;
    throw err;
  });
  return runtime;
}

export async function createSyntaxParsers(wasm: ParserWasm): Promise<SyntaxParsers> {
  await initRuntime(wasm.runtime);
  const names: GrammarName[] = ['python', 'javascript', 'typescript'];
  const languages = await Promise.all(names.map((n) => Language.load(wasm.grammars[n])));
  const parsers = new Map<GrammarName, Parser>();
  names.forEach((n, i) => parsers.set(n, new Parser().setLanguage(languages[i])));
  return {
    withTree(grammar, text, use) {
      const parser = parsers.get(grammar);
      if (!parser) throw new Error(`no ${grammar} parser (disposed?)`);
      const tree = parser.parse(text);
      if (!tree) throw new Error(`the ${grammar} parser returned no tree`);
      try {
        return use(tree);
      } finally {
        tree.delete();
      }
    },
    dispose() {
      for (const p of parsers.values()) p.delete();
      parsers.clear();
    },
  };
}
