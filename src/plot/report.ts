/**
 * An experiment report: a title, a table, a few sentences, an optional chart (a plot spec
 * the interactive renderer can draw) and optional extra static figures.
 */
import { markdownImage, markdownTable } from './markdown';
import type { PlotSpec, ReportFigure, ReportTable } from './spec';
import { renderPlotSvg } from './svg';

export interface Report {
  readonly title: string;
  readonly table: ReportTable;
  /** Sentences that read the numbers for the learner. */
  readonly notes: readonly string[];
  readonly chart?: PlotSpec;
  readonly figures?: readonly ReportFigure[];
}

/** The chart's SVG with colours fixed for use as an image (no theme variables reach an `<img>`). */
export function chartSvg(report: Report, idPrefix?: string): string | undefined {
  return report.chart ? renderPlotSvg(report.chart, { palette: 'neutral', ...(idPrefix ? { idPrefix } : {}) }) : undefined;
}

export function reportMarkdown(report: Report): string {
  const parts = [`**${report.title}**`, markdownTable(report.table.columns, report.table.rows), ...report.notes];
  const chart = chartSvg(report);
  if (chart && report.chart) parts.push(markdownImage(chart, report.chart.title ?? report.title));
  for (const f of report.figures ?? []) parts.push(markdownImage(f.svg, f.alt));
  return parts.join('\n\n');
}

export function reportText(report: Report): string {
  const widths = report.table.columns.map((c, i) => Math.max(c.length, ...report.table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [report.title, line(report.table.columns), ...report.table.rows.map(line), ...report.notes].join('\n');
}

/**
 * The plot mime's data for a report: the chart spec with the table, notes and figures
 * attached, so the interactive renderer shows the whole report.
 */
export function reportPlotData(report: Report): PlotSpec {
  const chart: PlotSpec = report.chart ?? { version: 1, x: [], curves: [] };
  return { ...chart, title: report.title, table: report.table, notes: report.notes, figures: report.figures ?? [] };
}
