/** Report of the cost measurement. */
import type { CostEntry } from '../../core/experiments/cost';
import type { Locale } from '../locale';
import { num } from '../markdown';
import type { Report } from '../report';

export function costReport(entries: readonly CostEntry[], baselineNs: number, size: number, repeats: number, locale: Locale = 'en'): Report {
  const zh = locale === 'zh-cn';
  const sorted = [...entries].sort((a, b) => a.nsPerElement - b.nsPerElement);
  const n = size.toLocaleString('en');
  return {
    title: zh ? '每个元素的计算开销' : 'Compute cost per element (计算开销)',
    table: {
      columns: zh ? ['激活函数', '每元素纳秒', '相对 relu'] : ['activation', 'ns per element', 'relative to relu'],
      rows: sorted.map((e) => [e.label, num(e.nsPerElement), `${num(e.relative)}×`]),
    },
    notes: [
      zh
        ? `在此处、本引擎中实测：每个激活函数作用于 [−6, 6] 内的 ${n} 个输入，取 ${repeats} 次计时的中位数；relu 每元素耗时 ${num(baselineNs)} 纳秒。基于 exp、log 或 erf 的函数比一次比较贵好几倍；具体耗时随运行和机器波动，排名则稳定得多。`
        : `Measured here, in this engine: each activation over ${n} inputs in [−6, 6], median of ${repeats} timed runs; relu took ${num(baselineNs)} ns per element. Functions built on exp, log or erf cost several times a comparison; timings vary from run to run and machine to machine, the ranking much less.`,
    ],
  };
}
