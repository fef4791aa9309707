// Proof at scale: 50 generated repositories, each run through the command line, rolled up; every
// pooled figure of the organisation and of each team is checked against figures this test
// computes itself from the members' records (O2–O5): unions of samples, never medians of medians.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { Group, RollupReport } from '../../src/rollup/types.js';
import { memberRuns, runCli, temp, UNTIL, type MemberSpec } from './fixture.js';

const SPECS: MemberSpec[] = Array.from({ length: 50 }, (_, i) => ({
  name: `svc-${String(i).padStart(2, '0')}`,
  pullRequests: 30 + ((i * 37) % 150),
  seed: 100 + i,
  assumed: i % 10 === 7,
}));
const TEAMS = {
  Alpha: SPECS.slice(0, 20).map((s) => `acme/${s.name}`),
  Beta: SPECS.slice(15, 40).map((s) => `acme/${s.name}`),
};

let docs: MetricsReport[];
let rollup: RollupReport;

beforeAll(async () => {
  const dir = temp();
  const members = await memberRuns(SPECS, dir);
  const config = join(dir, 'rollup.yml');
  writeFileSync(
    config,
    `teams:\n${Object.entries(TEAMS)
      .map(([n, m]) => `  ${n}: [${m.join(', ')}]`)
      .join('\n')}\n`,
  );
  const result = runCli(['rollup', members, '--config', config, '--json']);
  expect(result.stderr).toBe('');
  rollup = JSON.parse(result.stdout) as RollupReport;
  docs = SPECS.map(
    (s) => JSON.parse(readFileSync(join(members, s.name, 'metrics.json'), 'utf8')) as MetricsReport,
  );
}, 300_000);

function quantile(values: number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}
const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function expectedWindow(members: MetricsReport[], which: 'current' | 'previous', days: number) {
  const deployed = members.filter((m) => !m.source.assumed);
  const dora = (m: MetricsReport) => (which === 'current' ? m.dora : m.previous.dora);
  const changes = (m: MetricsReport) =>
    which === 'current' ? m.records.changes : m.records.previous.changes;
  const prs = (m: MetricsReport) =>
    which === 'current' ? m.records.pullRequests : m.records.previous.pullRequests;
  const leads = deployed.flatMap((m) => present(changes(m).map((c) => c.leadTimeHours)));
  const restores = deployed.flatMap((m) =>
    present(m.records.failures.filter((f) => f.window === which).map((f) => f.restoreHours)),
  );
  const deployments = sum(deployed.map((m) => dora(m).deploymentFrequency.count));
  const failed = sum(deployed.map((m) => dora(m).changeFailureRate.failed));
  const rework = sum(deployed.map((m) => dora(m).reworkRate.rework));
  const allPrs = members.flatMap(prs);
  const deployedPrs = deployed.flatMap(prs);
  const counted = deployedPrs.filter((p) => p.pickupHours !== null && p.deployHours !== null);
  return {
    dora: {
      deploymentFrequency: {
        count: deployments,
        perDay: deployments / days,
        perWeek: (deployments / days) * 7,
      },
      leadTime: {
        changes: leads.length,
        medianHours: quantile(leads, 0.5),
        p75Hours: quantile(leads, 0.75),
        p90Hours: quantile(leads, 0.9),
      },
      changeFailureRate: { deployments, failed, rate: deployments ? failed / deployments : null },
      reworkRate: { deployments, rework, rate: deployments ? rework / deployments : null },
      timeToRestore: {
        events: sum(deployed.map((m) => dora(m).timeToRestore.events)),
        restored: restores.length,
        unrestored: sum(deployed.map((m) => dora(m).timeToRestore.unrestored)),
        medianHours: quantile(restores, 0.5),
        downtimeHours: sum(deployed.map((m) => dora(m).timeToRestore.downtimeHours)),
      },
    },
    flow: {
      merged: allPrs.length,
      cycle: quantile(
        allPrs.map((p) => p.cycleHours),
        0.5,
      ),
      coding: quantile(
        allPrs.map((p) => p.codingHours),
        0.5,
      ),
      pickup: quantile(present(allPrs.map((p) => p.pickupHours)), 0.5),
      review: quantile(present(allPrs.map((p) => p.reviewHours)), 0.5),
      deploy: quantile(present(deployedPrs.map((p) => p.deployHours)), 0.5),
      lines: quantile(present(allPrs.map((p) => p.lines)), 0.5),
      defects: allPrs.filter((p) => p.category === 'defect').length,
      efficiency:
        sum(counted.map((p) => p.codingHours + p.reviewHours!)) /
        sum(counted.map((p) => p.codingHours + p.pickupHours! + p.reviewHours! + p.deployHours!)),
      open: sum(members.map((m) => (which === 'current' ? m.flow! : m.previous.flow!).load.open)),
    },
  };
}

