/**
 * Loads the language service (`dist/language-service.js`, with mathjs and the card content)
 * and the build-time assets (`dist/hover-assets.json`) on first use, so activation stays
 * cheap. Both are read through `workspace.fs` from the extension's own folder, so the same
 * code works on desktop, in the browser and from whatever scheme the extension is served
 * from. The bundle is CommonJS with nothing left to `require`; it is evaluated the way web
 * extension hosts load extensions themselves, with `new Function`, since a browser has no
 * `require`.
 */
import * as vscode from 'vscode';
import type { LanguageService } from '../language/service';

type ServiceModule = typeof import('../language/service');

const MODULE = 'dist/language-service.js';
const ASSETS = 'dist/hover-assets.json';

let loading: Promise<LanguageService> | undefined;

/** The service, loaded on the first call. Rejects with a clear error when the build output is missing. */
export function languageService(context: vscode.ExtensionContext): Promise<LanguageService> {
  // A failed load is not remembered, so a rebuilt extension works without a reload.
  loading ??= load(context.extensionUri).catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function load(root: vscode.Uri): Promise<LanguageService> {
  let code: string;
  let assets: string;
  try {
    [code, assets] = await Promise.all([readText(root, MODULE), readText(root, ASSETS)]);
  } catch (e) {
    throw new Error(vscode.l10n.t('Activation Lab: hover cards are missing from this build (run "npm run build").'), { cause: e });
  }
  return evaluateBundle<ServiceModule>(code, MODULE).createLanguageService(JSON.parse(assets));
}

async function readText(root: vscode.Uri, file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, file)));
}

/** Runs a self-contained CommonJS bundle and returns its exports. */
function evaluateBundle<T>(code: string, name: string): T {
  const module = { exports: {} as T };
  const require = (id: string): never => {
    throw new Error(`${name} needs "${id}", which is not bundled`);
  };
  // The sourceURL names the code in stack traces and the debugger.
  const run = new Function('module', 'exports', 'require', `${code}\n//# sourceURL=${name}`) as (m: typeof module, e: T, r: typeof require) => void;
  run(module, module.exports, require);
  return module.exports;
}
