/**
 * Colours of the static SVG. Inline in a VS Code webview the SVG picks up the editor's
 * theme variables; as a standalone image (an `<img>` data URI, a hover card, a file) the
 * fallbacks apply, chosen by `prefers-color-scheme` and readable on light and dark alike.
 */
/** Fixed mid-grey colours for SVG used as an image: contrast ≥ 4:1 on white and on #1e1e1e. */
export function neutralCss(prefix: string): string {
  const p = prefix;
  return [
    `.${p}-text{fill:#808080;font-family:system-ui,sans-serif}`,
    `.${p}-axis{stroke:#8a8a8a;stroke-width:1}`,
    `.${p}-grid{stroke:#8a8a8a;stroke-opacity:.25;stroke-width:1}`,
    `.${p}-zero{stroke:#8a8a8a;stroke-opacity:.7;stroke-width:1}`,
  ].join('');
}

export function themeCss(prefix: string): string {
  const p = prefix;
  return [
    `.${p}-text{fill:var(--vscode-editor-foreground,#4a4a4a);font-family:var(--vscode-font-family,system-ui,sans-serif)}`,
    `.${p}-axis{stroke:var(--vscode-editorLineNumber-foreground,#8a8a8a);stroke-width:1}`,
    `.${p}-grid{stroke:var(--vscode-editorLineNumber-foreground,#8a8a8a);stroke-opacity:.22;stroke-width:1}`,
    `.${p}-zero{stroke:var(--vscode-editorLineNumber-foreground,#8a8a8a);stroke-opacity:.7;stroke-width:1}`,
    `@media (prefers-color-scheme:dark){.${p}-text{fill:var(--vscode-editor-foreground,#d0d0d0)}}`,
  ].join('');
}
