// The shape of rollup.json (docs/metrics.md, "Output: rollup.json") and what a member keeps of
// its metrics.json: only what O2 pools, so that a roll-up of many documents holds one at a time.
import type {
  DoraMetrics,
  FlowDistribution,
  FlowMetrics,
  Tier,
  Trend,
  WindowInfo,
} from '../metrics/types.js';

export const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
export type DoraKey = (typeof DORA_KEYS)[number];

/** One window of a member, reduced to what O2 pools. */
export interface MemberWindow {
  deployments: number;
  failed: number;
  rework: number;
  events: number;
  restored: number;
  unrestored: number;
  downtimeHours: number;
  /** L4: the member's lead-time sample (each change once) */
  leadHours: Float64Array;
  /** R1: restore durations of the restored failure events that start in the window */
  restoreHours: Float64Array;
  /** null when the member's flow is null (a commits-only world) */
  flow: MemberFlow | null;
}

export interface MemberFlow {
  merged: number;
  open: number;
  cycleHours: Float64Array;
  codingHours: Float64Array;
  /** phases only where a pull request has them (F2) */
  pickupHours: Float64Array;
  reviewHours: Float64Array;
  deployHours: Float64Array;
  lines: Float64Array;
  /** F4 over the member's reviewed and shipped pull requests */
  handsOnHours: number;
  elapsedHours: number;
  categories: FlowDistribution;
}

/** A member's weeks (W3), for O5. */
export interface MemberWeek {
  weekStart: string;
  deployments: number;
  failedDeployments: number;
  mergedPullRequests: number | null;
}

export interface Member {
  /** owner/name as its metrics.json says */
  repository: string;
  file: string;
  url: string | null;
  /** its own report's address, when its run knew it (the Pages site) */
  reportUrl: string | null;
  source: { deployments: string; assumed: boolean };
  dora: DoraMetrics;
  previousDora: DoraMetrics;
  trends: Record<string, Trend>;
  /** T4: the latest recorded time of its history */
  historyEnds: string | null;
  /** its history begins inside the window: the previous window holds none of it (N1) */
  newHistory: boolean;
  current: MemberWindow;
  previous: MemberWindow;
  weekly: MemberWeek[];
  /** O5: the times its current window's lead-time changes were shipped, beside leadHours */
  leadShippedAt: Float64Array;
}

/** O2–O4: one repository's DORA figures, pooled over the union, without the tiers (O4). */
export interface PooledDora {
  deploymentFrequency: Pick<DoraMetrics['deploymentFrequency'], 'count' | 'perDay' | 'perWeek'>;
  leadTime: Pick<DoraMetrics['leadTime'], 'changes' | 'medianHours' | 'p75Hours' | 'p90Hours'>;
  changeFailureRate: Pick<DoraMetrics['changeFailureRate'], 'deployments' | 'failed' | 'rate'>;
  timeToRestore: Pick<
    DoraMetrics['timeToRestore'],
    'events' | 'restored' | 'unrestored' | 'medianHours' | 'p75Hours' | 'p90Hours' | 'downtimeHours'
  >;
  reworkRate: DoraMetrics['reworkRate'];
}

/** O2's pooled flow has the shape of one repository's (F1–F6), computed over the union. */
export type PooledFlow = FlowMetrics;

export type TierCounts = Record<Tier | 'unrated', number>;

export interface GroupWeek {
  weekStart: string;
  deployments: number;
  failedDeployments: number;
  mergedPullRequests: number | null;
  leadTimeMedianHours: number | null;
}

export interface Group {
  name: string;
  members: string[];
  /** O3: members whose deployments are assumed, left out of every figure that uses deployments */
  assumedMembers: number;
  /**
   * Members whose history begins inside the window (their previous window held nothing): the
   * pooled previous figures lack them, so the trends count their arrival as change.
   */
  newMembers: number;
  dora: PooledDora;
  flow: PooledFlow | null;
  tiers: Record<DoraKey, TierCounts>;
  previous: { dora: PooledDora; flow: PooledFlow | null; tiers: Record<DoraKey, TierCounts> };
  /** N1 on the pooled figures */
  trends: Record<string, Trend>;
  weekly: GroupWeek[];
}

export interface RollupMember {
  repository: string;
  url: string | null;
  reportUrl: string | null;
  source: { deployments: string; assumed: boolean };
  dora: DoraMetrics;
  trends: Record<string, Trend>;
  historyEnds: string | null;
}

/** A place to look first on the organisation's first screen. */
export interface Lead {
  kind: 'worsened' | 'assumed' | 'history';
  repositories: string[];
  /** the key that worsened most (kind worsened) */
  key: DoraKey | null;
  /** current and previous values of that key */
  current: number | null;
  previous: number | null;
}

export interface RollupReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  window: WindowInfo;
  previousWindow: WindowInfo;
  benchmarks: { name: string };
  members: RollupMember[];
  /** the configuration's `expected` repositories with no metrics.json among the inputs */
  expected: { count: number; missing: string[] };
  groups: Group[];
  leads: Lead[];
}

export interface RollupConfig {
  teams: { name: string; members: string[] }[];
  expected: string[];
}
