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

/** The methodology's own page, beside index.html. */
export const METHODOLOGY_PAGE = 'methodology.html';

/** `https://…/report/#metric-leadTime`: a link to one section of the published report. */
export function sectionUrl(reportUrl: string, id: string): string {
  return `${reportUrl.replace(/#.*$/, '')}#${id}`;
}
