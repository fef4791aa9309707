// O1: one metrics.json → one member, checked and reduced to what O2 pools. Pure: the document is
// already parsed; the caller drops it once the member is made, so a roll-up holds one at a time.
import { UserError } from '../errors.js';
import type {
  ChangeRecord,
  CycleRecord,
  DoraMetrics,
  FailureRecord,
  FlowDistribution,
  FlowMetrics,
  MetricsReport,
  PreviousChangeRecord,
  PreviousCycleRecord,
} from '../metrics/types.js';
import type { Member, MemberFlow, MemberWindow } from './types.js';

const TOOL = 'dora-flow-action';

/** What O1 compares across the documents of one roll-up. */
export interface WindowKey {
  since: string;
  until: string;
  days: number;
  benchmarks: string;
}

function refuse(file: string, message: string): UserError {
  return new UserError(`${file}: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A metrics.json this tool wrote: its tool, repository, window and figures are there. */
function checkShape(doc: unknown, file: string): asserts doc is MetricsReport {
  const expected = 'expected the metrics.json that dora-report or the Action wrote';
  if (!isObject(doc)) throw refuse(file, `is not a metrics.json (${expected})`);
  const tool = isObject(doc.tool) ? doc.tool.name : undefined;
  const repository = doc.repository;
  const window = doc.window;
  if (
    tool !== TOOL ||
    !isObject(repository) ||
    typeof repository.owner !== 'string' ||
    typeof repository.name !== 'string' ||
    !isObject(window) ||
    !isObject(doc.dora) ||
    !isObject(doc.previous) ||
    !isObject(doc.benchmarks) ||
    !isObject(doc.source)
  ) {
    throw refuse(file, `is not a metrics.json (${expected})`);
  }
  const records = doc.records;
  if (!isObject(records) || !isObject(records.previous)) {
    const version = isObject(doc.tool) ? String(doc.tool.version) : 'an older version';
    throw refuse(
      file,
      `has no records for the previous window (written by ${version}); re-run the metrics of ${repository.owner}/${repository.name} with this version, which writes both windows' records (O1)`,
    );
  }
}

export function windowKeyOf(doc: MetricsReport): WindowKey {
  return {
    since: doc.window.since,
    until: doc.window.until,
    days: doc.window.days,
    benchmarks: doc.benchmarks.name,
  };
}

/** O1: every document shares the window and the tier table of the first one read. */
export function checkSameWindow(first: { key: WindowKey; file: string }, key: WindowKey, file: string): void {
  const differs = (['since', 'until', 'days'] as const).find((name) => first.key[name] !== key[name]);
  if (differs !== undefined) {
    throw refuse(
      file,
      `its window ${key.since} – ${key.until} (${key.days} days) differs from ${first.file}'s ${first.key.since} – ${first.key.until} (${first.key.days} days); expected one window for every member: pass the same --until (the plan job's start, to the minute) and --days to every member run (O1)`,
    );
  }
  if (first.key.benchmarks !== key.benchmarks) {
    throw refuse(
      file,
      `its tier table ${key.benchmarks} differs from ${first.file}'s ${first.key.benchmarks}; expected one benchmarks table for every member (O1)`,
    );
  }
}

/** The non-null values, in one pass into a typed array (no intermediate list). */
function numbers<T>(items: readonly T[], pick: (item: T) => number | null): Float64Array {
  const out = new Float64Array(items.length);
  let n = 0;
  for (const item of items) {
    const value = pick(item);
    if (value !== null) out[n++] = value;
  }
  return n === out.length ? out : out.subarray(0, n);
}

function emptyCounts(): FlowDistribution {
  return { feature: 0, defect: 0, debt: 0, risk: 0, unclassified: 0 };
}

type Pr = CycleRecord | PreviousCycleRecord;

/**
 * The pull requests' phases (each where a pull request has it, F2), F4's sums and F5's counts.
 * One buffer per member and window, cut into the six phases: a roll-up of a thousand members
 * holds a few thousand buffers, not tens of thousands.
 */
function flowOf(flow: FlowMetrics, prs: readonly Pr[]): MemberFlow {
  let pickups = 0;
  let reviews = 0;
  let deploys = 0;
  let lines = 0;
  let handsOnHours = 0;
  let elapsedHours = 0;
  const categories = emptyCounts();
  for (const pr of prs) {
    categories[pr.category] += 1;
    if (pr.pickupHours !== null) pickups++;
    if (pr.reviewHours !== null) reviews++;
    if (pr.deployHours !== null) deploys++;
    if (pr.lines !== null) lines++;
    // F4: reviewed and shipped pull requests only.
    if (pr.pickupHours !== null && pr.reviewHours !== null && pr.deployHours !== null) {
      handsOnHours += pr.codingHours + pr.reviewHours;
      elapsedHours += pr.codingHours + pr.pickupHours + pr.reviewHours + pr.deployHours;
    }
  }
  const n = prs.length;
  const buffer = new Float64Array(2 * n + pickups + reviews + deploys + lines);
  let at = 0;
  const cut = (length: number) => buffer.subarray(at, (at += length));
  const cycleHours = cut(n);
  const codingHours = cut(n);
  const pickupHours = cut(pickups);
  const reviewHours = cut(reviews);
  const deployHours = cut(deploys);
  const lineCounts = cut(lines);
  let p = 0;
  let r = 0;
  let d = 0;
  let l = 0;
  for (let i = 0; i < n; i++) {
    const pr = prs[i];
    cycleHours[i] = pr.cycleHours;
    codingHours[i] = pr.codingHours;
    if (pr.pickupHours !== null) pickupHours[p++] = pr.pickupHours;
    if (pr.reviewHours !== null) reviewHours[r++] = pr.reviewHours;
    if (pr.deployHours !== null) deployHours[d++] = pr.deployHours;
    if (pr.lines !== null) lineCounts[l++] = pr.lines;
  }
  return {
    merged: flow.throughput.merged,
    open: flow.load.open,
    cycleHours,
    codingHours,
    pickupHours,
    reviewHours,
    deployHours,
    lines: lineCounts,
    handsOnHours,
    elapsedHours,
    categories,
  };
}

