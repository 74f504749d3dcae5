// Hovers, completion, signature help and diagnostics in the web host: the language service
// is read through workspace.fs and evaluated in the worker, its cards carry their formula
// images, and a learner's own names come from the running Web Worker engine.
import * as vscode from 'vscode';
import { REGISTRY } from '../../src/core/registry';
import { UI } from '../../src/language/docs/ui';
import { deepStrictEqual, match, ok, strictEqual } from './lib/assert';
import { activate, closeAll, codeCells, fresh, hoverText, openNotebook, setSetting, waitFor, writeText } from './lib/notebooks';

const SECTIONS = ['formula', 'derivative', 'range', 'zeroCentred', 'saturation', 'cost', 'deadUnits', 'whenToUse', 'mistakes', 'related', 'chapter'] as const;
const IMAGE = /<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]{100,}" alt="[^"]+"\/>/;

/** The body under a `**Title**` line of a card, up to the next title. */
function section(markdown: string, title: string): string | undefined {
  const start = markdown.indexOf(`**${title}**`);
  if (start < 0) return undefined;
  const rest = markdown.slice(start + title.length + 4);
  const next = rest.search(/\n\*\*[^*\n]+\*\*\s{2}\n/);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

function diagnosticsOf(doc: vscode.TextDocument, minimum: number): Promise<vscode.Diagnostic[] | undefined> {
  return waitFor(() => {
    const d = vscode.languages.getDiagnostics(doc.uri);
    return d.length >= minimum ? d : undefined;
  }, 10_000);
}

describe('web host: hovers', function () {
  this.timeout(120_000);
  let notebook: vscode.NotebookDocument;

  before(async () => {
    await activate();
    notebook = (await openNotebook('web-hover', [REGISTRY.map((a) => a.id).join('\n'), "y = sigmoid'(0)", 'myWeight = 0.75\ng(x) = x * myWeight', 'g(2) + myWeight'])).notebook;
  });

  after(async () => {
    await setSetting('language', undefined);
    await closeAll();
  });

  for (const locale of ['en', 'zh-cn'] as const) {
    it(`shows every section and the formula image for every registry function (${locale})`, async () => {
      await setSetting('language', locale);
      const cell = codeCells(notebook)[0];
      const problems: string[] = [];
      for (let i = 0; i < REGISTRY.length; i++) {
        const act = REGISTRY[i];
        const md = await hoverText(cell.uri, new vscode.Position(i, 1));
        if (!md.includes(`\`${act.id}`)) problems.push(`${act.id}: no card`);
        if (!IMAGE.test(md)) problems.push(`${act.id}: no formula image`);
        for (const key of SECTIONS) if (!section(md, UI[key][locale])) problems.push(`${act.id}: section ${key} missing or empty`);
        if (locale === 'zh-cn' && !/[\u4e00-\u9fff]/.test(md)) problems.push(`${act.id}: not in Chinese`);
      }
      deepStrictEqual(problems, []);
    });
  }

  it('gives the derivative card for the prime notation', async () => {
    await setSetting('language', 'en');
    const md = await hoverText(codeCells(notebook)[1].uri, new vscode.Position(0, 6));
    match(md, /The derivative of `sigmoid`/);
  });

  it("shows a learner's own variable and function from the running web engine", async () => {
    await setSetting('language', 'en');
    const user = codeCells(notebook)[3];
    match(await hoverText(user.uri, new vscode.Position(0, 10)), /Not evaluated yet/, 'before the defining cell runs');
    const defining = notebook.getCells().find((c) => c.document.getText().startsWith('myWeight'));
    ok(defining);
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: defining.index, end: defining.index + 1 }], document: notebook.uri });
    strictEqual(await waitFor(() => (defining.executionSummary?.success === true ? true : undefined), 30_000), true, 'the defining cell ran');
    const variable = await hoverText(user.uri, new vscode.Position(0, 10));
    match(variable, /Your `myWeight`/);
    match(variable, /0\.75/);
    match(await hoverText(user.uri, new vscode.Position(0, 0)), /g\(x\) = x \* myWeight/);
  });

  it('explains framework names in Python source', async () => {
    await setSetting('language', 'en');
    const uri = await writeText(fresh('web-model', '.py'), 'import torch\ny = torch.sigmoid(x)\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    strictEqual(doc.languageId, 'python');
    const md = await hoverText(uri, new vscode.Position(1, 5));
    match(md, /PyTorch: `torch\.sigmoid`/);
    ok(IMAGE.test(md), 'the card has its formula image');
  });
});

describe('web host: completion and signature help', function () {
  this.timeout(60_000);
  let cells: vscode.TextDocument[];

  before(async () => {
    await activate();
    await setSetting('language', 'en');
    cells = codeCells((await openNotebook('web-completion', ['weights = [1, 2]\ng(x) = x^2', 'sig', 'leaky_relu(1, '])).notebook);
  });

  after(async () => {
    await setSetting('language', undefined);
    await closeAll();
  });

  it('offers registry functions with signatures, derivatives and earlier names', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cells[1].uri, new vscode.Position(0, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['sigmoid', "sigmoid'", 'softmax', 'weights', 'g']) ok(labels.includes(name), `missing ${name}`);
    strictEqual(list.items.find((i) => i.label === 'sigmoid')?.detail, 'sigmoid(x)');
  });

  it('signature help marks the active parameter', async () => {
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', cells[2].uri, new vscode.Position(0, 14));
    strictEqual(help.signatures[0].label, 'leaky_relu(x, alpha = 0.01)');
    strictEqual(help.activeParameter, 1);
  });
});

describe('web host: diagnostics', function () {
  this.timeout(60_000);
  let cells: vscode.TextDocument[];

  before(async () => {
    await activate();
    await setSetting('language', 'en');
    cells = codeCells((await openNotebook('web-diagnostics', ['w = 3', 'sigmod(w)', 'relu(1, 2)', 'w + (', 'w * tanh(1)'])).notebook);
  });

  after(async () => {
    await setSetting('language', undefined);
    await closeAll();
  });

  it('reports unknown names with "did you mean", wrong arity and syntax errors; a clean cell has none', async () => {
    const unknown = await diagnosticsOf(cells[1], 1);
    ok(unknown, 'no diagnostics');
    match(unknown[0].message, /Unknown name "sigmod"\. Did you mean "sigmoid"\?/);
    deepStrictEqual([unknown[0].range.start.character, unknown[0].range.end.character], [0, 6]);
    match((await diagnosticsOf(cells[2], 1))?.[0].message ?? '', /relu takes 1 argument/);
    match((await diagnosticsOf(cells[3], 1))?.[0].message ?? '', /^Syntax error/);
    deepStrictEqual(vscode.languages.getDiagnostics(cells[4].uri), []);
  });

  it('updates as the cell is edited', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cells[1].uri, new vscode.Range(0, 0, 0, 6), 'sigmoid');
    ok(await vscode.workspace.applyEdit(edit));
    strictEqual(await waitFor(() => (vscode.languages.getDiagnostics(cells[1].uri).length === 0 ? true : undefined), 10_000), true);
  });
});
