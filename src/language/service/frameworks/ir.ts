/**
 * A small, plain-data picture of a source file, copied out of the tree-sitter tree so the
 * tree can be freed at once: the expressions and statements the framework rules and the
 * hover look at, with their offsets (UTF-16, like the editor's). Anything the rules do not
 * need becomes `other`, which still carries the expressions found inside it, so a call
 * nested in an unusual construct is not lost.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Keyword {
  readonly name: string;
  readonly value: Expr;
  /** The whole `name=value` (or `name: value`). */
  readonly span: Span;
}

export type Expr =
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'attr'; readonly object: Expr; readonly name: string; readonly span: Span; readonly nameSpan: Span }
  | {
      readonly kind: 'call';
      readonly callee: Expr;
      readonly args: readonly Expr[];
      readonly keywords: readonly Keyword[];
      /** `*args` or `**kwargs` (Python) or `...xs` (JS): arguments that cannot be read. */
      readonly splat: boolean;
      readonly span: Span;
      /** From the opening to the closing parenthesis, both included. */
      readonly argsSpan: Span;
    }
  | { readonly kind: 'number'; readonly value: number; readonly span: Span }
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'bool'; readonly value: boolean; readonly span: Span }
  | { readonly kind: 'none'; readonly span: Span }
  | { readonly kind: 'list'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'object'; readonly entries: readonly Keyword[]; readonly span: Span }
  | { readonly kind: 'other'; readonly parts: readonly Expr[]; readonly span: Span };

export type Stmt =
  | { readonly kind: 'assign'; readonly targets: readonly Expr[]; readonly value: Expr; readonly span: Span }
  | { readonly kind: 'expr'; readonly value: Expr; readonly span: Span }
  | { readonly kind: 'return'; readonly value?: Expr; readonly span: Span }
  | { readonly kind: 'def'; readonly name: string; readonly params: readonly string[]; readonly body: readonly Stmt[]; readonly span: Span }
  | { readonly kind: 'class'; readonly name: string; readonly bases: readonly Expr[]; readonly body: readonly Stmt[]; readonly span: Span }
  /** An `if`/`for`/`while`/`with`/`try` body: its statements may or may not run, or run again. */
  | { readonly kind: 'block'; readonly parts: readonly Expr[]; readonly body: readonly Stmt[]; readonly span: Span };

/** What an imported name stands for: a module path (`torch.nn`) or a member of one (`torch.nn.ReLU`). */
export interface Binding {
  readonly path: string;
  readonly span: Span;
}

export interface SourceFile {
  readonly grammar: 'python' | 'javascript' | 'typescript';
  readonly text: string;
  readonly body: readonly Stmt[];
  /** Local name → the dotted path it was imported as. Later imports win, as at run time. */
  readonly bindings: ReadonlyMap<string, Binding>;
  /** Modules imported with `from m import *`. */
  readonly starImports: readonly string[];
}

/** Every expression inside `e`, `e` included, depth first. */
export function* walkExpr(e: Expr): Generator<Expr> {
  yield e;
  switch (e.kind) {
    case 'attr':
      yield* walkExpr(e.object);
      break;
    case 'call':
      yield* walkExpr(e.callee);
      for (const a of e.args) yield* walkExpr(a);
      for (const k of e.keywords) yield* walkExpr(k.value);
      break;
    case 'list':
      for (const i of e.items) yield* walkExpr(i);
      break;
    case 'object':
      for (const k of e.entries) yield* walkExpr(k.value);
      break;
    case 'other':
      for (const p of e.parts) yield* walkExpr(p);
      break;
    default:
      break;
  }
}

/** The expressions a statement holds directly (not those of nested bodies). */
export function stmtExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'assign':
      return [...s.targets, s.value];
    case 'expr':
      return [s.value];
    case 'return':
      return s.value ? [s.value] : [];
    case 'class':
      return [...s.bases];
    case 'block':
      return [...s.parts];
    default:
      return [];
  }
}

/** Every statement, nested bodies included, in source order. */
export function* walkStmts(body: readonly Stmt[]): Generator<Stmt> {
  for (const s of body) {
    yield s;
    if (s.kind === 'def' || s.kind === 'class' || s.kind === 'block') yield* walkStmts(s.body);
  }
}

/** Every expression of a file, in source order of their statements. */
export function* allExprs(body: readonly Stmt[]): Generator<Expr> {
  for (const s of walkStmts(body)) for (const e of stmtExprs(s)) yield* walkExpr(e);
}

/** `a.b.c` as written (names and attributes only), or undefined for anything else. */
export function dottedText(e: Expr): string | undefined {
  if (e.kind === 'name') return e.name;
  if (e.kind === 'attr') {
    const head = dottedText(e.object);
    return head === undefined ? undefined : `${head}.${e.name}`;
  }
  return undefined;
}

export const contains = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;
