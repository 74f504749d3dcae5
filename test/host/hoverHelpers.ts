// Shared by the hover, completion and diagnostics suites: activate the extension, write a
// notebook or source file into the workspace, open it, and read hover text.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'activation-lab.activation-lab';

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  await ext.activate();
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test window has no workspace folder');
  return folder.uri;
}

export async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** A notebook with one code cell per entry. */
export async function openNotebook(name: string, cells: readonly string[]): Promise<vscode.NotebookDocument> {
  const text = `# Test\n\n${cells.map((c) => '```actlab\n' + c + '\n```\n').join('\n')}`;
  const uri = await writeFile(name, text);
  const nb = await vscode.workspace.openNotebookDocument(uri);
  await vscode.window.showNotebookDocument(nb);
  return nb;
}

export function codeCells(nb: vscode.NotebookDocument): vscode.TextDocument[] {
  return nb
    .getCells()
    .filter((c) => c.kind === vscode.NotebookCellKind.Code)
    .map((c) => c.document);
}

/** Every hover's markdown at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function setLanguage(value: 'en' | 'zh-cn' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('activationLab').update('language', value, vscode.ConfigurationTarget.Global);
}

export async function waitFor<T>(get: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The body under a `**Title**` line of a card, up to the next title. */
export function section(markdown: string, title: string): string | undefined {
  const start = markdown.indexOf(`**${title}**`);
  if (start < 0) return undefined;
  const rest = markdown.slice(start + title.length + 4);
  const next = rest.search(/\n\*\*[^*\n]+\*\*\s{2}\n/);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}