function checkGroup(group: Group, members: MetricsReport[]) {
  const days = rollup.window.days;
  for (const which of ['current', 'previous'] as const) {
    const want = expectedWindow(members, which, days);
    const got = which === 'current' ? group : group.previous;
    expect(got.dora.deploymentFrequency).toEqual(want.dora.deploymentFrequency);
    expect(got.dora.leadTime).toEqual(want.dora.leadTime);
    expect(got.dora.changeFailureRate).toEqual(want.dora.changeFailureRate);
    expect(got.dora.reworkRate).toEqual(want.dora.reworkRate);
    expect(got.dora.timeToRestore).toMatchObject({
      ...want.dora.timeToRestore,
      downtimeHours: expect.closeTo(want.dora.timeToRestore.downtimeHours, 9),
    });
    const flow = got.flow!;
    expect(flow.throughput.merged).toBe(want.flow.merged);
    expect(flow.cycleTime.medianHours).toBe(want.flow.cycle);
    expect(flow.cycleTime.codingHours).toBe(want.flow.coding);
    expect(flow.cycleTime.pickupHours).toBe(want.flow.pickup);
    expect(flow.cycleTime.reviewHours).toBe(want.flow.review);
    expect(flow.cycleTime.deployHours).toBe(want.flow.deploy);
    expect(flow.batchSize.medianLines).toBe(want.flow.lines);
    expect(flow.distributionCounts.defect).toBe(want.flow.defects);
    expect(flow.distribution!.defect).toBe(want.flow.defects / want.flow.merged);
    expect(flow.efficiency).toBeCloseTo(want.flow.efficiency, 12);
    expect(flow.load.open).toBe(want.flow.open);
  }
  // O4: members counted per tier; no pooled tier anywhere.
  for (const key of ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const) {
    const counts = { elite: 0, high: 0, medium: 0, low: 0, unrated: 0 };
    for (const m of members) counts[m.dora[key].tier ?? 'unrated'] += 1;
    expect(group.tiers[key]).toEqual(counts);
    expect(group.dora[key]).not.toHaveProperty('tier');
  }
  // O5: weekly sums, and the lead-time median over the union of the week's shipped changes.
  const deployed = members.filter((m) => !m.source.assumed);
  group.weekly.forEach((week, i) => {
    expect(week.deployments).toBe(sum(deployed.map((m) => m.weekly[i].deployments)));
    expect(week.failedDeployments).toBe(sum(deployed.map((m) => m.weekly[i].failedDeployments)));
    expect(week.mergedPullRequests).toBe(sum(members.map((m) => m.weekly[i].mergedPullRequests!)));
    const from = Date.parse(week.weekStart);
    const to = Math.min(from + 7 * 86_400_000, Date.parse(UNTIL));
    const leads = deployed.flatMap((m) =>
      present(
        m.records.changes
          .filter((c) => Date.parse(c.shippedAt!) >= from && Date.parse(c.shippedAt!) < to)
          .map((c) => c.leadTimeHours),
      ),
    );
    expect(week.leadTimeMedianHours).toBe(quantile(leads, 0.5));
  });
}

describe('roll-up of 50 repositories through the command line (O2–O5)', () => {
  it('reads every member once, in one window', () => {
    expect(rollup.members).toHaveLength(50);
    expect(rollup.window.until).toBe(docs[0].window.until);
    expect(rollup.groups.map((g) => g.name)).toEqual(['organisation', 'Alpha', 'Beta']);
    expect(rollup.groups[0].assumedMembers).toBe(5);
  });

  it("pools the organisation's figures over the union of the members' records, both windows", () => {
    checkGroup(rollup.groups[0], docs);
  });

  it('pools each team over its own members, a repository in two teams counting in both', () => {
    for (const group of rollup.groups.slice(1)) {
      const names = new Set(TEAMS[group.name as keyof typeof TEAMS]);
      const members = docs.filter((d) => names.has(`${d.repository.owner}/${d.repository.name}`));
      expect(members).toHaveLength(names.size);
      checkGroup(group, members);
    }
  });

  it('is not a median of medians: the pooled lead time differs from the median of the members’ medians', () => {
    const medians = present(docs.filter((d) => !d.source.assumed).map((d) => d.dora.leadTime.medianHours));
    expect(rollup.groups[0].dora.leadTime.medianHours).not.toBe(quantile(medians, 0.5));
  });

  it('N1: the pooled trends compare the pooled windows', () => {
    const org = rollup.groups[0];
    expect(org.trends.leadTime.current).toBe(org.dora.leadTime.medianHours);
    expect(org.trends.leadTime.previous).toBe(org.previous.dora.leadTime.medianHours);
  });
});
