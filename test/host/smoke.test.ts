// The smallest check that the harness is honest: the extension under development is really
// loaded into a real VS Code, activates, and contributes what package.json promises.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'activation-lab.activation-lab';

describe('smoke: the extension in a real VS Code', () => {
  it('runs inside VS Code 1.100 or newer', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `VS Code ${vscode.version}`);
  });

  it('is loaded from the development folder and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers every command it contributes', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    const contributed: { command: string }[] = ext.packageJSON.contributes?.commands ?? [];
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepStrictEqual(missing, []);
  });
});
