/**
 * Numerical stability: the textbook formula, typed in literally in double precision,
 * against the core at extreme inputs. Doubles overflow above ≈ 1.8·10³⁰⁸, so eˣ is
 * Infinity for x > 709.78; ∞/∞ and ∞−∞ are NaN; 1 + ε rounds to 1 for ε < 1.1·10⁻¹⁶ and
 * loses whatever ε carried. The core avoids each trap (max-subtraction, log1p, limits).
 */
import { resolveParams } from '../params';
import { getActivation } from '../registry';
import { ActivationError } from '../types';

export interface StabilityRow {
  /** The naive formula, as typed. */
  readonly formula: string;
  /** The input, printed (a number or a vector). */
  readonly input: string;
  readonly naive: string;
  readonly core: string;
  /** `ok`, `NaN`, `overflow` (±Infinity where the truth is finite), `underflow`/`lost digits` (wrong finite value). */
  readonly verdict: 'ok' | 'NaN' | 'overflow' | 'lost digits';
  /** Why the naive formula fails; `none` on rows where it doesn't. */
  readonly reason: StabilityReason | 'none';
}

/** The failure mechanisms the comparison shows. */
export type StabilityReason =
  | 'exp-overflow-ratio'
  | 'exp-overflow-subnormal'
  | 'one-minus-cancels'
  | 'tanh-overflow'
  | 'softplus'
  | 'mish-underflow'
  | 'mish-prime-overflow'
  | 'softmax-overflow'
  | 'softmax-underflow'
  | 'log-softmax-underflow';

interface NaiveCase {
  readonly formula: string;
  readonly naive: (x: number) => number;
  readonly core: (x: number) => number;
  readonly inputs: readonly number[];
  /** Why the naive formula fails (explained by the report, in the learner's language). */
  readonly reason: StabilityReason;
}

function scalar(id: string, order: 0 | 1): (x: number) => number {
  const a = getActivation(id);
  if (a.kind !== 'scalar') throw new ActivationError('stability', id, 'not an element-wise function');
  const p = resolveParams(a);
  return order === 0 ? (x) => a.f(x, p) : (x) => a.df(x, p);
}

const WIDE = [-1000, -710, -40, 0, 40, 710, 1000];

/** The note's literal Mish derivative eˣω/δ², ω = 4(x+1) + 4e²ˣ + e³ˣ + eˣ(4x+6), δ = 2eˣ + e²ˣ + 2. */
function mishPrimeLiteral(x: number): number {
  const e = Math.exp(x);
  const omega = 4 * (x + 1) + 4 * Math.exp(2 * x) + Math.exp(3 * x) + e * (4 * x + 6);
  const delta = 2 * e + Math.exp(2 * x) + 2;
  return (e * omega) / (delta * delta);
}

function cases(name: string): NaiveCase[] {
  switch (name) {
    case 'sigmoid':
      return [
        { formula: 'eˣ/(1+eˣ)', naive: (x) => Math.exp(x) / (1 + Math.exp(x)), core: scalar('sigmoid', 0), inputs: WIDE, reason: 'exp-overflow-ratio' },
        { formula: '1/(1+e⁻ˣ)', naive: (x) => 1 / (1 + Math.exp(-x)), core: scalar('sigmoid', 0), inputs: WIDE, reason: 'exp-overflow-subnormal' },
        {
          formula: "σ(x)·(1−σ(x)) for σ′",
          naive: (x) => {
            const s = 1 / (1 + Math.exp(-x));
            return s * (1 - s);
          },
          core: scalar('sigmoid', 1),
          inputs: [-40, 0, 20, 40, 710],
          reason: 'one-minus-cancels',
        },
      ];
    case 'tanh':
      return [
        { formula: '(eˣ−e⁻ˣ)/(eˣ+e⁻ˣ)', naive: (x) => (Math.exp(x) - Math.exp(-x)) / (Math.exp(x) + Math.exp(-x)), core: scalar('tanh', 0), inputs: WIDE, reason: 'tanh-overflow' },
      ];
    case 'softplus':
      return [
        { formula: 'log(1+eˣ)', naive: (x) => Math.log(1 + Math.exp(x)), core: scalar('softplus', 0), inputs: [-1000, -40, 0, 40, 710, 1000], reason: 'softplus' },
      ];
    case 'mish':
      return [
        { formula: 'x·tanh(log(1+eˣ))', naive: (x) => x * Math.tanh(Math.log(1 + Math.exp(x))), core: scalar('mish', 0), inputs: [-1000, -40, -1.19, 0, 40, 710, 1000], reason: 'mish-underflow' },
      ];
    case "mish'":
      return [
        { formula: 'eˣω/δ² (the note)', naive: mishPrimeLiteral, core: scalar('mish', 1), inputs: [-1000, -40, 0, 40, 170, 178, 200, 710], reason: 'mish-prime-overflow' },
      ];
    default:
      throw new ActivationError('stability', 'f', `no naive formula on file for "${name}"; try ${STABILITY_FUNCTIONS.join(', ')}`);
  }
}

