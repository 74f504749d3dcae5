// Diagnostics as you type in a real notebook cell: unknown names with a suggestion,
// wrong arity, syntax errors, and names from earlier cells known.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, codeCells, openNotebook, setLanguage, waitFor } from './hoverHelpers';

function diagnosticsOf(doc: vscode.TextDocument, minimum: number): Promise<vscode.Diagnostic[] | undefined> {
  return waitFor(() => {
    const d = vscode.languages.getDiagnostics(doc.uri);
    return d.length >= minimum ? d : undefined;
  }, 5000);
}

describe('diagnostics: in notebook cells', function () {
  this.timeout(60000);
  let cells: vscode.TextDocument[];

  before(async () => {
    await activate();
    await setLanguage('en');
    cells = codeCells(await openNotebook('diagnostics.actlab.md', ['w = 3', 'sigmod(w)', 'relu(1, 2)', 'w + (', 'w * tanh(1)']));
  });

  after(() => setLanguage(undefined));

  it('unknown name with "did you mean"', async () => {
    const d = await diagnosticsOf(cells[1], 1);
    assert.ok(d, 'no diagnostics');
    assert.match(d[0].message, /Unknown name "sigmod"\. Did you mean "sigmoid"\?/);
    assert.deepStrictEqual([d[0].range.start.character, d[0].range.end.character], [0, 6]);
  });

  it('wrong arity and syntax errors', async () => {
    const arity = await diagnosticsOf(cells[2], 1);
    assert.match(arity?.[0].message ?? '', /relu takes 1 argument/);
    const syntax = await diagnosticsOf(cells[3], 1);
    assert.match(syntax?.[0].message ?? '', /^Syntax error/);
  });

  it('a clean cell using an earlier cell\'s name has none', async () => {
    await diagnosticsOf(cells[1], 1);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(cells[4].uri), []);
  });

  it('updates as the cell is edited', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cells[1].uri, new vscode.Range(0, 0, 0, 6), 'sigmoid');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const cleared = await waitFor(() => (vscode.languages.getDiagnostics(cells[1].uri).length === 0 ? true : undefined), 5000);
    assert.strictEqual(cleared, true);
  });

  it('a later cell clears when an earlier cell comes to define its name', async () => {
    const nb = await openNotebook('diagnostics-order.actlab.md', ['a = 1', 'a + later']);
    const [first, second] = codeCells(nb);
    const before = await diagnosticsOf(second, 1);
    assert.match(before?.[0].message ?? '', /Unknown name "later"/);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(first.uri, new vscode.Position(0, 5), '\nlater = 2');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const cleared = await waitFor(() => (vscode.languages.getDiagnostics(second.uri).length === 0 ? true : undefined), 5000);
    assert.strictEqual(cleared, true);
  });
});
