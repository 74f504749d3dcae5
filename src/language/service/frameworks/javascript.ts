/**
 * JavaScript and TypeScript source as the plain-data picture of `ir.ts`. Imports bind names
 * to module paths: `import * as tf from '@tensorflow/tfjs'` binds `tf` to `@tensorflow/tfjs`,
 * `import { layers } from '@tensorflow/tfjs'` binds `layers` to `@tensorflow/tfjs.layers`, and
 * `const tf = require('@tensorflow/tfjs')` does the same as the namespace import.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Binding, Expr, Keyword, SourceFile, Span, Stmt } from './ir';

/** Packages that re-export all of TensorFlow.js under the same names. */
const TFJS_ALIASES: Readonly<Record<string, string>> = {
  '@tensorflow/tfjs-node': '@tensorflow/tfjs',
  '@tensorflow/tfjs-node-gpu': '@tensorflow/tfjs',
};

const spanOf = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

function other(n: Node): Expr {
  return { kind: 'other', parts: named(n).flatMap(exprOrStmtParts), span: spanOf(n) };
}

/** Inside an `other`: expressions stay expressions, statements (arrow-function bodies) give up theirs. */
function exprOrStmtParts(n: Node): Expr[] {
  if (n.type === 'statement_block' || n.type.endsWith('_statement') || n.type.endsWith('_declaration')) {
    const stmts = stmt(n);
    const out: Expr[] = [];
    const visit = (s: Stmt): void => {
      if (s.kind === 'assign') out.push(...s.targets, s.value);
      else if (s.kind === 'expr') out.push(s.value);
      else if (s.kind === 'return' && s.value) out.push(s.value);
      else if (s.kind === 'block') out.push(...s.parts);
      if (s.kind === 'def' || s.kind === 'class' || s.kind === 'block') s.body.forEach(visit);
    };
    stmts.forEach(visit);
    return out;
  }
  return [expr(n)];
}

function stringValue(n: Node): string | undefined {
  if (n.type === 'string') return named(n).filter((c) => c.type === 'string_fragment').map((c) => c.text).join('');
  if (n.type === 'template_string' && !named(n).some((c) => c.type === 'template_substitution')) {
    return named(n).filter((c) => c.type === 'string_fragment').map((c) => c.text).join('');
  }
  return undefined;
}

function keyName(n: Node): string | undefined {
  if (n.type === 'property_identifier' || n.type === 'identifier') return n.text;
  return stringValue(n);
}

function callExpr(n: Node, calleeField: string): Expr {
  const fn = n.childForFieldName(calleeField);
  const argsNode = n.childForFieldName('arguments');
  if (!fn) return other(n);
  const args: Expr[] = [];
  let splat = false;
  for (const a of argsNode ? named(argsNode) : []) {
    if (a.type === 'spread_element') splat = true;
    else args.push(expr(a));
  }
  const argsSpan = argsNode ? spanOf(argsNode) : { start: n.endIndex, end: n.endIndex };
  return { kind: 'call', callee: expr(fn), args, keywords: [], splat, span: spanOf(n), argsSpan };
}

export function expr(n: Node): Expr {
  const span = spanOf(n);
  switch (n.type) {
    case 'identifier':
    case 'property_identifier':
    case 'shorthand_property_identifier':
      return n.text === 'undefined' ? { kind: 'none', span } : { kind: 'name', name: n.text, span };
    case 'member_expression': {
      const object = n.childForFieldName('object');
      const property = n.childForFieldName('property');
      if (!object || !property || property.type === 'private_property_identifier') return other(n);
      return { kind: 'attr', object: expr(object), name: property.text, span, nameSpan: spanOf(property) };
    }
    case 'call_expression':
      return callExpr(n, 'function');
    case 'new_expression':
      return callExpr(n, 'constructor');
    case 'number': {
      const v = Number(n.text.replace(/_/g, ''));
      return Number.isFinite(v) ? { kind: 'number', value: v, span } : other(n);
    }
    case 'string':
    case 'template_string': {
      const v = stringValue(n);
      return v === undefined ? other(n) : { kind: 'string', value: v, span };
    }
    case 'true':
    case 'false':
      return { kind: 'bool', value: n.type === 'true', span };
    case 'null':
      return { kind: 'none', span };
    case 'unary_expression': {
      const op = n.childForFieldName('operator')?.text;
      const arg = n.childForFieldName('argument');
      if (arg && (op === '-' || op === '+')) {
        const inner = expr(arg);
        if (inner.kind === 'number') return { kind: 'number', value: op === '-' ? -inner.value : inner.value, span };
      }
      return other(n);
    }
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'non_null_expression':
    case 'type_assertion': {
      // The expression comes first; a type annotation, if any, after it.
      const inner = named(n)[0];
      return inner ? expr(inner) : other(n);
    }
    case 'array':
      return { kind: 'list', items: named(n).map(expr), span };
    case 'object': {
      const entries: Keyword[] = [];
      for (const p of named(n)) {
        if (p.type === 'pair') {
          const key = p.childForFieldName('key');
          const value = p.childForFieldName('value');
          const name = key ? keyName(key) : undefined;
          if (name !== undefined && value) entries.push({ name, value: expr(value), span: spanOf(p) });
        } else if (p.type === 'shorthand_property_identifier') {
          entries.push({ name: p.text, value: { kind: 'name', name: p.text, span: spanOf(p) }, span: spanOf(p) });
        } else {
          return other(n); // a spread or a method: keys cannot be read
        }
      }
      return { kind: 'object', entries, span };
    }
    default:
      return other(n);
  }
}

