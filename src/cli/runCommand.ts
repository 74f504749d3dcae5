/**
 * `actlab run FILE.actlab.md [--json]`: runs every code cell in order in one engine, the
 * same way the editor does. Exit 0 when no cell failed, 1 otherwise.
 *
 * `--json` prints `{"cells": [{"index", "kind", "outputs": [{"mime", "data"}], "error"?}]}`
 * with one entry per code cell: `index` is the cell's 0-based position among all cells of
 * the notebook (Markdown cells included, as in the editor), `kind` is always "code", and
 * `outputs` lists every output item of the cell in order.
 */
import * as fs from 'fs';
import { EngineHost } from '../engine/host';
import { MIME, type CellError, type CellResult } from '../language/types';
import { NotebookParseError, parseNotebook } from '../notebookFormat/markdown';
import { UsageError } from './args';
import type { Command, CommandContext } from './command';

export interface CellReport {
  readonly index: number;
  readonly kind: 'code';
  readonly outputs: { mime: string; data: unknown }[];
  readonly error?: { name: string; message: string };
}

export const runCommand: Command = {
  usage: 'run FILE.actlab.md [--json]',
  summary: 'run every code cell of a notebook in order',
  async run(ctx: CommandContext): Promise<number> {
    if (ctx.args.length !== 1) throw new UsageError('run needs exactly one notebook file');
    const file = ctx.args[0];
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    let cells;
    try {
      cells = parseNotebook(text).cells;
    } catch (e) {
      if (e instanceof NotebookParseError) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
    const host = new EngineHost({ enginePath: ctx.enginePath, timeoutMs: ctx.flags.timeoutMs, memoryMb: ctx.flags.memoryMb });
    const reports: CellReport[] = [];
    const attempts = new Map<string, number>();
    try {
      for (let index = 0; index < cells.length; index++) {
        const cell = cells[index];
        if (cell.kind !== 'code') continue;
        const exercise = cell.metadata.exercise;
        const attempt = exercise === undefined ? undefined : (attempts.get(exercise) ?? 0);
        const result = await host.run(cell.source, {
          precision: ctx.flags.precision,
          locale: ctx.flags.locale,
          ...(exercise === undefined ? {} : { exercise, attempt }),
        });
        if (exercise !== undefined) attempts.set(exercise, (attempt ?? 0) + 1);
        const report = toReport(index, result);
        reports.push(report);
        if (!ctx.flags.json) ctx.out(formatCell(index, cell.line, result));
      }
    } finally {
      host.dispose();
    }
    if (ctx.flags.json) ctx.out(JSON.stringify({ cells: reports }));
    const failed = reports.filter((r) => r.error !== undefined).length;
    if (!ctx.flags.json) ctx.out(`${reports.length} code cell(s), ${failed} failed`);
    return failed === 0 ? 0 : 1;
  },
};

function toReport(index: number, result: CellResult): CellReport {
  const outputs = result.outputs.flatMap((o) => o.items.map((item) => ({ mime: item.mime, data: item.data })));
  return {
    index,
    kind: 'code',
    outputs,
    ...(result.error ? { error: { name: result.error.name, message: result.error.message } } : {}),
  };
}

/** `[3] line 12` followed by each output's text, indented; errors say where. */
export function formatCell(index: number, line: number, result: CellResult): string {
  const lines = [`[${index}] line ${line}`];
  for (const output of result.outputs) {
    const text = output.items.find((i) => i.mime === MIME.text)?.data;
    const shown = typeof text === 'string' ? text : `(${output.items.map((i) => i.mime).join(', ')})`;
    lines.push(...shown.split('\n').map((l) => `    ${l}`));
  }
  if (result.error) lines.push(`    ${formatError(result.error)}`);
  return lines.join('\n');
}

export function formatError(error: CellError): string {
  const where = error.line === undefined ? '' : ` (line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`})`;
  return `${error.name}${where}: ${error.message}`;
}
