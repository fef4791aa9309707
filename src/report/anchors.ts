// The page's stable anchors: every section and every metric card has an id that the table of
// contents, the pull request comment and the job summary link to (report URL + "#" + id). Changing
// one breaks links already posted in pull requests, so they live here, named once.
export const sectionId = {
  glance: 'at-a-glance',
  dora: 'dora',
  metric: (key: string) => `metric-${key}`,
  history: 'history',
  flow: 'flow',
  flowCycle: 'flow-cycle',
  flowThroughput: 'flow-throughput',
  flowEfficiency: 'flow-efficiency',
  flowMix: 'flow-mix',
  impact: 'impact',
  business: 'business',
  context: 'context-business',
  insights: 'context-insights',
  health: 'context-health',
  records: 'drilldown',
  quality: 'data-quality',
  about: 'about',
} as const;

export interface TocEntry {
  href: string;
  text: string;
}

/** The table of contents: the sections this report has, in page order, and the methodology's page. */
export function tableOfContents(has: {
  flow: boolean;
  business: boolean;
  context: boolean;
  declared: boolean;
}): TocEntry[] {
  const entries: [boolean, string, string][] = [
    [true, sectionId.dora, 'DORA keys'],
    [true, sectionId.flow, 'Flow'],
    [true, sectionId.impact, 'Business impact'],
    [has.business, sectionId.business, 'Business measures'],
    [has.context && has.declared, sectionId.context, 'Services and peaks'],
    [has.context, sectionId.insights, 'Bottlenecks'],
    [has.context, sectionId.health, 'Engineering health'],
    [true, sectionId.records, 'Records'],
    [true, sectionId.quality, 'Data quality'],
  ];
  return [
    ...entries.filter(([shown]) => shown).map(([, id, text]) => ({ href: `#${id}`, text })),
    { href: METHODOLOGY_PAGE, text: 'Methodology' },
  ];
}

/** Every table of the page as a CSV file, in this folder beside index.html (csv.ts). */
export const CSV_FOLDER = 'csv';

/** The methodology's own page, beside index.html. */
export const METHODOLOGY_PAGE = 'methodology.html';

/** `https://…/report/#metric-leadTime`: a link to one section of the published report. */
export function sectionUrl(reportUrl: string, id: string): string {
  return `${reportUrl.replace(/#.*$/, '')}#${id}`;
}
