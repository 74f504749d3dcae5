/**
 * Every place in a file where a framework activation is named — a call (`nnf.gelu(x, ...)`),
 * a name passed on (`activation=F.gelu`), or an activation string in a context that reads it
 * (`Dense(64, activation="gelu")`, `nn.TransformerEncoderLayer(..., activation="gelu")`,
 * `tf.layers.dense({activation: 'relu'})`) — with the arguments written there.
 */
import { entryId, stringContext, type ArgValue, type FoundEntry } from '../../docs/frameworks';
import { allExprs, type Expr, type SourceFile, type Span } from './ir';
import { argument, literal, resolveEntry, resolvePath } from './resolve';

export interface ArgReading {
  readonly name: string;
  /** The source text of the argument, when the code gives it. */
  readonly text?: string;
  /** Its value, when it is a plain literal. */
  readonly value?: ArgValue;
  readonly default?: ArgValue;
  readonly kit?: string;
  readonly kitDefault?: number;
}

export interface FrameworkRef {
  /** What the hover covers: the name as written, or the string literal. */
  readonly span: Span;
  readonly written: string;
  readonly found: FoundEntry;
  /** The registry id meant; undefined when the argument that picks it is not a literal. */
  readonly id: string | undefined;
  readonly args: readonly ArgReading[];
  /** The call's arguments include `*args`/`**kwargs`/`...xs`, which cannot be read. */
  readonly unreadable: boolean;
  readonly isString: boolean;
}

type Call = Extract<Expr, { kind: 'call' }>;

function readArgs(found: FoundEntry, call: Call | undefined, text: string): ArgReading[] {
  const tfjsLayer = found.table.framework === 'TensorFlow.js' && found.entry.layer === true;
  return found.entry.args.map((a, i) => {
    const given = call ? argument(call, a.name, a.keywordOnly ? -1 : i, tfjsLayer) : undefined;
    const value = literal(given);
    return {
      name: a.name,
      ...(given ? { text: text.slice(given.span.start, given.span.end) } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(a.default !== undefined ? { default: a.default } : {}),
      ...(a.kit ? { kit: a.kit } : {}),
      ...(a.kitDefault !== undefined ? { kitDefault: a.kitDefault } : {}),
    };
  });
}

function ref(found: FoundEntry, span: Span, written: string, call: Call | undefined, file: SourceFile, isString: boolean): FrameworkRef {
  const args = readArgs(found, call, file.text);
  // When the argument that picks the formula is not a literal, the formula is not known.
  const chooser = typeof found.entry.id === 'string' ? undefined : args.find((a) => a.name === (found.entry.id as { arg: string }).arg);
  const unknownChoice = chooser?.text !== undefined && chooser.value === undefined;
  const id = unknownChoice ? undefined : entryId(found.entry, (name) => args.find((a) => a.name === name)?.value);
  return { span, written, found, id, args, unreadable: call?.splat ?? false, isString };
}

/** The activation strings a call takes, as references. */
function stringRefs(call: Call, file: SourceFile): FrameworkRef[] {
  const callee = resolvePath(call.callee, file);
  const ctx = callee === undefined ? undefined : stringContext(callee);
  const names = ctx?.table.strings?.names;
  if (!ctx || !names) return [];
  const candidates: Expr[] = [];
  if (ctx.positional && call.args[0]) candidates.push(call.args[0]);
  const kw = call.keywords.find((k) => k.name === 'activation');
  if (kw) candidates.push(kw.value);
  const cfg = call.args[0];
  if (cfg?.kind === 'object') {
    const entry = cfg.entries.find((k) => k.name === 'activation');
    if (entry) candidates.push(entry.value);
  }
  const out: FrameworkRef[] = [];
  for (const c of candidates) {
    if (c.kind !== 'string') continue;
    const entry = Object.prototype.hasOwnProperty.call(names, c.value) ? names[c.value] : undefined;
    if (!entry) continue;
    const found: FoundEntry = { table: ctx.table, path: `${callee}(activation="${c.value}")`, name: c.value, entry };
    out.push(ref(found, c.span, file.text.slice(c.span.start, c.span.end), undefined, file, true));
  }
  return out;
}

/** Every framework reference in the file, in source order. */
export function frameworkRefs(file: SourceFile): FrameworkRef[] {
  const out: FrameworkRef[] = [];
  const callees = new Set<Expr>();
  for (const e of allExprs(file.body)) {
    if (e.kind === 'call') {
      callees.add(e.callee);
      const found = resolveEntry(e.callee, file);
      if (found) out.push(ref(found, e.callee.span, found.written, e, file, false));
      out.push(...stringRefs(e, file));
    } else if ((e.kind === 'attr' || e.kind === 'name') && !callees.has(e)) {
      const found = resolveEntry(e, file);
      if (found) out.push(ref(found, e.span, found.written, undefined, file, false));
    }
  }
  // An attribute chain also walks its own prefixes (`nn.functional` inside `nn.functional.gelu`);
  // none of those resolve to an entry, so there are no duplicates to drop.
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The reference under an offset: the innermost one whose span holds it. */
export function refAt(refs: readonly FrameworkRef[], offset: number): FrameworkRef | undefined {
  let best: FrameworkRef | undefined;
  for (const r of refs) {
    if (offset < r.span.start || offset > r.span.end) continue;
    if (!best || r.span.end - r.span.start < best.span.end - best.span.start) best = r;
  }
  return best;
}
