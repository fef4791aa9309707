// Reverts in every form docs/metrics.md C2 recognises, timed against the deployment that shipped
// their target: most are merged hours after it (a failed deployment, restored when the revert
// ships), some before it (shipped in the same deployment: no failure), a few have no target.
import type { Random } from './random.js';
import type { Draft, DraftContext, RevertFormat } from './world-drafts.js';
import { type Attempt, addOnDemand, shippingAttempt } from './world-schedule.js';
import { DAY, HOUR, MINUTE, humanDelay } from './world-time.js';

const ORPHAN_TITLES = ['Experiment: new pricing banner', 'Try a faster image CDN', 'Temporary logging'];

export function draftReverts(
  ctx: DraftContext,
  merged: Draft[],
  attempts: Attempt[],
  count: number,
): Draft[] {
  const { random } = ctx;
  const targets = pickTargets(random, merged, attempts, count, ctx.until);
  const reverts: Draft[] = [];
  for (const target of targets) {
    const format = random.weighted<RevertFormat>([
      ['button', 34],
      ['git', 20],
      ['conventional', 14],
      ['scoped', 10],
      ['body-only', 10],
      ['short-sha', 8],
      ['orphan', 4],
    ]);
    const revert = draftRevert(ctx, target, attempts, merged.length + reverts.length);
    revert.revert = { target: format === 'orphan' ? null : target, format };
    if (format === 'orphan') revert.title.title = `Revert "${random.pick(ORPHAN_TITLES)}"`;
    reverts.push(revert);
  }
  return reverts;
}

/** Distinct merged, shipped pull requests, in merge order (so on-demand deploys never move a
 * target that was already placed: they come after its shipping deployment). */
function pickTargets(
  random: Random,
  merged: Draft[],
  attempts: Attempt[],
  count: number,
  until: number,
): Draft[] {
  const eligible = merged.filter((d) => {
    const ship = shippingAttempt(attempts, d.merged as number);
    return ship !== -1 && (attempts[ship].successAt as number) < until - 6 * HOUR;
  });
  const chosen = new Set<Draft>();
  for (let tries = 0; chosen.size < Math.min(count, eligible.length) && tries < count * 20; tries++) {
    chosen.add(random.pick(eligible));
  }
  return [...chosen].sort((a, b) => (a.merged as number) - (b.merged as number) || a.seq - b.seq);
}

function draftRevert(ctx: DraftContext, target: Draft, attempts: Attempt[], seq: number): Draft {
  const { random } = ctx;
  const ship = attempts[shippingAttempt(attempts, target.merged as number)];
  const gap = ship.createdAt - (target.merged as number);
  let created: number;
  let merged: number | null;
  if (gap > 40 * MINUTE && random.chance(0.2)) {
    // Caught in review before the deploy: the revert ships with its target (C2: no failure).
    created = (target.merged as number) + random.between(5 * MINUTE, gap / 3);
    merged = created + random.between(5 * MINUTE, gap / 3);
  } else {
    created = (ship.successAt as number) + humanDelay(random, 3, 1, 15 * MINUTE, 2 * DAY);
    merged = created + random.int(10, 60) * MINUTE;
  }
  created = Math.floor(created / 1000) * 1000;
  merged = Math.floor(merged / 1000) * 1000;
  if (merged >= ctx.until)
    merged = null; // still in review at the end: its target stays unrestored
  else if (merged > ship.createdAt && random.chance(0.75)) addOnDemand(random, attempts, merged, ctx.until);
  return {
    seq,
    created,
    merged,
    closed: merged,
    started: created - random.int(2, 20) * MINUTE,
    pickedUp: random.chance(0.85) ? created + random.int(2, 9) * MINUTE : null,
    author: random.chance(0.5) && target.author !== 'dependabot[bot]' ? target.author : random.pick(ctx.team),
    kind: 'other',
    title: { title: '', scope: target.title.scope },
    base: ctx.branch,
    draft: false,
    mergeCommit: false,
    revert: null,
    number: 0,
  };
}

const CONVENTIONAL = /^[A-Za-z]+(\([^)]*\))?!?:\s*/;

function withoutType(title: string): string {
  return title.replace(CONVENTIONAL, '');
}

/** "Add coupon codes" → "add coupon codes", for titles that go after a verb. */
function asObject(title: string): string {
  const rest = withoutType(title);
  return rest[0] === rest[0]?.toUpperCase() && rest[1] !== rest[1]?.toUpperCase()
    ? rest[0].toLowerCase() + rest.slice(1)
    : rest;
}

/** The title of a revert, once numbers are known (C2 rules 1 and 3 read it). */
export function revertTitle(revert: Draft): string {
  const plan = revert.revert;
  if (plan === null || plan.target === null) return revert.title.title;
  const target = plan.target;
  switch (plan.format) {
    case 'button':
    case 'git':
      return `Revert "${target.title.title}"`;
    case 'conventional':
      return `revert: ${withoutType(target.title.title)}`;
    case 'scoped':
      return `Revert(${target.title.scope})!: ${withoutType(target.title.title)} (#${target.number})`;
    case 'body-only':
      return `Roll back ${asObject(target.title.title)}`;
    default:
      return `Undo ${asObject(target.title.title)}`;
  }
}

/** The body of a revert, once merge commits are known (C2 rules 1 and 2 read it). */
export function revertBody(
  random: Random,
  revert: Draft,
  repo: string,
  mergeSha: (d: Draft) => string,
): string {
  const plan = revert.revert;
  if (plan === null || plan.target === null) return '';
  const target = plan.target;
  switch (plan.format) {
    case 'button':
    case 'body-only':
      return `Reverts ${repo}#${target.number}`;
    case 'git':
      return `This reverts commit ${mergeSha(target)}.`;
    case 'short-sha':
      return `Broke checkout for some users.\n\nThis reverts commit ${mergeSha(target).slice(0, random.int(7, 12))}.`;
    default:
      return '';
  }
}
