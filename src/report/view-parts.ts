// The small views every section of the page is built from: a table, a chart with its table, a
// methodology entry. Kept apart so that view-types.ts and context-types.ts both build on them.
import type { SurveyQuestionView } from './industry-view.js';

export interface TableView {
  caption: string;
  headers: string[];
  rows: string[][];
  /** csv/… : the table as a file (set by downloads.ts once the view is built) */
  download?: string;
}

export interface ChartView {
  /** canvas element id, also the key of its spec in the chart data */
  id: string;
  title: string;
  /** a one-sentence text alternative for the canvas */
  description: string;
  table: TableView;
}

export interface MethodEntryView {
  anchor: string;
  name: string;
  rules: string;
  definition: string;
  /** the survey questions the industry entry quotes */
  questions?: SurveyQuestionView[];
}

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  /** draw this dataset as a line over bars */
  line?: boolean;
  /** put it on the right-hand axis */
  right?: boolean;
  /** index into the page's palette, so colours stay the same for one meaning */
  colour: number;
}

export interface ChartSpec {
  /** scatter: one point per (x[i], data[i]), on value axes (correlations) */
  kind: 'bar' | 'line' | 'scatter';
  labels: string[];
  datasets: ChartDataset[];
  stacked: boolean;
  horizontal: boolean;
  yTitle: string;
  rightTitle?: string;
  /** values are shares 0..1: axes and tooltips show percentages */
  percent?: boolean;
  /**
   * Days since 1970-01-01 (UTC) of each point: the x axis is then a time line, so runs missed
   * for weeks show as a gap rather than as neighbours; `labels` may be empty.
   */
  x?: number[];
  /** scatter: the x axis's title, and logarithmic axes */
  xTitle?: string;
  logX?: boolean;
  logY?: boolean;
  /** categories to shade (weeks in a business peak), named in the legend */
  highlight?: { indexes: number[]; label: string };
}
