// Completion and signature help in a real notebook cell.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeCells, openNotebook, setLanguage } from './hoverHelpers';

describe('completion: in notebook cells', function () {
  this.timeout(60000);
  let cells: vscode.TextDocument[];

  before(async () => {
    await activate();
    await setLanguage('en');
    cells = codeCells(await openNotebook('completion.actlab.md', ['weights = [1, 2]\ng(x) = x^2', 'sig', 'leaky_relu(1, ']));
  });

  after(() => setLanguage(undefined));

  it('offers registry functions with signatures, derivatives and earlier names', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cells[1].uri, new vscode.Position(0, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['sigmoid', "sigmoid'", 'softmax', 'weights', 'g']) assert.ok(labels.includes(name), `missing ${name}`);
    const sigmoid = list.items.find((i) => i.label === 'sigmoid');
    assert.strictEqual(sigmoid?.detail, 'sigmoid(x)');
  });

  it('offers the parameter names of the call', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cells[2].uri, new vscode.Position(0, 14));
    assert.ok(list.items.some((i) => i.label === 'alpha' && i.kind === vscode.CompletionItemKind.Property));
  });

  it('signature help marks the active parameter', async () => {
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', cells[2].uri, new vscode.Position(0, 14));
    assert.strictEqual(help.signatures[0].label, 'leaky_relu(x, alpha = 0.01)');
    assert.strictEqual(help.activeParameter, 1);
  });
});
