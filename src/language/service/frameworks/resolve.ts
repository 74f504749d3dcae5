/**
 * What a name in a file stands for: `nnf.gelu` after `import torch.nn.functional as nnf` is
 * `torch.nn.functional.gelu`. Only imports bind: a name the file never imported resolves to
 * nothing, so `torch.sigmoid` in a file without `import torch` gets no card — it would not
 * run either.
 */
import { entryAt, type ArgValue, type FoundEntry } from '../../docs/frameworks';
import type { Expr, Keyword, SourceFile } from './ir';

/** The full dotted path an expression names, or undefined. */
export function resolvePath(e: Expr, file: SourceFile): string | undefined {
  if (e.kind === 'name') {
    const b = file.bindings.get(e.name);
    if (b) return b.path;
    for (const m of file.starImports) if (entryAt(`${m}.${e.name}`)) return `${m}.${e.name}`;
    return undefined;
  }
  if (e.kind === 'attr') {
    const head = resolvePath(e.object, file);
    return head === undefined ? undefined : `${head}.${e.name}`;
  }
  return undefined;
}

/** The framework entry an expression names, if any. */
export function resolveEntry(e: Expr, file: SourceFile): (FoundEntry & { written: string }) | undefined {
  const path = resolvePath(e, file);
  const found = path === undefined ? undefined : entryAt(path);
  return found ? { ...found, written: file.text.slice(e.span.start, e.span.end) } : undefined;
}

/** A literal's value, or undefined when the expression is not a plain literal. */
export function literal(e: Expr | undefined): ArgValue | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'number':
    case 'string':
    case 'bool':
      return e.value;
    case 'none':
      return null;
    default:
      return undefined;
  }
}

export function keyword(call: Extract<Expr, { kind: 'call' }>, name: string): Keyword | undefined {
  return call.keywords.find((k) => k.name === name);
}

/**
 * The expression given for argument `name` at `position` (Python keyword or positional; for
 * TF.js config-object arguments, the key of the first argument's object literal).
 */
export function argument(call: Extract<Expr, { kind: 'call' }>, name: string, position: number, configObject = false): Expr | undefined {
  if (configObject) {
    const cfg = call.args[0];
    return cfg?.kind === 'object' ? cfg.entries.find((k) => k.name === name)?.value : undefined;
  }
  const kw = keyword(call, name);
  if (kw) return kw.value;
  return position >= 0 ? call.args[position] : undefined;
}
