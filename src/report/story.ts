// The page's first screen: each DORA key's headline in words with its trend and its tier (or why
// it has none), the one bottleneck (F2) and the trust line (T2–T4). A reader who stops here has the
// whole message; everything below is detail. Pure.
import type { Translation } from '../translate/index.js';
import type { TierView, TrendView } from '../translate/tiers.js';
import { formatDuration } from '../translate/format.js';
import { sectionId } from './anchors.js';

export interface StoryKeyView {
  key: string;
  name: string;
  /** "41 hours from first commit to production" */
  headline: string;
  trend: TrendView;
  /** null only for a key the benchmark does not rate (rework rate is not one of the four) */
  tier: TierView | null;
  /** the card with its chart and meaning */
  href: string;
}

export interface StoryView {
  keys: StoryKeyView[];
  /** "Bottleneck" when a phase is named, else "Where work waits" (no bottleneck is claimed) */
  bottleneckLabel: string;
  /** "Waiting for deployment" or null when there is none to name */
  bottleneckName: string | null;
  /** "median 20 hours; merged work waits to be released…", or why no bottleneck is named */
  bottleneck: string;
  bottleneckHref: string;
}

/** The four keys the DORA research rates; rework rate (C4) has no tier and stays on its card. */
const FOUR = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];

export function buildStory(t: Translation): StoryView {
  const keys = t.dora
    .filter((m) => FOUR.includes(m.key))
    .map((m) => ({
      key: m.key,
      name: m.name,
      headline: m.value,
      trend: m.trend,
      tier: m.tier,
      href: `#${sectionId.metric(m.key)}`,
    }));
  const found = t.flow?.bottleneck ?? null;
  const bottleneck = found
    ? `median ${formatDuration(found.hours)}. ${found.advice}`
    : t.flow
      ? 'no single phase of cycle time stands out.'
      : 'none can be named: this history has no pull requests, so the waits between coding, review and release cannot be seen.';
  return {
    keys,
    bottleneckLabel: found ? 'Bottleneck' : 'Where work waits',
    bottleneckName: found?.name ?? null,
    bottleneck,
    bottleneckHref: t.flow ? `#${sectionId.flowCycle}` : `#${sectionId.flow}`,
  };
}
