/**
 * Cross-line facts about one file for the pitfall rules: what a variable was last assigned
 * before a use (within one function or the module body, loops and branches included), which
 * calls are activations or losses, and what a model built in the file ends with — a
 * `nn.Sequential(...)`, a Keras `Sequential([...])` or `.add(...)` chain, or a class whose
 * `forward` returns an activation. Every question answers "unknown" rather than guess.
 */
import { entryIds } from '../../docs/frameworks';
import { walkExpr, type Expr, type SourceFile, type Span, type Stmt } from './ir';
import { resolveEntry, resolvePath } from './resolve';

export type Call = Extract<Expr, { kind: 'call' }>;

/** One function body or the module body, flattened through loops and branches, in source order. */
export interface Scope {
  readonly stmts: readonly Stmt[];
  /** The function's name and parameters (empty for the module). */
  readonly name: string;
  readonly params: readonly string[];
}

export interface Assignment {
  readonly name: string;
  readonly value: Expr;
  readonly span: Span;
}

function flatten(body: readonly Stmt[], out: Stmt[]): void {
  for (const s of body) {
    if (s.kind === 'block') {
      out.push(s);
      flatten(s.body, out);
    } else if (s.kind !== 'def' && s.kind !== 'class') out.push(s);
  }
}

export class FileModel {
  readonly scopes: Scope[] = [];
  /** Classes defined in the file: name → its methods. */
  readonly classes = new Map<string, Map<string, Extract<Stmt, { kind: 'def' }>>>();

  constructor(readonly file: SourceFile) {
    const visit = (body: readonly Stmt[], name: string, params: readonly string[]): void => {
      const stmts: Stmt[] = [];
      flatten(body, stmts);
      this.scopes.push({ stmts, name, params });
      const nested = (b: readonly Stmt[]): void => {
        for (const s of b) {
          if (s.kind === 'def') visit(s.body, s.name, s.params);
          else if (s.kind === 'class') {
            const methods = new Map<string, Extract<Stmt, { kind: 'def' }>>();
            for (const m of s.body) if (m.kind === 'def') methods.set(m.name, m);
            this.classes.set(s.name, methods);
            nested(s.body);
          } else if (s.kind === 'block') nested(s.body);
        }
      };
      nested(body);
    };
    visit(file.body, '', []);
  }

  path(e: Expr): string | undefined {
    return resolvePath(e, this.file);
  }

  /** The registry ids a callee or name can mean, when it is a framework entry. */
  ids(e: Expr): string[] {
    const found = resolveEntry(e, this.file);
    return found ? entryIds(found.entry) : [];
  }

  /** The scope whose statements contain this offset (the innermost function). */
  scopeAt(offset: number): Scope {
    let best = this.scopes[0];
    for (const s of this.scopes) {
      const first = s.stmts[0];
      const last = s.stmts[s.stmts.length - 1];
      if (first && last && offset >= first.span.start && offset <= last.span.end) {
        if (best === this.scopes[0] || s.stmts.length < best.stmts.length) best = s;
      }
    }
    return best;
  }

  /** Assignments `name = value` in a scope, in order (`self.fc = …` counts as `self.fc`). */
  assignments(scope: Scope): Assignment[] {
    const out: Assignment[] = [];
    for (const s of scope.stmts) {
      if (s.kind !== 'assign') continue;
      for (const t of s.targets) {
        const name = dotted(t);
        if (name !== undefined) out.push({ name, value: s.value, span: s.span });
      }
    }
    return out;
  }

  /** What `name` holds at `offset`: its last assignment before it in the same scope, or the module's. */
  valueAt(name: string, offset: number): Assignment | undefined {
    const scope = this.scopeAt(offset);
    const here = this.assignments(scope).filter((a) => a.name === name && a.span.end <= offset);
    if (here.length > 0) return here[here.length - 1];
    if (scope.params.includes(name.split('.')[0]) && !name.startsWith('self.')) return undefined;
    if (name.startsWith('self.')) {
      // An attribute set in __init__ and used in forward.
      const all = this.scopes.flatMap((s) => this.assignments(s)).filter((a) => a.name === name);
      return all.length === 1 ? all[0] : undefined;
    }
    if (scope === this.scopes[0]) return undefined;
    const top = this.assignments(this.scopes[0]).filter((a) => a.name === name);
    return top.length === 1 ? top[0] : undefined;
  }

  /** Follows a name to the expression it was assigned (once), or returns the expression itself. */
  follow(e: Expr): Expr {
    const name = dotted(e);
    if (name === undefined || this.path(e) !== undefined) return e;
    const a = this.valueAt(name, e.span.start);
    return a ? a.value : e;
  }

