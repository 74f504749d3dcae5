/**
 * `actlab check FILE.actlab.md [--json] [--locale en|zh-cn]`: runs every code cell in order, as `actlab run`
 * does, and reports the verdict of each exercise cell (` ```actlab exercise=… `). Exit 0
 * when every exercise passes, 1 otherwise (a notebook with no exercises passes).
 *
 * `--json` prints `{"exercises": [{"id", "cell", "passed", "message"}], "passed": N,
 * "failed": N}`, where `cell` is the cell's 0-based index among all cells (as in `run`).
 * An exercise cell that stops with an error counts as failed, its message the error. Errors
 * in other cells are reported on stderr, because later exercises may depend on them.
 */
import * as fs from 'fs';
import { EngineHost } from '../engine/host';
import type { CellResult } from '../language/types';
import { NotebookParseError, parseNotebook, type ParsedCell } from '../notebookFormat/markdown';
import { UsageError } from './args';
import type { Command, CommandContext } from './command';
import { formatError } from './runCommand';

export interface ExerciseReport {
  readonly id: string;
  readonly cell: number;
  readonly passed: boolean;
  readonly message: string;
}

function readCells(file: string): readonly ParsedCell[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseNotebook(text).cells;
  } catch (e) {
    if (e instanceof NotebookParseError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

/** The cell's verdict, or its error as a failed verdict. */
export function verdictOf(id: string, cell: number, result: CellResult): ExerciseReport {
  if (result.error !== undefined) return { id, cell, passed: false, message: formatError(result.error) };
  if (result.verdict !== undefined) return { id, cell, passed: result.verdict.passed, message: result.verdict.message };
  return { id, cell, passed: false, message: 'the cell produced no verdict' };
}

export const checkCommand: Command = {
  usage: 'check FILE.actlab.md [--json]',
  summary: "grade a notebook's exercises; exit 0 when all pass",
  async run(ctx: CommandContext): Promise<number> {
    if (ctx.args.length !== 1) throw new UsageError('check needs exactly one notebook file');
    const file = ctx.args[0];
    const cells = readCells(file);
    const host = new EngineHost({ enginePath: ctx.enginePath, timeoutMs: ctx.flags.timeoutMs, memoryMb: ctx.flags.memoryMb });
    const reports: ExerciseReport[] = [];
    try {
      for (let index = 0; index < cells.length; index++) {
        const cell = cells[index];
        if (cell.kind !== 'code') continue;
        const id = cell.metadata.exercise;
        const result = await host.run(cell.source, { precision: ctx.flags.precision, locale: ctx.flags.locale, ...(id === undefined ? {} : { exercise: id, attempt: 0 }) });
        if (id !== undefined) reports.push(verdictOf(id, index, result));
        else if (result.error !== undefined) ctx.err(`[${index}] line ${cell.line}: ${formatError(result.error)}`);
      }
    } finally {
      host.dispose();
    }
    const passed = reports.filter((r) => r.passed).length;
    const failed = reports.length - passed;
    if (ctx.flags.json) {
      ctx.out(JSON.stringify({ exercises: reports, passed, failed }));
    } else {
      for (const r of reports) ctx.out(`${r.passed ? '✓' : '✗'} ${r.id} [${r.cell}]: ${r.message}`);
      const zh = ctx.flags.locale === 'zh-cn';
      const summary = zh ? `${passed} 个通过，${failed} 个未通过` : `${passed} passed, ${failed} failed`;
      ctx.out(reports.length === 0 ? (zh ? '本笔记本中没有练习' : 'no exercises in this notebook') : summary);
    }
    return failed === 0 ? 0 : 1;
  },
};
