/**
 * Command-line parsing for `actlab`: positional arguments and the few flags every
 * subcommand shares. Mistakes become a `UsageError` (exit code 2) naming what was wrong.
 */

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommonFlags {
  readonly json: boolean;
  /** Significant digits in text output. */
  readonly precision: number;
  /** Time limit per cell in milliseconds. */
  readonly timeoutMs: number;
  /** Engine memory cap in MB. */
  readonly memoryMb: number;
  readonly help: boolean;
  readonly version: boolean;
  /** Language of verdicts and messages: `--locale`, else the environment's (LC_ALL, LC_MESSAGES, LANG). */
  readonly locale: 'en' | 'zh-cn';
}

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positional: readonly string[];
  readonly flags: CommonFlags;
}

const DEFAULTS: Omit<CommonFlags, 'locale'> = { json: false, precision: 6, timeoutMs: 10_000, memoryMb: 1024, help: false, version: false };

/** `zh-cn` for a Chinese POSIX locale (`zh_CN.UTF-8`, `zh_SG`, `zh_Hans…`), `en` otherwise. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): 'en' | 'zh-cn' {
  const tag = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().replace('_', '-');
  return /^zh(-(cn|sg|hans))?\b/.test(tag) || tag === 'zh' ? 'zh-cn' : 'en';
}

function localeFlag(value: string | undefined): 'en' | 'zh-cn' {
  const v = value?.toLowerCase();
  if (v === 'en' || v === 'zh-cn') return v;
  throw new UsageError(`--locale must be en or zh-cn, got "${value ?? ''}"`);
}

function numberFlag(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max}, got "${value}"`);
  return n;
}

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  const flags: { -readonly [K in keyof CommonFlags]: CommonFlags[K] } = { ...DEFAULTS, locale: localeFromEnv(env) };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case '--json': flags.json = true; break;
      case '--help': case '-h': flags.help = true; break;
      case '--version': case '-V': flags.version = true; break;
      case '--precision': flags.precision = Math.round(numberFlag('--precision', value(), 1, 17)); break;
      case '--timeout': flags.timeoutMs = Math.round(numberFlag('--timeout', value(), 0.1, 3600) * 1000); break;
      case '--memory': flags.memoryMb = Math.round(numberFlag('--memory', value(), 64, 65536)); break;
      case '--locale': flags.locale = localeFlag(value()); break;
      case '--':
        positional.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        // A lone "-" or a negative number such as `-1` is an argument, not a flag.
        if (name.startsWith('-') && name.length > 1 && !/^-\d/.test(name)) throw new UsageError(`unknown option ${name}`);
        positional.push(arg);
    }
  }
  return { command: positional[0], positional: positional.slice(1), flags };
}