  /** Every call in the file. */
  *calls(): Generator<Call> {
    for (const s of this.scopes) {
      for (const st of s.stmts) {
        const exprs = st.kind === 'assign' ? [...st.targets, st.value] : st.kind === 'expr' || st.kind === 'return' ? (st.value ? [st.value] : []) : st.kind === 'block' ? st.parts : [];
        for (const e of exprs) for (const x of walkExpr(e)) if (x.kind === 'call') yield x;
      }
    }
  }

  /**
   * When `e` applies one of `ids` to an input — `F.softmax(z, dim=1)`, `nn.Softmax(1)(z)`,
   * `z.softmax(1)`, `tf.nn.softmax(z)` — that input and the call; else undefined.
   */
  activationApplied(e: Expr, ids: readonly string[], methodNames: readonly string[] = []): { input: Expr; call: Call } | undefined {
    if (e.kind !== 'call' || e.splat) return undefined;
    const fnIds = this.ids(e.callee);
    if (fnIds.some((id) => ids.includes(id)) && !resolveEntry(e.callee, this.file)?.entry.layer) {
      return e.args[0] ? { input: e.args[0], call: e } : undefined;
    }
    if (e.callee.kind === 'call' && this.ids(e.callee.callee).some((id) => ids.includes(id)) && resolveEntry(e.callee.callee, this.file)?.entry.layer) {
      return e.args[0] ? { input: e.args[0], call: e } : undefined;
    }
    // A module stored in a variable: `self.softmax = nn.Softmax(dim=1)` … `self.softmax(z)`.
    if (e.callee.kind === 'attr' || e.callee.kind === 'name') {
      const held = this.follow(e.callee);
      if (held !== e.callee && held.kind === 'call' && resolveEntry(held.callee, this.file)?.entry.layer && this.ids(held.callee).some((id) => ids.includes(id))) {
        return e.args[0] ? { input: e.args[0], call: e } : undefined;
      }
    }
    if (e.callee.kind === 'attr' && methodNames.includes(e.callee.name) && this.path(e.callee) === undefined) {
      return { input: e.callee.object, call: e };
    }
    return undefined;
  }

  /** The layers of a container built in the file (`nn.Sequential(a, b)`, `Sequential([a, b])`, `model.add(a)`), or undefined. */
  layersOf(e: Expr): Expr[] | undefined {
    const v = this.follow(e);
    if (v.kind !== 'call') return undefined;
    const p = this.path(v.callee);
    if (p === 'torch.nn.Sequential') return v.splat ? undefined : [...v.args];
    if (p === 'keras.Sequential' || p === 'keras.models.Sequential' || p === 'tensorflow.keras.Sequential' || p === 'tensorflow.keras.models.Sequential') {
      const list = v.args[0] ?? v.keywords.find((k) => k.name === 'layers')?.value;
      const items = list?.kind === 'list' ? [...list.items] : [];
      const name = dotted(e);
      if (name !== undefined) {
        for (const c of this.calls()) {
          if (c.callee.kind === 'attr' && c.callee.name === 'add' && dotted(c.callee.object) === name && c.args[0]) items.push(c.args[0]);
        }
      }
      return items;
    }
    return undefined;
  }

  /** The `forward`/`call` method of a class instantiated by `e` (`model = Net()`), if defined in the file. */
  forwardOf(e: Expr): Extract<Stmt, { kind: 'def' }> | undefined {
    const v = this.follow(e);
    if (v.kind !== 'call' || v.callee.kind !== 'name') return undefined;
    const methods = this.classes.get(v.callee.name);
    return methods?.get('forward') ?? methods?.get('call') ?? methods?.get('__call__');
  }
}

/** `a`, `self.fc` — a plain name or attribute chain as written. */
export function dotted(e: Expr): string | undefined {
  if (e.kind === 'name') return e.name;
  if (e.kind === 'attr') {
    const head = dotted(e.object);
    return head === undefined ? undefined : `${head}.${e.name}`;
  }
  return undefined;
}

/** The return values of a function body, branches included. */
export function returnsOf(def: Extract<Stmt, { kind: 'def' }>): Expr[] {
  const out: Expr[] = [];
  const visit = (b: readonly Stmt[]): void => {
    for (const s of b) {
      if (s.kind === 'return' && s.value) out.push(s.value);
      else if (s.kind === 'block') visit(s.body);
    }
  };
  visit(def.body);
  return out;
}
