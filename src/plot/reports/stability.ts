/** Report of the stability comparison: naive formula against the core. */
import type { StabilityReason, StabilityRow } from '../../core/experiments/stability';
import type { Locale } from '../locale';
import type { Report } from '../report';

/** Why each naive formula fails, in words. */
const REASONS: Readonly<Record<StabilityReason, { readonly en: string; readonly 'zh-cn': string }>> = {
  'exp-overflow-ratio': {
    en: 'eˣ overflows to ∞ for x > 709.78, and ∞/∞ is NaN',
    'zh-cn': 'x > 709.78 时 eˣ 上溢为 ∞，而 ∞/∞ 是 NaN',
  },
  'exp-overflow-subnormal': {
    en: 'e⁻ˣ overflows for x < −709.78, so 1/(1+∞) gives 0 where σ(x) ≈ eˣ is still a tiny positive (subnormal) number: the limit is right, the last digits are gone',
    'zh-cn': 'x < −709.78 时 e⁻ˣ 上溢，1/(1+∞) 得到 0，而 σ(x) ≈ eˣ 仍是一个极小的正数（次正规数）：极限对了，最后几位有效数字却丢了',
  },
  'one-minus-cancels': {
    en: 'σ(x) rounds to exactly 1 for x > 36.7, so 1 − σ(x) is 0 although σ′(x) ≈ e⁻ˣ is not',
    'zh-cn': 'x > 36.7 时 σ(x) 被舍入为恰好 1，于是 1 − σ(x) 为 0，而 σ′(x) ≈ e⁻ˣ 并不为 0',
  },
  'tanh-overflow': {
    en: 'for |x| > 709.78 one of the exponentials is ∞, and ∞/∞ is NaN',
    'zh-cn': '|x| > 709.78 时其中一个指数为 ∞，而 ∞/∞ 是 NaN',
  },
  softplus: {
    en: 'eˣ overflows for x > 709.78; for x < −36.7, 1 + eˣ rounds to 1 and log gives 0 instead of ≈ eˣ (log1p keeps it)',
    'zh-cn': 'x > 709.78 时 eˣ 上溢；x < −36.7 时 1 + eˣ 被舍入为 1，log 得到 0 而不是 ≈ eˣ（log1p 能保住它）',
  },
  'mish-underflow': {
    en: 'for x < −36.7, log(1+eˣ) rounds to 0 and the tiny negative value is lost',
    'zh-cn': 'x < −36.7 时 log(1+eˣ) 被舍入为 0，那个极小的负值就丢了',
  },
  'mish-prime-overflow': {
    en: 'e³ˣ in ω and δ² ≈ e⁴ˣ overflow from x ≈ 177.5, and ∞/∞ is NaN',
    'zh-cn': '从 x ≈ 177.5 起，ω 中的 e³ˣ 和 δ² ≈ e⁴ˣ 上溢，∞/∞ 是 NaN',
  },
  'softmax-overflow': {
    en: 'e¹⁰⁰⁰ is ∞, and ∞/∞ is NaN. Subtracting max(z) first changes nothing mathematically and keeps every exponent ≤ 0',
    'zh-cn': 'e¹⁰⁰⁰ 是 ∞，∞/∞ 是 NaN。先减去 max(z) 在数学上不改变结果，却让每个指数都 ≤ 0',
  },
  'log-softmax-underflow': {
    en: 'even a stably computed softmax rounds a probability e⁻¹⁰⁰⁰ to 0, and log(0) = −∞. log_softmax computes zᵢ − logsumexp(z) and never takes the log of a probability',
    'zh-cn': '即使 softmax 本身算得稳定，e⁻¹⁰⁰⁰ 这样的概率也会被舍入为 0，而 log(0) = −∞。log_softmax 计算 zᵢ − logsumexp(z)，从不对概率取对数',
  },
  'softmax-underflow': {
    en: 'every eᶻ underflows to 0, and 0/0 is NaN. Subtracting max(z) first makes the largest term e⁰ = 1',
    'zh-cn': '每个 eᶻ 都下溢为 0，0/0 是 NaN。先减去 max(z) 让最大的一项变成 e⁰ = 1',
  },
};

const VERDICT_ZH: Readonly<Record<StabilityRow['verdict'], string>> = { ok: '正确', NaN: 'NaN', overflow: '溢出', 'lost digits': '丢失精度' };

export function stabilityReport(name: string, rows: readonly StabilityRow[], locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const reasons = [
    ...new Set(rows.flatMap((r) => (r.reason === 'none' ? [] : [`${r.formula}${zh ? '：' : ': '}${REASONS[r.reason][locale]}${zh ? '。' : '.'}`]))),
  ];
  return {
    title: zh ? `${name} 的数值稳定性：教科书公式与内核对比` : `Numerical stability of ${name}: the textbook formula against the core`,
    table: {
      columns: zh ? ['公式', '输入', '直接计算', '内核', '结论'] : ['formula', 'input', 'naive', 'core', 'verdict'],
      rows: rows.map((r) => [r.formula, r.input, r.naive, r.core, zh ? VERDICT_ZH[r.verdict] : r.verdict]),
    },
    notes: reasons.length > 0 ? reasons : [zh ? '在所有测试输入上，直接照搬公式的结果都与内核一致。' : 'The literal formula agrees with the core at every input tried.'],
  };
}
