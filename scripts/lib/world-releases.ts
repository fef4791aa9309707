// Releases and tags: a semver release on the first production deployment of each week, the
// version bumped by what was merged since (feat → minor, "!:" → major, else patch); some
// release candidates before, annotated and lightweight tags, a draft at the end.
import type { WorldRelease, WorldTag } from '../../src/world/types.js';
import type { Random } from './random.js';
import type { Draft } from './world-drafts.js';
import type { Shipped } from './world-deployments.js';
import { type History, headIndexAt } from './world-history.js';
import { DAY, MINUTE, iso } from './world-time.js';

const WEEK = 7 * DAY;
const MONDAY_OFFSET = 4 * DAY; // 1970-01-01 was a Thursday

function weekOf(ms: number): number {
  return Math.floor((ms - MONDAY_OFFSET) / WEEK);
}

export function buildReleases(
  random: Random,
  shipped: readonly Shipped[],
  merged: readonly Draft[],
  history: History,
  until: number,
  branch: string,
): { releases: WorldRelease[]; tags: WorldTag[] } {
  const releases: WorldRelease[] = [];
  const tags: WorldTag[] = [];
  const version = [1, 0, 0];
  let week = -1;
  let sinceIndex = 0; // merged[sinceIndex..] are not released yet
  let previous: Shipped | null = null;
  for (const s of shipped) {
    const successAt = s.attempt.successAt;
    if (s.ref !== branch || successAt === null) continue;
    if (weekOf(successAt) !== week) {
      week = weekOf(successAt);
      let upTo = sinceIndex;
      while (upTo < merged.length && (merged[upTo].merged as number) <= s.attempt.createdAt) upTo++;
      if (releases.length > 0) bump(version, merged.slice(sinceIndex, upTo));
      sinceIndex = upTo;
      if (previous && random.chance(0.15)) candidate(random, version, previous, history, releases, tags);
      release(random, version, s, history, until, releases, tags);
    }
    previous = s;
  }
  return { releases, tags };
}

function bump(version: number[], drafts: readonly Draft[]): void {
  const titles = drafts.map((d) => d.title.title);
  // "type!:" marks a breaking change; a revert's "!" does not (Revert(scope)!: …).
  if (titles.some((t) => /^(?!revert)[a-z]+(\([^)]*\))?!:/i.test(t)))
    version.splice(0, 3, version[0] + 1, 0, 0);
  else if (titles.some((t) => /^feat/i.test(t) || /^(Add|Support|Introduce|Enable) /.test(t))) {
    version.splice(1, 2, version[1] + 1, 0);
  } else version[2] += 1;
}

function committedAt(history: History, s: Shipped): number {
  return history.chainTimes[headIndexAt(history, s.attempt.createdAt)];
}

function release(
  random: Random,
  version: number[],
  s: Shipped,
  history: History,
  until: number,
  releases: WorldRelease[],
  tags: WorldTag[],
): void {
  const name = `v${version.join('.')}`;
  const createdAt = (s.attempt.successAt as number) + random.int(10, 40) * MINUTE;
  const draft = createdAt > until - 3 * DAY && random.chance(0.5);
  const publishedAt = createdAt + random.int(1, 15) * MINUTE;
  const annotated = random.chance(0.4);
  releases.push({
    tagName: name,
    name: random.chance(0.85) ? `Release ${name}` : null,
    createdAt: iso(createdAt),
    publishedAt: draft || publishedAt >= until ? null : iso(publishedAt),
    isDraft: draft,
    isPrerelease: false,
    tagCommitSha: draft ? null : s.sha,
  });
  if (draft) return; // a draft release has no tag until it is published
  const taggedAt = iso(annotated ? createdAt : committedAt(history, s));
  tags.push({ name, sha: s.sha, taggedAt });
  // D3: the first release was also tagged without the "v"; both name one deployment.
  if (releases.length === 1) tags.push({ name: version.join('.'), sha: s.sha, taggedAt });
}

function candidate(
  random: Random,
  version: number[],
  s: Shipped,
  history: History,
  releases: WorldRelease[],
  tags: WorldTag[],
): void {
  const name = `v${version.join('.')}-rc.1`;
  const createdAt = (s.attempt.successAt as number) + random.int(5, 30) * MINUTE;
  releases.push({
    tagName: name,
    name: `Release candidate ${name}`,
    createdAt: iso(createdAt),
    publishedAt: iso(createdAt + 2 * MINUTE),
    isDraft: false,
    isPrerelease: true,
    tagCommitSha: s.sha,
  });
  tags.push({ name, sha: s.sha, taggedAt: iso(committedAt(history, s)) });
}
