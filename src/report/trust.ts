// The trust line at the top of "At a glance" (T2–T4, D2): when a tier is withheld, or the source
// was assumed or picked by `auto`, one line says so and what to do about it. Pure.
import type { DoraMetrics, MetricsReport, TierWithheld } from '../metrics/types.js';
import { DEFAULT_TAG_PATTERN, PACKAGE_TAG_PATTERN } from '../metrics/sources.js';
import { DAY_MS } from '../metrics/stats.js';
import { formatDate, plural } from '../translate/format.js';

type RatedKey = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore';

const RATED: { key: RatedKey; name: string; sample: (d: DoraMetrics) => string }[] = [
  {
    key: 'deploymentFrequency',
    name: 'deployment frequency',
    sample: (d) => plural(d.deploymentFrequency.count, 'deployment'),
  },
  {
    key: 'leadTime',
    name: 'lead time',
    sample: (d) => `${plural(d.leadTime.changes, 'shipped change')}; a tier needs 5`,
  },
  {
    key: 'changeFailureRate',
    name: 'change failure rate',
    sample: (d) => `${plural(d.changeFailureRate.deployments, 'deployment')}; a tier needs 10`,
  },
  {
    key: 'timeToRestore',
    name: 'time to restore',
    sample: (d) => `${plural(d.timeToRestore.restored, 'restored failure')}; a tier needs 3`,
  },
];

function withheldBy(d: DoraMetrics, reason: TierWithheld): RatedKey[] {
  return RATED.filter(({ key }) => d[key].tierWithheld === reason).map(({ key }) => key);
}

/** "environment:production" → "GitHub deployments to production", as a reader says it. */
export function describeSource(source: string): string {
  const [kind, ...rest] = source.split(':');
  const arg = rest.join(':');
  switch (kind) {
    case 'environment':
      return `GitHub deployments to ${arg || 'production'}`;
    case 'releases':
      return 'GitHub releases';
    case 'tags':
      if (arg === PACKAGE_TAG_PATTERN) return 'package release tags (name@1.2.3, name-v1.2.3)';
      if (arg === DEFAULT_TAG_PATTERN) return 'version tags (v1.2.3)';
      return `tags matching ${arg}`;
    case 'workflow':
      return `successful runs of the workflow ${arg}`;
    case 'merges':
      return 'merges into the default branch';
    default:
      return source;
  }
}

/** The source as --source takes it, unless it is too long to read in a sentence (the package pattern). */
function sourceInParentheses(source: string): string {
  const named = source === `tags:${PACKAGE_TAG_PATTERN}` || source === `tags:${DEFAULT_TAG_PATTERN}`;
  return named || source.length > 40 ? '' : ` (${source})`;
}

/** The day after `time`'s UTC date, as --until takes it: "2026-10-05". */
function dayAfter(time: string): string {
  const date = new Date(time);
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** D2/T3: the --source to try instead of merges, from what auto saw. */
function suggestedSource(report: MetricsReport): string {
  const top = report.source.packages?.[0];
  if (top) return `--source '${top.source}', the tags of ${top.name}, the most released package`;
  const tagged = report.source.tried.find((t) => t.source.startsWith('tags:') && (t.tags ?? 0) > 0);
  if (tagged)
    return `--source '${tagged.source}', whose ${plural(tagged.tags ?? 0, 'tag')} this history holds`;
  return `--source 'tags:^v\\d+', --source environment:NAME or --source workflow:deploy.yml`;
}

/**
 * The sentences that apply, in order of weight: T4, T3, shallow, T2, auto. null: nothing to say.
 * `autoNote: false` leaves out the note on a source auto found (summary.md and the terminal say
 * the source on their first line already).
 */
export function buildTrustLine(report: MetricsReport, options: { autoNote?: boolean } = {}): string | null {
  const d = report.dora;
  const sentences: string[] = [];
  const ends = report.dataQuality.historyEnds;
  if (withheldBy(d, 'history-ends-before-window').length > 0) {
    const date = ends ? formatDate(ends) : 'no recorded date';
    const until = ends ? ` --until ${dayAfter(ends)}` : ' an earlier --until';
    sentences.push(
      `The history ends on ${date}, before this window begins, so these figures earn no tier: pass${until} or fetch the newer history.`,
    );
  }
  if (report.source.assumed) {
    sentences.push(
      `Deployments are assumed: nothing in this history says when code reached production, so these figures describe merging, not releasing, and earn no tier. Name the real source with --source (for example ${suggestedSource(report)}).`,
    );
  }
  if (report.dataQuality.shallowHistory) {
    sentences.push(
      'This clone is shallow, so lead times are cut and earn no tier: fetch the full history (git fetch --unshallow --tags).',
    );
  }
  if (report.previous.beforeHistory === true) sentences.push(youngHistory(report));
  const few = RATED.filter(({ key }) => d[key].tierWithheld === 'too-few');
  if (few.length > 0) {
    const names = few.map(({ name, sample }) => `${name} (${sample(d)})`);
    sentences.push(
      `Too few to rate: ${joinWords(names)} ${few.length === 1 ? 'earns' : 'earn'} no tier; a longer window (--days) gives a larger sample.`,
    );
  }
  if ((options.autoNote ?? true) && report.source.requested === 'auto' && !report.source.assumed) {
    sentences.push(
      `Deployments are the ${describeSource(report.source.deployments)} that auto chose${sourceInParentheses(report.source.deployments)}; if production is released another way, name it with --source.`,
    );
  }
  return sentences.length ? sentences.join(' ') : null;
}

/** N1's open case: a history that begins after the previous window, maybe inside this one. */
function youngHistory(report: MetricsReport): string {
  const begins = report.dataQuality.historyBegins!;
  const into = Math.floor((Date.parse(begins) - Date.parse(report.window.since)) / DAY_MS);
  const rates =
    into > 0 && begins < report.window.until
      ? `, ${plural(into, 'day')} into this window, so its rates (deployments and merges a week) count the days before it${report.dora.deploymentFrequency.tierWithheld === 'history-begins-in-window' ? ' and deployment frequency earns no tier' : ''}`
      : '';
  return `The history begins on ${formatDate(begins)}${rates}: nothing is compared with the previous ${report.previous.window.days} days.`;
}

function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
