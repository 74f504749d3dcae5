/** What a subcommand of `actlab` is: a summary for `--help` and a function returning the exit code. */
import type { CommonFlags } from './args';

export interface CommandContext {
  /** Arguments after the command name. */
  readonly args: readonly string[];
  readonly flags: CommonFlags;
  /** A line on stdout. */
  readonly out: (text: string) => void;
  /** Text on stdout (no newline added), resolving once stdout can take more: for long outputs. */
  readonly write: (text: string) => Promise<void>;
  readonly err: (text: string) => void;
  /** Where `dist/engine.js` lives (beside the CLI bundle). */
  readonly enginePath: string;
}

export interface Command {
  /** `run FILE.actlab.md [--json]` */
  readonly usage: string;
  readonly summary: string;
  run(ctx: CommandContext): Promise<number>;
}
