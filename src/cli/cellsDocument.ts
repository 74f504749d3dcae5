/**
 * The `{"cells": [...]}` document of `actlab run --json`, written one cell at a time and
 * each cell in pieces (`jsonPieces`): the same JSON a single `JSON.stringify` of the whole
 * report would give (one cell per line), but nothing is kept once written, so the runner's
 * memory does not grow with the notebook.
 */
import { jsonPieces } from './jsonWriter';
import type { CellReport } from './runCommand';

export class CellsDocument {
  private cells = 0;

  constructor(private readonly write: (text: string) => Promise<void>) {}

  /** Appends one cell (opening the document first if needed). */
  async cell(report: CellReport): Promise<void> {
    await this.write(this.cells === 0 ? '{"cells":[\n' : ',\n');
    this.cells++;
    for (const piece of jsonPieces(report)) await this.write(piece);
  }

  /** Ends the document; a notebook without code cells gives `{"cells":[]}`. */
  async close(): Promise<void> {
    await this.write(this.cells === 0 ? '{"cells":[]}\n' : '\n]}\n');
  }
}