export const STABILITY_FUNCTIONS = ['sigmoid', 'tanh', 'softplus', 'mish', "mish'", 'softmax', 'log_softmax'] as const;

function show(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return Object.is(x, -0) ? '−0' : '0';
  return String(Number(x.toPrecision(6)));
}

function verdict(naive: number, core: number): StabilityRow['verdict'] {
  if (Number.isNaN(naive) && !Number.isNaN(core)) return 'NaN';
  if (!Number.isFinite(naive) && Number.isFinite(core)) return 'overflow';
  if (naive === core) return 'ok';
  const rel = Math.abs(naive - core) / Math.max(Math.abs(core), Number.MIN_VALUE);
  return rel > 1e-6 ? 'lost digits' : 'ok';
}

function softmaxRows(): StabilityRow[] {
  const a = getActivation('softmax');
  if (a.kind !== 'vector') throw new ActivationError('stability', 'softmax', 'expected the vector softmax in the registry');
  const p = resolveParams(a);
  const naive = (z: number[]): number[] => {
    const e = z.map(Math.exp);
    const s = e.reduce((u, v) => u + v, 0);
    return e.map((v) => v / s);
  };
  return [[1, 2, 3], [1000, 1001, 1002], [-1000, -999, -998]].map((z) => {
    const n = naive(z);
    const c = Array.from(a.f(Float64Array.from(z), p));
    const worst = n.map((v, i) => verdict(v, c[i])).find((v) => v !== 'ok') ?? 'ok';
    return {
      formula: 'eᶻⁱ/Σⱼeᶻʲ',
      input: `[${z.join(', ')}]`,
      naive: `[${n.map(show).join(', ')}]`,
      core: `[${c.map(show).join(', ')}]`,
      verdict: worst,
      reason: worst === 'ok' ? 'none' : z[0] > 0 ? 'softmax-overflow' : 'softmax-underflow',
    };
  });
}

/**
 * log(softmax(z)) with a softmax that is itself computed stably (max subtracted): a
 * probability more than about 745 below the largest logit underflows to 0, and its log is
 * −∞ where the true log-probability is finite. log_softmax computes zᵢ − logsumexp(z) instead.
 */
function logSoftmaxRows(): StabilityRow[] {
  const sm = getActivation('softmax');
  const lsm = getActivation('log_softmax');
  if (sm.kind !== 'vector' || lsm.kind !== 'vector') throw new ActivationError('stability', 'log_softmax', 'expected the vector softmax family in the registry');
  return [[1, 2, 3], [0, 1000], [-1000, 0, 1000]].map((z) => {
    const zs = Float64Array.from(z);
    const n = Array.from(sm.f(zs, resolveParams(sm)), Math.log);
    const c = Array.from(lsm.f(zs, resolveParams(lsm)));
    const worst = n.map((v, i) => verdict(v, c[i])).find((v) => v !== 'ok') ?? 'ok';
    return {
      formula: 'log(softmax(z))',
      input: `[${z.join(', ')}]`,
      naive: `[${n.map(show).join(', ')}]`,
      core: `[${c.map(show).join(', ')}]`,
      verdict: worst,
      reason: worst === 'ok' ? 'none' : 'log-softmax-underflow',
    };
  });
}

/** Rows for one function of `STABILITY_FUNCTIONS`. */
export function stability(name: string): StabilityRow[] {
  if (name === 'softmax') return softmaxRows();
  if (name === 'log_softmax') return logSoftmaxRows();
  const rows: StabilityRow[] = [];
  for (const c of cases(name)) {
    for (const x of c.inputs) {
      const n = c.naive(x);
      const k = c.core(x);
      const v = verdict(n, k);
      rows.push({ formula: c.formula, input: show(x), naive: show(n), core: show(k), verdict: v, reason: v === 'ok' ? 'none' : c.reason });
    }
  }
  return rows;
}
