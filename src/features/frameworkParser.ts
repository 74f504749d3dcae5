/**
 * The framework analyzer of the language service, with the tree-sitter runtime and grammars
 * read through `workspace.fs` from the extension's own `dist/tree-sitter/` folder — no Node
 * file system in the way, so the same path works in a browser worker. Loaded on the first
 * Python/JavaScript/TypeScript file that is hovered or analysed.
 */
import * as vscode from 'vscode';
import type { FrameworkAnalyzer, ParserWasm } from '../language/service';
import { languageService } from './languageService';

export const FRAMEWORK_LANGUAGES = ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact'];

let pending: Promise<FrameworkAnalyzer> | undefined;

async function readWasm(context: vscode.ExtensionContext): Promise<ParserWasm> {
  const read = (name: string): Thenable<Uint8Array> => vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'tree-sitter', name));
  const [runtime, python, javascript, typescript] = await Promise.all([
    read('web-tree-sitter.wasm'),
    read('tree-sitter-python.wasm'),
    read('tree-sitter-javascript.wasm'),
    read('tree-sitter-typescript.wasm'),
  ]);
  return { runtime, grammars: { python, javascript, typescript } };
}

/** The analyzer, created once; a failed start is reported by the caller and retried next time. */
export function frameworkAnalyzer(context: vscode.ExtensionContext): Promise<FrameworkAnalyzer> {
  pending ??= (async () => (await languageService(context)).frameworkAnalyzer(await readWasm(context)))().catch((err: unknown) => {
    pending = undefined;
    throw err;
  });
  return pending;
}

/** A cheap look at the text, so files that use no framework never load the parser. */
export function mentionsFramework(text: string): boolean {
  return /\b(torch|tensorflow|keras|jax|flax)\b|@tensorflow\/tfjs/.test(text);
}
