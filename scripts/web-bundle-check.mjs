// Checks on what the browser gets (used by esbuild.mjs after every build of a web bundle):
//   - no Node built-in may reach a web bundle. A browser has none, and esbuild lets one
//     through quietly when the `require` sits inside a try block or the module is marked
//     external; both leave a `require("fs")` that fails only when a learner hits it. So the
//     check reads the metafile (external imports) and the output text (`require(...)`).
//   - size budgets: the main web bundle is loaded on activation and must stay small; the
//     engine and the language service are loaded on first use and have larger budgets.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Node built-ins a web build still refers to, as `{ file, module }` (empty when clean).
 * @param {import('esbuild').Metafile} metafile
 * @param {readonly { path: string, text: string }[]} outputs the written files (JavaScript ones are read)
 */
export function nodeBuiltinsIn(metafile, outputs) {
  const found = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      // Left external, a built-in is a `require` the browser cannot satisfy. (A package's browser
      // field may map one to an empty module, "(disabled):crypto", or to a browser version: fine.)
      if (imp.external && BUILTINS.has(imp.path)) found.push({ file, module: imp.path });
    }
  }
  for (const out of outputs) {
    if (!out.path.endsWith('.js')) continue;
    for (const m of out.text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      if (BUILTINS.has(m[1])) found.push({ file: out.path, module: m[1] });
    }
  }
  // Each module once, where it was first seen (the metafile names the source file).
  const seen = new Set();
  return found.filter((f) => !seen.has(f.module) && seen.add(f.module));
}

/**
 * Size budgets in bytes, for the production build (`npm run package`, what ships). The main
 * web bundle is held to its budget in development builds too: unminified it still fits.
 */
export const BUDGETS = {
  'dist/web/extension.js': { bytes: 200 * 1024, always: true, what: 'main web bundle, loaded on activation' },
  'dist/web/engine.js': { bytes: 1024 * 1024, always: false, what: 'engine worker script, loaded when the first cell runs' },
  // mathjs is over half of it (about 570 KB minified: diagnostics parse and check cells with the
  // engine's own dialect); the rest is the docs in two languages, second derivatives included,
  // the framework tables and the tree-sitter runtime.
  'dist/language-service.js': { bytes: 1280 * 1024, always: false, what: 'language service, loaded on the first hover, completion or diagnostic' },
  'dist/hover-assets.json': { bytes: 1280 * 1024, always: false, what: 'hover card images and facts, loaded with the language service' },
};

/**
 * Budgets exceeded, as messages (empty when all fit).
 * @param {(file: string) => number | undefined} sizeOf bytes of a built file, undefined when absent
 * @param {boolean} production whether this is the packaged build
 */
export function overBudget(sizeOf, production) {
  const problems = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    if (!production && !budget.always) continue;
    const size = sizeOf(file);
    if (size !== undefined && size > budget.bytes) {
      problems.push(`${file} is ${(size / 1024).toFixed(1)} KB, over its budget of ${budget.bytes / 1024} KB (${budget.what})`);
    }
  }
  return problems;
}
