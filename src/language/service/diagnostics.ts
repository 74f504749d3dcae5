/**
 * Diagnostics as you type, without running anything: syntax errors (with their position),
 * unknown names (with "did you mean"), and calls of registry functions with the wrong
 * number of arguments. Names defined by earlier cells, by this cell, and function
 * parameters inside `f(x) = …` are known.
 */
import type { MathNode } from 'mathjs';
import { REGISTRY } from '../../core/registry';
import type { Locale } from '../docs/types';
import { fill, UI } from '../docs/ui';
import { suggestName } from '../names';
import { parseCell } from '../parse';
import { GET_FIELD, PRIME_CALL, PRIME_OF } from '../prime';
import { PRIME_MARK } from '../primeMarks';

import { cellArguments } from './card';
import { definitionsIn } from './text';

export interface CellDiagnostic {
  /** Offsets in the cell text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly code: 'syntax' | 'unknownName' | 'arity';
}

/** Names the language knows besides the registry (mathjs functions and constants, builtins). */
export interface NameOracle {
  has(name: string): boolean;
  readonly names: readonly string[];
}

type AnyNode = MathNode & {
  type: string;
  name?: string;
  fn?: MathNode & { type: string; name?: string };
  args?: MathNode[];
  params?: string[];
  object?: MathNode & { type: string; name?: string };
  expr?: MathNode;
};

/** Offset of a 1-based line/column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** The `occurrence`-th whole-word occurrence of `name` in `text` from `from`, or -1. */
function findWord(text: string, name: string, from: number): number {
  const re = new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[$]/g, '\\$')}(?![A-Za-z0-9_])`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

export function diagnoseCell(text: string, locale: Locale, earlierCells: readonly string[], oracle: NameOracle): CellDiagnostic[] {
  const parsed = parseCell(text);
  if (parsed.error) {
    const e = parsed.error;
    // Point at the offending character (or the last one when the error is at the end).
    const at = e.line !== undefined ? offsetOf(text, e.line, e.column ?? 1) : 0;
    const start = Math.max(0, Math.min(at, text.length - 1));
    return [{ start, end: start + 1, message: fill(UI.diagnostics.syntax[locale], e.message), code: 'syntax' }];
  }
  const registry = new Map(REGISTRY.map((a) => [a.id, a]));
  const defined = new Set<string>();
  for (const cell of earlierCells) for (const d of definitionsIn(cell)) defined.add(d.name);
  for (const d of definitionsIn(text)) defined.add(d.name);
  const known = (name: string): boolean => registry.has(name) || defined.has(name) || oracle.has(name);
  const candidates = (): string[] => [...registry.keys(), ...defined, ...oracle.names];

  const out: CellDiagnostic[] = [];
  const reported = new Set<string>();
  let cursor = 0;
  for (const st of parsed.statements) {
    const stStart = offsetOf(text, st.line, st.column);
    cursor = stStart;
    const visit = (node: AnyNode, locals: ReadonlySet<string>): void => {
      switch (node.type) {
        case 'FunctionAssignmentNode': {
          const inner = new Set([...locals, ...(node.params ?? [])]);
          if (node.expr) visit(node.expr as AnyNode, inner);
          return;
        }
        case 'AssignmentNode': {
          if (node.object && node.object.type !== 'SymbolNode') visit(node.object as AnyNode, locals);
          const value = (node as unknown as { value?: MathNode }).value;
          if (value) visit(value as AnyNode, locals);
          return;
        }
        case 'FunctionNode': {
          const fn = node.fn as AnyNode | undefined;
          const args = (node.args ?? []) as AnyNode[];
          if (fn && fn.type === 'SymbolNode' && fn.name !== undefined) {
            // The rewrite turns `f'(x)` into a hidden call PRIME_CALL(f, order, x…) and a bare
            // `f'` into PRIME_OF(f, order) (a function value, not a call); a field read into GET_FIELD.
            const isCall = !fn.name.includes(PRIME_MARK) || fn.name === PRIME_CALL;
            const name = fn.name === PRIME_CALL || fn.name === PRIME_OF ? (args[0]?.name ?? '') : fn.name;
            const callArgs = fn.name === PRIME_CALL ? args.slice(2) : args;
            const act = registry.get(name);
            if (isCall && act && fn.name !== GET_FIELD && !locals.has(name) && !defined.has(name)) {
              const { counts } = cellArguments(act);
              if (!counts.includes(callArgs.length)) {
                const at = findWord(text, name, cursor);
                const start = at >= 0 ? at : stStart;
                const contiguous = counts.every((c, i) => i === 0 || c === counts[i - 1] + 1);
                const expected = counts.length === 1 ? String(counts[0]) : contiguous ? `${counts[0]}–${counts[counts.length - 1]}` : counts.join('/');
                out.push({ start, end: start + name.length, message: fill(UI.diagnostics.arity[locale], name, expected, callArgs.length), code: 'arity' });
              }
            }
            if (!fn.name.includes(PRIME_MARK)) check(fn.name, locals);
          } else if (fn) visit(fn, locals);
          for (const a of args) visit(a, locals);
          return;
        }
        case 'SymbolNode': {
          if (node.name !== undefined && !node.name.includes(PRIME_MARK)) check(node.name, locals);
          return;
        }
        default: {
          const n = node as unknown as { forEach?: (cb: (child: MathNode) => void) => void };
          n.forEach?.((child) => visit(child as AnyNode, locals));
        }
      }
    };
    const check = (name: string, locals: ReadonlySet<string>): void => {
      if (name === 'end' || locals.has(name) || known(name) || reported.has(name)) return;
      reported.add(name);
      const at = findWord(text, name, stStart);
      const start = at >= 0 ? at : stStart;
      const guess = suggestName(name, candidates());
      const message = fill(UI.diagnostics.unknownName[locale], name) + (guess ? ` ${fill(UI.diagnostics.didYouMean[locale], guess)}` : '');
      out.push({ start, end: start + name.length, message, code: 'unknownName' });
    };
    visit(st.node as AnyNode, new Set());
  }
  return out;
}
