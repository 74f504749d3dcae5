// Hover cards in a real extension host: every registry function in a notebook cell, in
// English and in Chinese (switched with `activationLab.language`), each section present and
// non-empty, with rendered formulas as SVG data URIs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { REGISTRY } from '../../src/core/registry';
import { UI } from '../../src/language/docs/ui';
import { activate, codeCells, hoverText, openNotebook, section, setLanguage, waitFor } from './hoverHelpers';

const SECTIONS = ['formula', 'derivative', 'secondDerivative', 'range', 'smoothness', 'zeroCentred', 'saturation', 'cost', 'deadUnits', 'whenToUse', 'mistakes', 'related', 'chapter'] as const;

describe('hover: cards in notebook cells', function () {
  this.timeout(120000);
  let cell: vscode.TextDocument;

  before(async () => {
    await activate();
    const nb = await openNotebook('hover-cards.actlab.md', [
      REGISTRY.map((a) => `${a.id}`).join('\n'),
      "y = sigmoid'(0)",
      'myWeight = 0.75\ng(x) = x * myWeight',
      'g(2) + myWeight',
    ]);
    cell = codeCells(nb)[0];
    assert.strictEqual(cell.languageId, 'actlab');
  });

  after(async () => {
    await setLanguage(undefined);
  });

  for (const locale of ['en', 'zh-cn'] as const) {
    it(`shows every section for every registry function (${locale})`, async () => {
      await setLanguage(locale);
      const problems: string[] = [];
      for (let i = 0; i < REGISTRY.length; i++) {
        const act = REGISTRY[i];
        const md = await hoverText(cell.uri, new vscode.Position(i, 1));
        if (!md.includes(`\`${act.id}`)) problems.push(`${act.id}: no card`);
        if (!/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]{100,}" alt="[^"]+"\/>/.test(md)) problems.push(`${act.id}: no formula image`);
        for (const key of SECTIONS) {
          const body = section(md, UI[key][locale]);
          if (!body) problems.push(`${act.id}: section ${key} missing or empty`);
        }
        if (locale === 'zh-cn' && !/[\u4e00-\u9fff]/.test(md)) problems.push(`${act.id}: not in Chinese`);
      }
      assert.deepStrictEqual(problems, []);
    });
  }

  it('gives the derivative card for the prime notation', async () => {
    await setLanguage('en');
    const nb = vscode.workspace.notebookDocuments.find((n) => n.uri.path.endsWith('hover-cards.actlab.md'));
    assert.ok(nb);
    const second = codeCells(nb)[1];
    const md = await hoverText(second.uri, new vscode.Position(0, 6));
    assert.match(md, /The derivative of `sigmoid`/);
    assert.ok(md.indexOf('**Derivative**') < md.indexOf('**Formula**'));
  });

  it("shows a learner's own variable and function from the running engine", async () => {
    await setLanguage('en');
    const nb = vscode.workspace.notebookDocuments.find((n) => n.uri.path.endsWith('hover-cards.actlab.md'));
    assert.ok(nb);
    const defining = nb.getCells().find((c) => c.document.getText().startsWith('myWeight'));
    assert.ok(defining);
    const before = await hoverText(codeCells(nb)[3].uri, new vscode.Position(0, 10));
    assert.match(before, /Not evaluated yet/, 'before the defining cell runs');
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: defining.index, end: defining.index + 1 }], document: nb.uri });
    const done = await waitFor(() => (defining.executionSummary?.success === true ? true : undefined), 30000);
    assert.strictEqual(done, true, 'the defining cell ran');
    const user = codeCells(nb)[3];
    const variable = await hoverText(user.uri, new vscode.Position(0, 10));
    assert.match(variable, /Your `myWeight`/);
    assert.match(variable, /0\.75/);
    const fn = await hoverText(user.uri, new vscode.Position(0, 0));
    assert.match(fn, /g\(x\) = x \* myWeight/);
  });
});
