/**
 * Finding a framework activation under the cursor in Python, JavaScript or TypeScript
 * source (`torch.sigmoid`, `nn.GELU(approximate='tanh')`, `activation="relu"`, `tf.relu`),
 * by reading the line with the data tables of `docs/frameworks.ts`.
 */
import { FRAMEWORK_TABLES, KERAS_ACTIVATION_STRINGS, type FrameworkTable } from '../docs/frameworks';

export interface FrameworkMatch {
  readonly framework: string;
  /** The dotted name as written (`torch.nn.functional.gelu`) or the Keras string. */
  readonly written: string;
  /** Registry id it corresponds to. */
  readonly id: string;
  /** Character offsets in the line, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly table?: FrameworkTable;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The argument list right after `end` on the same line (best effort, for `approximate=`). */
function argumentsAfter(line: string, end: number): string {
  if (line[end] !== '(') return '';
  let depth = 0;
  for (let i = end; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return line.slice(end + 1, i);
  }
  return line.slice(end + 1);
}

/** GELU's approximate flag changes which registry function a call means. */
function refineGelu(table: FrameworkTable, id: string, args: string): string {
  if (id !== 'gelu' && id !== 'gelu_tanh') return id;
  if (/approximate\s*=\s*['"]tanh['"]|approximate\s*=\s*True/.test(args)) return 'gelu_tanh';
  if (/approximate\s*=\s*(['"]none['"]|False)/.test(args)) return 'gelu';
  return id;
}

export function frameworkMatchAt(languageId: string, line: string, character: number, known: (id: string) => boolean): FrameworkMatch | undefined {
  for (const table of FRAMEWORK_TABLES) {
    if (!table.languages.includes(languageId)) continue;
    const prefixes = table.prefixes.map(escapeRegExp).join('|');
    const re = new RegExp(`(?<![A-Za-z0-9_.])(?:${prefixes})\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g');
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      if (character < start || character > end) continue;
      const base = table.names[m[1]];
      if (base === undefined) continue;
      const id = refineGelu(table, base, argumentsAfter(line, end));
      if (!known(id)) continue;
      return { framework: table.framework, written: m[0], id, start, end, table };
    }
  }
  if (languageId === 'python') {
    const re = /activation\s*=\s*(['"])([A-Za-z_0-9]+)\1/g;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const start = m.index + m[0].indexOf(m[1]) + 1;
      const end = start + m[2].length;
      if (character < start - 1 || character > end + 1) continue;
      const id = KERAS_ACTIVATION_STRINGS[m[2]];
      if (id === undefined || !known(id)) continue;
      const keras = FRAMEWORK_TABLES.find((t) => t.framework.startsWith('TensorFlow /'));
      return { framework: 'Keras', written: `"${m[2]}"`, id, start, end, ...(keras ? { table: keras } : {}) };
    }
  }
  return undefined;
}
