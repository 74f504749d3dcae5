/**
 * Python source as the plain-data picture of `ir.ts`: statements, expressions and the names
 * its imports bind (`import torch.nn as tnn` binds `tnn` to `torch.nn`, `from torch.nn import
 * functional as F` binds `F` to `torch.nn.functional`).
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Binding, Expr, Keyword, SourceFile, Span, Stmt } from './ir';

const spanOf = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

function other(n: Node): Expr {
  return { kind: 'other', parts: named(n).map(expr), span: spanOf(n) };
}

function numberValue(text: string): number | undefined {
  const clean = text.replace(/_/g, '');
  if (/[jJ]$/.test(clean)) return undefined;
  const v = /^0[xob]/i.test(clean) ? Number(clean.toLowerCase()) : Number(clean.replace(/[lL]$/, ''));
  return Number.isFinite(v) ? v : undefined;
}

function stringExpr(n: Node): Expr {
  const parts = named(n);
  if (parts.some((c) => c.type === 'interpolation')) return other(n);
  const value = parts
    .filter((c) => c.type === 'string_content')
    .map((c) => c.text)
    .join('');
  return { kind: 'string', value, span: spanOf(n) };
}

function callExpr(n: Node): Expr {
  const fn = n.childForFieldName('function');
  const argsNode = n.childForFieldName('arguments');
  if (!fn || !argsNode) return other(n);
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let splat = false;
  if (argsNode.type === 'argument_list') {
    for (const a of named(argsNode)) {
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name');
        const value = a.childForFieldName('value');
        if (name && value) keywords.push({ name: name.text, value: expr(value), span: spanOf(a) });
      } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
        splat = true;
      } else {
        args.push(expr(a));
      }
    }
  } else {
    // A generator expression as the only argument: `sum(x for x in xs)`.
    args.push(expr(argsNode));
  }
  return { kind: 'call', callee: expr(fn), args, keywords, splat, span: spanOf(n), argsSpan: spanOf(argsNode) };
}

export function expr(n: Node): Expr {
  const span = spanOf(n);
  switch (n.type) {
    case 'identifier':
      return { kind: 'name', name: n.text, span };
    case 'attribute': {
      const object = n.childForFieldName('object');
      const attribute = n.childForFieldName('attribute');
      if (!object || !attribute) return other(n);
      return { kind: 'attr', object: expr(object), name: attribute.text, span, nameSpan: spanOf(attribute) };
    }
    case 'call':
      return callExpr(n);
    case 'integer':
    case 'float': {
      const value = numberValue(n.text);
      return value === undefined ? other(n) : { kind: 'number', value, span };
    }
    case 'string':
      return stringExpr(n);
    case 'true':
    case 'false':
      return { kind: 'bool', value: n.type === 'true', span };
    case 'none':
      return { kind: 'none', span };
    case 'unary_operator': {
      const op = n.childForFieldName('operator')?.text;
      const arg = n.childForFieldName('argument');
      if (arg && (op === '-' || op === '+')) {
        const inner = expr(arg);
        if (inner.kind === 'number') return { kind: 'number', value: op === '-' ? -inner.value : inner.value, span };
      }
      return other(n);
    }
    case 'parenthesized_expression': {
      const inner = named(n);
      return inner.length === 1 ? expr(inner[0]) : other(n);
    }
    case 'list':
    case 'tuple':
      return { kind: 'list', items: named(n).map(expr), span };
    case 'dictionary': {
      const entries: Keyword[] = [];
      for (const pair of named(n)) {
        const key = pair.childForFieldName('key');
        const value = pair.childForFieldName('value');
        if (pair.type !== 'pair' || !key || !value) return other(n);
        const k = expr(key);
        if (k.kind !== 'string') return other(n);
        entries.push({ name: k.value, value: expr(value), span: spanOf(pair) });
      }
      return { kind: 'object', entries, span };
    }
    default:
      return other(n);
  }
}

/** `def f(self, x, y=1)` → ['self', 'x', 'y']. */
function paramNames(n: Node | null): string[] {
  if (!n) return [];
  return named(n).flatMap((p) => {
    if (p.type === 'identifier') return [p.text];
    const name = p.childForFieldName('name') ?? named(p).find((c) => c.type === 'identifier');
    return name ? [name.text] : [];
  });
}

function blockStmts(n: Node | null): Stmt[] {
  return n ? named(n).flatMap(stmt) : [];
}

