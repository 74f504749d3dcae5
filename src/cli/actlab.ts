/**
 * `actlab`: the headless runner (package `bin`, bundled to `dist/cli.js`). Evaluates
 * notebooks and expressions with the same engine as the editor. Exit codes: 0 success,
 * 1 a cell or expression failed, 2 a usage error (bad option, unreadable or unparseable
 * file).
 */
import * as path from 'path';
import { version } from '../../package.json';
import { parseArgs, UsageError } from './args';
import { COMMANDS } from './commands';

function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  return [
    `actlab ${version} — Activation Lab's headless runner`,
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  actlab ${c.usage.padEnd(width)}   ${c.summary}`),
    '',
    'Options:',
    '  --json            print one JSON document (values: numbers, "NaN", "Infinity", "-Infinity", "-0")',
    '  --precision N     significant digits in text output (1–17, default 6)',
    '  --timeout S       time limit per cell in seconds (default 10)',
    '  --memory MB       memory cap of the engine in MB (default 1024)',
    '  --locale L        language of verdicts and messages: en or zh-cn (default: from LANG)',
    '  -h, --help        show this help',
    '  -V, --version     show the version',
    '',
    'run --json prints {"cells": [{"index", "kind", "outputs": [{"mime", "data"}], "error"?}]}: one entry',
    'per code cell; index is its 0-based position among all cells (Markdown included); kind is "code".',
    'eval --json prints {"value": V} or {"error": {"name", "message", "line"?, "column"?}}.',
    '',
    'Exit codes: 0 success, 1 a cell failed, 2 usage error.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const out = (text: string): void => void process.stdout.write(text + '\n');
  const err = (text: string): void => void process.stderr.write(text + '\n');
  try {
    const { command, positional, flags } = parseArgs(argv, process.env);
    if (flags.version) {
      out(version);
      return 0;
    }
    if (flags.help || command === undefined) {
      (command === undefined && !flags.help ? err : out)(usage());
      return command === undefined && !flags.help ? 2 : 0;
    }
    const cmd = COMMANDS[command];
    if (cmd === undefined) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    return await cmd.run({ args: positional, flags, out, err, enginePath: path.join(__dirname, 'engine.js') });
  } catch (e) {
    if (e instanceof UsageError) {
      err(`actlab: ${e.message}\nRun "actlab --help" for usage.`);
      return 2;
    }
    err(`actlab: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`actlab: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
