// Pitfall diagnostics in a real Python file: a double softmax and a sigmoid before BCELoss
// both show, each quick fix applies, and afterwards the file is clean. Also the chapter
// action and the per-rule setting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, setLanguage, waitFor, writeFile } from './hoverHelpers';

const SCRIPT = [
  'import torch',
  'import torch.nn as nn',
  'import torch.nn.functional as F',
  '',
  'criterion = nn.BCELoss()',
  '',
  'def step(logits, labels, scores, targets):',
  '    ce = F.cross_entropy(F.softmax(logits, dim=1), labels)',
  '    bce = criterion(torch.sigmoid(scores), targets)',
  '    return ce + bce',
  '',
].join('\n');

const mine = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Activation Lab');
const code = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function waitForDiagnostics(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  const got = await waitFor(() => (mine(uri).length === count ? mine(uri) : undefined), 30000);
  assert.ok(got, `expected ${count} diagnostics, have ${JSON.stringify(mine(uri).map((d) => [code(d), d.message]))}`);
  return got;
}

/** The quick fixes offered over a diagnostic's range (the two findings sit on different lines). */
async function quickFixes(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

describe('frameworkDiagnostics: pitfalls with quick fixes', function () {
  this.timeout(120000);
  let doc: vscode.TextDocument;

  before(async () => {
    await activate();
    await setLanguage('en');
    doc = await vscode.workspace.openTextDocument(await writeFile('train.py', SCRIPT));
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('activationLab.pitfalls').update('doubleSoftmax', undefined, vscode.ConfigurationTarget.Global);
    await setLanguage(undefined);
  });

  it('shows the double softmax and the sigmoid before BCELoss, each linking to its chapter', async () => {
    const ds = await waitForDiagnostics(doc.uri, 2);
    const byRule = new Map(ds.map((d) => [code(d), d]));
    const soft = byRule.get('doubleSoftmax');
    const bce = byRule.get('sigmoidBce');
    assert.ok(soft && bce, [...byRule.keys()].join(', '));
    assert.strictEqual(doc.getText(soft.range), 'F.softmax(logits, dim=1)');
    assert.strictEqual(doc.getText(bce.range), 'torch.sigmoid(scores)');
    assert.strictEqual(soft.severity, vscode.DiagnosticSeverity.Warning);
    const target = typeof soft.code === 'object' ? soft.code.target.toString(true) : '';
    assert.match(target, /^command:activationLab\.openChapter\?.*03-softmax/);
    const actions = await quickFixes(doc.uri, soft);
    assert.ok(actions.some((a) => a.command?.command === 'activationLab.openChapter'), actions.map((a) => a.title).join(' | '));
  });

  it('applies both quick fixes: the logits go to cross_entropy, BCEWithLogitsLoss takes the scores', async () => {
    for (const rule of ['doubleSoftmax', 'sigmoidBce']) {
      const d = mine(doc.uri).find((x) => code(x) === rule);
      assert.ok(d, rule);
      const fix = (await quickFixes(doc.uri, d)).find((a) => a.isPreferred && a.edit);
      assert.ok(fix?.edit, `${rule}: no preferred fix`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitForDiagnostics(doc.uri, rule === 'doubleSoftmax' ? 1 : 0);
    }
    const text = doc.getText();
    assert.match(text, /ce = F\.cross_entropy\(logits, labels\)/);
    assert.match(text, /criterion = nn\.BCEWithLogitsLoss\(\)/);
    assert.match(text, /bce = criterion\(scores, targets\)/);
  });

  it('a rule switched off in the settings disappears', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount - 1, 0), 'p = F.cross_entropy(torch.softmax(z, dim=-1), y)\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(doc.uri, 1);
    await vscode.workspace.getConfiguration('activationLab.pitfalls').update('doubleSoftmax', false, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(doc.uri, 0);
  });
});
