/**
 * `actlab run FILE.actlab.md [--json]`: runs every code cell in order in one engine, the
 * same way the editor does. Exit 0 when no cell failed, 1 otherwise.
 *
 * `--json` prints `{"cells": [{"index", "kind", "outputs": [{"mime", "data"}], "error"?}]}`
 * with one entry per code cell: `index` is the cell's 0-based position among all cells of
 * the notebook (Markdown cells included, as in the editor), `kind` is always "code", and
 * `outputs` lists every output item of the cell in order.
 *
 * Each cell is printed as soon as it has run (the JSON document too, cell by cell) and then
 * forgotten, so the runner's memory does not grow with the notebook. How much one cell may
 * send back is bounded by the engine (`MAX_RESULT_CHARS`), and one value by the encoding
 * (`MAX_JSON_ENTRIES`).
 */
import { EngineHost } from '../engine/host';
import { MIME, type CellError, type CellResult } from '../language/types';
import { UsageError } from './args';
import { CellsDocument } from './cellsDocument';
import type { Command, CommandContext } from './command';
import { readNotebookCells } from './notebookFile';

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
    const cells = readNotebookCells(ctx.args[0]);
    const host = new EngineHost({ enginePath: ctx.enginePath, timeoutMs: ctx.flags.timeoutMs, memoryMb: ctx.flags.memoryMb });
    const document = ctx.flags.json ? new CellsDocument(ctx.write) : undefined;
    const attempts = new Map<string, number>();
    let ran = 0;
    let failed = 0;
    try {
      for (let index = 0; index < cells.length; index++) {
        const cell = cells[index];
        if (cell.kind !== 'code') continue;
        const exercise = cell.metadata.exercise;
        const attempt = exercise === undefined ? undefined : (attempts.get(exercise) ?? 0);
        const result = await host.run(cell.source, {
          precision: ctx.flags.precision,
          locale: ctx.flags.locale,
          encodeEveryValue: true,
          // Text mode prints text/plain only; the JSON of a large matrix need not travel.
          ...(ctx.flags.json ? {} : { mimes: [MIME.text] }),
          ...(exercise === undefined ? {} : { exercise, attempt }),
        });
        if (exercise !== undefined) attempts.set(exercise, (attempt ?? 0) + 1);
        ran++;
        if (result.error !== undefined) failed++;
        if (document) await document.cell(toReport(index, result));
        else await ctx.write(formatCell(index, cell.line, result) + '\n');
        if (result.error?.name === 'EngineFailedToStart') {
          const left = cells.slice(index + 1).filter((c) => c.kind === 'code').length;
          if (left > 0) ctx.err(`actlab: the engine could not be started, so the ${left} code cell(s) after cell [${index}] were not run.`);
          break;
        }
      }
    } finally {
      host.dispose();
    }
    if (document) await document.close();
    else ctx.out(`${ran} code cell(s), ${failed} failed`);
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
