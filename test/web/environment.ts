// Where this suite runs: in the browser's web worker extension host, with the extension's
// `browser` entry. Without the `remote.extensionKind` setting the runner writes, code-server
// would run the extension (and this bundle) in its Node host, and every later test would
// prove nothing about the web build.
import * as vscode from 'vscode';
import { deepStrictEqual, ok, strictEqual } from './lib/assert';
import { activate, EXTENSION_ID } from './lib/notebooks';

describe('web host: where the tests run', () => {
  it('runs in a web worker, not in Node', () => {
    strictEqual(typeof process, 'undefined', 'a Node extension host has a global process');
    strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope has importScripts');
    strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it("activates the extension from its browser entry, and registers every command it contributes", async () => {
    const ext = await activate();
    strictEqual(ext.isActive, true);
    const pkg = ext.packageJSON as { browser?: string; contributes?: { commands?: { command: string }[] } };
    ok(pkg.browser, 'package.json has no browser entry');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = (pkg.contributes?.commands ?? []).map((c) => c.command).filter((c) => !registered.has(c));
    deepStrictEqual(missing, []);
    ok(vscode.extensions.getExtension(EXTENSION_ID), 'found by id');
  });
});