function assignment(n: Node, span: Span): Stmt {
  const targets: Expr[] = [];
  let cur: Node | null = n;
  // `a = b = value` nests assignments on the right.
  while (cur && cur.type === 'assignment') {
    const left = cur.childForFieldName('left');
    if (left) targets.push(expr(left));
    const right: Node | null = cur.childForFieldName('right');
    if (!right) return { kind: 'expr', value: other(n), span };
    cur = right;
  }
  if (!cur) return { kind: 'expr', value: other(n), span };
  return { kind: 'assign', targets, value: expr(cur), span };
}

function stmt(n: Node): Stmt[] {
  const span = spanOf(n);
  switch (n.type) {
    case 'expression_statement': {
      const inner = named(n);
      if (inner.length === 1 && inner[0].type === 'assignment') return [assignment(inner[0], span)];
      if (inner.length === 1) return [{ kind: 'expr', value: expr(inner[0]), span }];
      return [{ kind: 'expr', value: other(n), span }];
    }
    case 'return_statement': {
      const inner = named(n);
      return [inner.length > 0 ? { kind: 'return', value: inner.length === 1 ? expr(inner[0]) : other(n), span } : { kind: 'return', span }];
    }
    case 'function_definition':
      return [
        {
          kind: 'def',
          name: n.childForFieldName('name')?.text ?? '',
          params: paramNames(n.childForFieldName('parameters')),
          body: blockStmts(n.childForFieldName('body')),
          span,
        },
      ];
    case 'class_definition': {
      const bases = n.childForFieldName('superclasses');
      return [
        {
          kind: 'class',
          name: n.childForFieldName('name')?.text ?? '',
          bases: bases ? named(bases).map(expr) : [],
          body: blockStmts(n.childForFieldName('body')),
          span,
        },
      ];
    }
    case 'decorated_definition': {
      const def = n.childForFieldName('definition');
      return def ? stmt(def) : [];
    }
    case 'if_statement':
    case 'elif_clause':
    case 'else_clause':
    case 'for_statement':
    case 'while_statement':
    case 'with_statement':
    case 'try_statement':
    case 'except_clause':
    case 'finally_clause':
    case 'match_statement':
    case 'case_clause': {
      const parts: Expr[] = [];
      const body: Stmt[] = [];
      for (const c of named(n)) {
        if (c.type === 'block') body.push(...blockStmts(c));
        else if (/_clause$|^block$/.test(c.type) || c.type.endsWith('_statement')) body.push(...stmt(c));
        else parts.push(expr(c));
      }
      return [{ kind: 'block', parts, body, span }];
    }
    case 'block':
      return blockStmts(n);
    case 'import_statement':
    case 'import_from_statement':
    case 'future_import_statement':
    case 'pass_statement':
    case 'break_statement':
    case 'continue_statement':
      return [];
    default:
      return [{ kind: 'expr', value: other(n), span }];
  }
}

/** Every import in the file, wherever it stands (imports inside `try:` are common). */
function imports(root: Node): { bindings: Map<string, Binding>; starImports: string[] } {
  const bindings = new Map<string, Binding>();
  const starImports: string[] = [];
  const nodes = root.descendantsOfType(['import_statement', 'import_from_statement']).filter((n): n is Node => n !== null);
  nodes.sort((a, b) => a.startIndex - b.startIndex);
  for (const n of nodes) {
    const span = spanOf(n);
    if (n.type === 'import_statement') {
      for (const item of n.childrenForFieldName('name').filter((c): c is Node => c !== null)) {
        if (item.type === 'aliased_import') {
          const name = item.childForFieldName('name')?.text;
          const alias = item.childForFieldName('alias')?.text;
          if (name && alias) bindings.set(alias, { path: name, span });
        } else {
          // `import torch.nn.functional` binds `torch`; the rest is reached through it.
          const root = item.text.split('.')[0];
          bindings.set(root, { path: root, span });
        }
      }
      continue;
    }
    const moduleNode = n.childForFieldName('module_name');
    if (!moduleNode || moduleNode.type !== 'dotted_name') continue; // relative imports are the project's own
    const module = moduleNode.text.replace(/\s+/g, '');
    if (named(n).some((c) => c.type === 'wildcard_import')) starImports.push(module);
    for (const item of n.childrenForFieldName('name').filter((c): c is Node => c !== null)) {
      if (item.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text;
        const alias = item.childForFieldName('alias')?.text;
        if (name && alias) bindings.set(alias, { path: `${module}.${name}`, span });
      } else {
        bindings.set(item.text, { path: `${module}.${item.text}`, span });
      }
    }
  }
  return { bindings, starImports };
}

export function pythonSource(tree: Tree, text: string): SourceFile {
  const root = tree.rootNode;
  const { bindings, starImports } = imports(root);
  return { grammar: 'python', text, body: named(root).flatMap(stmt), bindings, starImports };
}