function blockStmts(n: Node | null): Stmt[] {
  return n ? named(n).flatMap(stmt) : [];
}

function stmt(n: Node): Stmt[] {
  const span = spanOf(n);
  switch (n.type) {
    case 'expression_statement': {
      const inner = named(n)[0];
      if (!inner) return [];
      if (inner.type === 'assignment_expression') {
        const left = inner.childForFieldName('left');
        const right = inner.childForFieldName('right');
        if (left && right) return [{ kind: 'assign', targets: [expr(left)], value: expr(right), span }];
      }
      return [{ kind: 'expr', value: expr(inner), span }];
    }
    case 'lexical_declaration':
    case 'variable_declaration':
      return named(n)
        .filter((d) => d.type === 'variable_declarator')
        .flatMap((d): Stmt[] => {
          const name = d.childForFieldName('name');
          const value = d.childForFieldName('value');
          if (!name || !value) return [];
          return [{ kind: 'assign', targets: name.type === 'identifier' ? [expr(name)] : [], value: expr(value), span: spanOf(d) }];
        });
    case 'return_statement': {
      const inner = named(n)[0];
      return [inner ? { kind: 'return', value: expr(inner), span } : { kind: 'return', span }];
    }
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'method_definition':
      return [{ kind: 'def', name: n.childForFieldName('name')?.text ?? '', params: [], body: blockStmts(n.childForFieldName('body')), span }];
    case 'class_declaration': {
      const body = n.childForFieldName('body');
      return [{ kind: 'class', name: n.childForFieldName('name')?.text ?? '', bases: [], body: body ? named(body).flatMap(stmt) : [], span }];
    }
    case 'export_statement': {
      const decl = n.childForFieldName('declaration');
      if (decl) return stmt(decl);
      const value = n.childForFieldName('value');
      return value ? [{ kind: 'expr', value: expr(value), span }] : [];
    }
    case 'statement_block':
      return blockStmts(n);
    case 'if_statement':
    case 'else_clause':
    case 'for_statement':
    case 'for_in_statement':
    case 'while_statement':
    case 'do_statement':
    case 'try_statement':
    case 'catch_clause':
    case 'finally_clause':
    case 'switch_statement':
    case 'switch_body':
    case 'switch_case': {
      const parts: Expr[] = [];
      const body: Stmt[] = [];
      for (const c of named(n)) {
        if (c.type === 'statement_block' || c.type.endsWith('_statement') || c.type.endsWith('_clause') || c.type.endsWith('_declaration') || c.type === 'switch_body' || c.type === 'switch_case') {
          body.push(...stmt(c));
        } else {
          parts.push(expr(c));
        }
      }
      return [{ kind: 'block', parts, body, span }];
    }
    case 'import_statement':
    case 'empty_statement':
    case 'interface_declaration':
    case 'type_alias_declaration':
      return [];
    default:
      return [{ kind: 'expr', value: other(n), span }];
  }
}

function modulePath(specifier: string): string {
  return TFJS_ALIASES[specifier] ?? specifier;
}

/** `require('x')` → 'x'. */
function requireOf(n: Node | null): string | undefined {
  if (!n || n.type !== 'call_expression') return undefined;
  const fn = n.childForFieldName('function');
  const args = n.childForFieldName('arguments');
  const first = args ? named(args)[0] : undefined;
  if (fn?.text !== 'require' || !first) return undefined;
  return stringValue(first);
}

function imports(root: Node): Map<string, Binding> {
  const bindings = new Map<string, Binding>();
  const nodes = root.descendantsOfType(['import_statement', 'variable_declarator']).filter((n): n is Node => n !== null);
  nodes.sort((a, b) => a.startIndex - b.startIndex);
  for (const n of nodes) {
    const span = spanOf(n);
    if (n.type === 'import_statement') {
      const source = n.childForFieldName('source');
      const spec = source ? stringValue(source) : undefined;
      if (spec === undefined) continue;
      const mod = modulePath(spec);
      const clause = named(n).find((c) => c.type === 'import_clause');
      for (const c of clause ? named(clause) : []) {
        if (c.type === 'namespace_import') {
          const id = named(c).find((x) => x.type === 'identifier');
          if (id) bindings.set(id.text, { path: mod, span });
        } else if (c.type === 'named_imports') {
          for (const s of named(c).filter((x) => x.type === 'import_specifier')) {
            const name = s.childForFieldName('name')?.text;
            const alias = s.childForFieldName('alias')?.text;
            if (name) bindings.set(alias ?? name, { path: `${mod}.${name}`, span });
          }
        }
        // A default import of a package without a default export binds nothing we can read.
      }
      continue;
    }
    const spec = requireOf(n.childForFieldName('value'));
    const name = n.childForFieldName('name');
    if (spec === undefined || !name) continue;
    const mod = modulePath(spec);
    if (name.type === 'identifier') {
      bindings.set(name.text, { path: mod, span });
    } else if (name.type === 'object_pattern') {
      for (const p of named(name)) {
        if (p.type === 'shorthand_property_identifier_pattern') bindings.set(p.text, { path: `${mod}.${p.text}`, span });
        else if (p.type === 'pair_pattern') {
          const key = p.childForFieldName('key');
          const value = p.childForFieldName('value');
          if (key && value?.type === 'identifier') bindings.set(value.text, { path: `${mod}.${keyName(key) ?? key.text}`, span });
        }
      }
    }
  }
  return bindings;
}

export function javascriptSource(tree: Tree, text: string, grammar: 'javascript' | 'typescript'): SourceFile {
  const root = tree.rootNode;
  return { grammar, text, body: named(root).flatMap(stmt), bindings: imports(root), starImports: [] };
}
