/** The subcommands of `actlab`; adding one is one line here. */
import { checkCommand } from './check';
import type { Command } from './command';
import { evalCommand } from './evalCommand';
import { runCommand } from './runCommand';

export const COMMANDS: Readonly<Record<string, Command>> = {
  run: runCommand,
  eval: evalCommand,
  check: checkCommand,
};
