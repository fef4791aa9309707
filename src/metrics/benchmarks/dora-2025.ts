// The 2025 DORA Quick Check's industry rows: per industry, the mean and standard deviation of the
// 2025 survey respondents' answers on a 0–10 scale (10 best) for each metric (docs/benchmarks.md,
// "dora-2025", P1–P4; used by ../industry.ts).
//
// Copied verbatim, numbers and names, from
//   repository: https://github.com/dora-team/dora.dev
//   file:       svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json
//   commit:     fcaf07b49791e8a16e39b85dbf92610520bf80b6 (2026-06-26)
// and read as that repository's svelte/quick-check/src/lib/data-service.ts (same commit) reads it.
// Only the five per-metric rows are kept (the file's performance_average, throughput and
// instability aggregates are not used). As in the source, `changefailure` and `rework` hold the
// mean answer as *percent ÷ 10* (1.9 is a mean answer of 19 %): their score-space mean is 10 minus
// it (P3); the other three are already in score space. Each `std` is in score space.
//
// The same edition's organisation-size file is left out: its recovery mean for all organisations
// (2.6) disagrees with this file's (7.4) for the same respondents (docs/benchmarks.md).

export interface SurveyFigure {
  mean: number;
  std: number;
}

export interface IndustryRow {
  name: string;
  leadtime: SurveyFigure;
  deployfreq: SurveyFigure;
  failurerecovery: SurveyFigure;
  changefailure: SurveyFigure;
  rework: SurveyFigure;
}

export const DORA_2025_EDITION = 'dora-2025';

export const DORA_2025_SOURCE = {
  repository: 'https://github.com/dora-team/dora.dev',
  path: 'svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json',
  commit: 'fcaf07b49791e8a16e39b85dbf92610520bf80b6',
} as const;

/** Keyed as in the source file, in its order ("all" first). */
export const DORA_2025_INDUSTRIES = {
  all: {
    name: 'All industries',
    leadtime: { mean: 5.5, std: 2.4 },
    deployfreq: { mean: 4.8, std: 2.8 },
    failurerecovery: { mean: 7.4, std: 2.1 },
    changefailure: { mean: 1.9, std: 2.1 },
    rework: { mean: 2.2, std: 2.2 },
  },
  consumer: {
    name: 'Retail/Consumer/e-Commerce',
    leadtime: { mean: 5.9, std: 2.3 },
    deployfreq: { mean: 5.3, std: 2.7 },
    failurerecovery: { mean: 7.8, std: 1.8 },
    changefailure: { mean: 1.7, std: 2.0 },
    rework: { mean: 2.0, std: 1.9 },
  },
  media_entertainment: {
    name: 'Media & Entertainment',
    leadtime: { mean: 5.8, std: 2.4 },
    deployfreq: { mean: 5.2, std: 2.7 },
    failurerecovery: { mean: 7.6, std: 2.1 },
    changefailure: { mean: 1.8, std: 1.8 },
    rework: { mean: 1.8, std: 1.7 },
  },
  non_profit: {
    name: 'Non-profit',
    leadtime: { mean: 5.9, std: 2.7 },
    deployfreq: { mean: 4.5, std: 2.6 },
    failurerecovery: { mean: 7.5, std: 1.8 },
    changefailure: { mean: 2.2, std: 2.8 },
    rework: { mean: 2.1, std: 2.5 },
  },
  technology: {
    name: 'Technology',
    leadtime: { mean: 5.7, std: 2.4 },
    deployfreq: { mean: 4.9, std: 2.8 },
    failurerecovery: { mean: 7.4, std: 2.1 },
    changefailure: { mean: 1.9, std: 2.0 },
    rework: { mean: 2.3, std: 2.2 },
  },
  telecommunications: {
    name: 'Telecommunications',
    leadtime: { mean: 5.2, std: 2.4 },
    deployfreq: { mean: 4.7, std: 2.6 },
    failurerecovery: { mean: 7.2, std: 2.3 },
    changefailure: { mean: 2.4, std: 2.5 },
    rework: { mean: 2.6, std: 2.5 },
  },
  other: {
    name: 'Other',
    leadtime: { mean: 5.7, std: 2.4 },
    deployfreq: { mean: 5.0, std: 2.7 },
    failurerecovery: { mean: 7.6, std: 2.0 },
    changefailure: { mean: 1.6, std: 1.9 },
    rework: { mean: 2.0, std: 2.0 },
  },
  education: {
    name: 'Education',
    leadtime: { mean: 5.5, std: 2.6 },
    deployfreq: { mean: 4.5, std: 2.9 },
    failurerecovery: { mean: 6.6, std: 2.6 },
    changefailure: { mean: 2.7, std: 2.4 },
    rework: { mean: 2.9, std: 2.3 },
  },
  financial_services: {
    name: 'Financial Services',
    leadtime: { mean: 5.4, std: 2.3 },
    deployfreq: { mean: 5.1, std: 2.6 },
    failurerecovery: { mean: 7.7, std: 1.9 },
    changefailure: { mean: 1.7, std: 2.1 },
    rework: { mean: 1.9, std: 1.9 },
  },
  healthcare_pharmaceuticals: {
    name: 'Healthcare & Pharmaceuticals',
    leadtime: { mean: 5.0, std: 2.6 },
    deployfreq: { mean: 4.3, std: 2.8 },
    failurerecovery: { mean: 7.1, std: 2.2 },
    changefailure: { mean: 2.5, std: 2.3 },
    rework: { mean: 2.6, std: 2.4 },
  },
  energy: {
    name: 'Energy',
    leadtime: { mean: 5.4, std: 2.5 },
    deployfreq: { mean: 4.5, std: 2.7 },
    failurerecovery: { mean: 7.2, std: 1.9 },
    changefailure: { mean: 1.8, std: 1.8 },
    rework: { mean: 2.1, std: 1.9 },
  },
  government: {
    name: 'Government',
    leadtime: { mean: 4.8, std: 2.6 },
    deployfreq: { mean: 4.3, std: 3.0 },
    failurerecovery: { mean: 7.0, std: 2.1 },
    changefailure: { mean: 2.1, std: 2.2 },
    rework: { mean: 2.4, std: 2.2 },
  },
  insurance: {
    name: 'Insurance',
    leadtime: { mean: 4.8, std: 2.2 },
    deployfreq: { mean: 4.4, std: 2.5 },
    failurerecovery: { mean: 7.5, std: 1.8 },
    changefailure: { mean: 1.7, std: 2.0 },
    rework: { mean: 1.8, std: 1.9 },
  },
  industrials_manufacturing: {
    name: 'Industrials & Manufacturing',
    leadtime: { mean: 4.9, std: 2.6 },
    deployfreq: { mean: 3.7, std: 2.7 },
    failurerecovery: { mean: 6.5, std: 2.3 },
    changefailure: { mean: 2.0, std: 1.9 },
    rework: { mean: 2.4, std: 2.3 },
  },
} as const satisfies Record<string, IndustryRow>;
