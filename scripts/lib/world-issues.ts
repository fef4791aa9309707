// Issues: incidents (label "incident" in any case, C1) opened after a production deployment and
// closed hours to a day later, a few never closed; and ordinary issues, some with labels that
// merely contain the word (incident-review), which C1's exact match must ignore.
import type { WorldIssue } from '../../src/world/types.js';
import type { Random } from './random.js';
import type { Shipped } from './world-deployments.js';
import { DAY, HOUR, MINUTE, humanDelay, iso, workingMoment } from './world-time.js';

export interface IssueDraft {
  created: number;
  seq: number;
  issue: WorldIssue;
}

const INCIDENT_TITLES = [
  'Checkout returns 500 for some users',
  'Search is down',
  'Elevated latency on the API',
  'Payments failing for EU cards',
  'Product images not loading',
  'Order confirmation e-mails delayed',
  'Login loop on mobile Safari',
];

const ISSUE_TITLES: [string, string[]][] = [
  ['Coupon field is hard to find', ['enhancement']],
  ['Wrong currency symbol in receipts', ['bug']],
  ['How do I export orders?', ['question']],
  ['Follow-up actions from the last outage', ['incident-review']],
  ['Post-mortem: checkout latency', ['post-incident', 'documentation']],
  ['Crash when the cart has 100 items', ['Bug', 'P1']],
];

export function draftIncidents(
  random: Random,
  shipped: readonly Shipped[],
  until: number,
  share: number,
): IssueDraft[] {
  const successes = shipped.filter((s) => s.attempt.successAt !== null);
  const incidents: IssueDraft[] = [];
  for (let i = 0; i < successes.length; i++) {
    if (!random.chance(share)) continue;
    const from = successes[i].attempt.successAt as number;
    const next = successes[i + 1]?.attempt.successAt ?? until;
    if (next - from < 20 * MINUTE) continue;
    // Start before the next deployment, so C1 attributes the incident to this one.
    const created = from + Math.min(humanDelay(random, 1.5, 1, 5 * MINUTE, DAY), (next - from) * 0.8);
    const restore = humanDelay(random, 3.5, 1.1, 15 * MINUTE, 3 * DAY);
    const forgotten = random.chance(0.03);
    const closed = forgotten || created + restore >= until ? null : created + restore;
    const label = random.weighted<string>([
      ['incident', 70],
      ['Incident', 20],
      ['INCIDENT', 10],
    ]);
    incidents.push({
      created: Math.floor(created / 1000) * 1000,
      seq: incidents.length,
      issue: {
        number: 0,
        title: random.pick(INCIDENT_TITLES),
        author: random.chance(0.9) ? 'pagerduty[bot]' : null, // null: a deleted account
        state: closed === null ? 'OPEN' : 'CLOSED',
        labels: [label, random.pick(['sev1', 'sev2', 'sev2', 'sev3'])],
        createdAt: iso(created),
        closedAt: closed === null ? null : iso(closed),
      },
    });
  }
  // C1/R1 need an unrestored case in every world with incidents: the latest is still open.
  const latest = incidents[incidents.length - 1];
  if (latest && incidents.every((i) => i.issue.closedAt !== null)) {
    latest.issue.state = 'OPEN';
    latest.issue.closedAt = null;
  }
  return incidents;
}

export function draftIssues(
  random: Random,
  count: number,
  start: number,
  until: number,
  team: readonly string[],
) {
  const issues: IssueDraft[] = [];
  for (let i = 0; i < count; i++) {
    const created = workingMoment(random, start, until);
    const [title, labels] = random.pick(ISSUE_TITLES);
    const closed = random.chance(0.6) ? created + humanDelay(random, 5 * 24, 1.2, HOUR, 90 * DAY) : null;
    const open = closed === null || closed >= until;
    issues.push({
      created,
      seq: 1_000_000 + i,
      issue: {
        number: 0,
        title,
        author: random.pick(team),
        state: open ? 'OPEN' : 'CLOSED',
        labels: [...labels],
        createdAt: iso(created),
        closedAt: open ? null : iso(closed),
      },
    });
  }
  return issues;
}
