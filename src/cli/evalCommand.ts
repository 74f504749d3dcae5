/**
 * `actlab eval 'EXPR' [--json]`: evaluates cell-language text in a fresh engine. Prints each
 * visible result's text; with `--json`, `{"value": V}` (the last result in the value
 * encoding) or `{"error": {"name", "message", "line"?, "column"?}}`. Exit 1 on an error.
 */
import { EngineHost } from '../engine/host';
import { MIME } from '../language/types';
import { UsageError } from './args';
import type { Command, CommandContext } from './command';
import { formatError } from './runCommand';

export const evalCommand: Command = {
  usage: "eval 'EXPR' [--json]",
  summary: 'evaluate an expression, e.g. actlab eval "sigmoid\'(0)"',
  async run(ctx: CommandContext): Promise<number> {
    if (ctx.args.length !== 1) throw new UsageError("eval needs exactly one expression (quote it: actlab eval 'softmax([1, 2, 3])')");
    const host = new EngineHost({ enginePath: ctx.enginePath, timeoutMs: ctx.flags.timeoutMs, memoryMb: ctx.flags.memoryMb });
    let result;
    try {
      result = await host.run(ctx.args[0], { precision: ctx.flags.precision, locale: ctx.flags.locale });
    } finally {
      host.dispose();
    }
    if (ctx.flags.json) {
      if (result.error) {
        ctx.out(JSON.stringify({ error: result.error }));
      } else {
        const last = result.outputs[result.outputs.length - 1];
        const json = last?.items.find((i) => i.mime === MIME.json);
        const text = last?.items.find((i) => i.mime === MIME.text);
        ctx.out(JSON.stringify({ value: json !== undefined ? json.data : text !== undefined ? text.data : null }));
      }
    } else {
      for (const output of result.outputs) {
        const text = output.items.find((i) => i.mime === MIME.text)?.data;
        ctx.out(typeof text === 'string' ? text : `(${output.items.map((i) => i.mime).join(', ')})`);
      }
      if (result.error) ctx.err(formatError(result.error));
    }
    return result.error ? 1 : 0;
  },
};
