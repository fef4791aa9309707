// The small views every section of the page is built from: a table, a chart with its table, a
// methodology entry. Kept apart so that view-types.ts and context-types.ts both build on them.
import type { SurveyQuestionView } from './industry-view.js';

export interface TableView {
  caption: string;
  headers: string[];
  rows: string[][];
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
