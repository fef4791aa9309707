// The view of the context section: plain data with final text, as view-types.ts.
import type { ChartView, MethodEntryView, TableView } from './view-parts.js';

export interface StandingView {
  metric: string;
  value: string;
  target: string;
  /** "Met", "Missed", "No data" */
  status: string;
  /** for the page's colours: trend-better, trend-worse or trend-none */
  statusClass: string;
}

export interface ServiceView {
  /** a safe anchor (service-1 …): names are the user's text */
  id: string;
  name: string;
  selector: string;
  deployments: string;
  /** "Meets 2 of 4 targets." or "No targets set." */
  verdict: string;
  figures: TableView;
  standing: StandingView[];
  /** csv/… of `standing` */
  standingDownload?: string;
  notes: string[];
}

export interface CorrelationView {
  id: string;
  title: string;
  /** the plain-words reading, saying when the sample is too small to mean anything */
  reading: string;
  chart: ChartView;
}

export interface ContextView {
  /** "Configured by .github/dora.yml." or how to add a configuration */
  configuration: string;
  /** the section on services, weights and peaks has something to say (or says how to add them) */
  declared: boolean;
  services: ServiceView[];
  servicesOverview: TableView | null;
  streams: { text: string; table: TableView } | null;
  impact: {
    weights: string;
    rule: string;
    leadTime: string;
    failureRate: string;
    table: TableView;
  } | null;
  calendar: {
    peaks: string[];
    marking: string;
    table: TableView;
  } | null;
  bottleneck: { text: string; table: TableView } | null;
  correlations: CorrelationView[];
  health: {
    ciValue: string;
    ci: string;
    ciSpread: string;
    ciTable: TableView | null;
    ciChart: ChartView | null;
    reviewValue: string;
    reviews: string;
    reviewSpread: string;
    botValue: string;
    bots: string;
    botAuthors: { author: string; changes: string }[];
  };
  /** definitions for the page's methodology, each with its anchor */
  methods: MethodEntryView[];
}