function windowOf(
  file: string,
  which: 'current' | 'previous',
  dora: DoraMetrics,
  flow: FlowMetrics | null,
  changes: readonly (ChangeRecord | PreviousChangeRecord)[],
  failures: readonly FailureRecord[],
  prs: readonly (CycleRecord | PreviousCycleRecord)[] | undefined,
): MemberWindow {
  if (!Array.isArray(changes) || !Array.isArray(failures) || (flow !== null && !Array.isArray(prs))) {
    throw refuse(file, `has no records of its ${which} window; re-run its metrics with this version (O1)`);
  }
  const leadHours = numbers(changes, (change) => change.leadTimeHours);
  const restoreHours = numbers(failures, (event) => (event.window === which ? event.restoreHours : null));
  // O1: the records must be those behind the figures, or the pooled figures would not be O2's.
  const mismatch =
    leadHours.length !== dora.leadTime.changes
      ? `${leadHours.length} lead times for ${dora.leadTime.changes} changes`
      : restoreHours.length !== dora.timeToRestore.restored
        ? `${restoreHours.length} restore times for ${dora.timeToRestore.restored} restored events`
        : flow !== null && prs!.length !== flow.throughput.merged
          ? `${prs!.length} pull requests for ${flow.throughput.merged} merged`
          : null;
  if (mismatch !== null) {
    throw refuse(
      file,
      `its ${which} window's records do not match its figures (${mismatch}); expected the metrics.json as dora-report wrote it: re-run its metrics`,
    );
  }
  return {
    deployments: dora.deploymentFrequency.count,
    failed: dora.changeFailureRate.failed,
    rework: dora.reworkRate.rework,
    events: dora.timeToRestore.events,
    restored: dora.timeToRestore.restored,
    unrestored: dora.timeToRestore.unrestored,
    downtimeHours: dora.timeToRestore.downtimeHours,
    leadHours,
    restoreHours,
    flow: flow === null ? null : flowOf(flow, prs!),
  };
}

/** O1: a checked member, with only what O2 and the report need; throws UserError naming `file`. */
export function memberOf(doc: unknown, file: string): { member: Member; key: WindowKey } {
  checkShape(doc, file);
  try {
    return readMember(doc, file);
  } catch (error) {
    // A document shaped like metrics.json at the top but not below (a hand-edited file).
    if (!(error instanceof TypeError)) throw error;
    throw refuse(
      file,
      `is not a complete metrics.json (${error.message}); expected the metrics.json that dora-report or the Action wrote`,
    );
  }
}

function readMember(doc: MetricsReport, file: string): { member: Member; key: WindowKey } {
  const { records } = doc;
  const current = windowOf(
    file,
    'current',
    doc.dora,
    doc.flow,
    records.changes,
    records.failures,
    records.pullRequests,
  );
  const previous = windowOf(
    file,
    'previous',
    doc.previous.dora,
    doc.previous.flow,
    records.previous.changes,
    records.failures,
    records.previous.pullRequests,
  );
  // O5: when each change of the lead-time sample shipped, in the sample's order.
  const leadShippedAt = numbers(records.changes, (change) =>
    change.leadTimeHours === null ? null : Date.parse(change.shippedAt!),
  );
  const member: Member = {
    repository: `${doc.repository.owner}/${doc.repository.name}`,
    file,
    url: doc.repository.url ?? null,
    reportUrl: typeof doc.reportUrl === 'string' ? doc.reportUrl : null,
    source: { deployments: String(doc.source.deployments), assumed: doc.source.assumed === true },
    dora: doc.dora,
    previousDora: doc.previous.dora,
    trends: doc.trends ?? {},
    historyEnds: doc.dataQuality?.historyEnds ?? null,
    newHistory: doc.previous.beforeHistory === true,
    current,
    previous,
    weekly: (doc.weekly ?? []).map((week) => ({
      weekStart: week.weekStart,
      deployments: week.deployments,
      failedDeployments: week.failedDeployments,
      mergedPullRequests: week.mergedPullRequests,
    })),
    leadShippedAt,
  };
  return { member, key: windowKeyOf(doc) };
}
