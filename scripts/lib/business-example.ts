// examples/business.csv: a year of weekly business measures for the example world, with relations
// planted for the report to find and measures that have none. Deterministic: a seeded
// random stream and the world's own delivery series.
//   signups      follow deployments a week later (lag 1, positive)
//   conversion   is lower in weeks with downtime (lag 0, negative)
//   revenue      visitors × conversion × basket: it moves with downtime through conversion
//   csat         survey score on 1–5, no relation (two weeks without a survey)
//   activeUsers  only grows with time: related to nothing once the trend is removed
import { computeMetrics } from '../../src/metrics/index.js';
import type { World } from '../../src/world/types.js';
import { Random } from './random.js';

export const BUSINESS_YAML = `# Describes the measures of business.csv (B2 in docs/metrics.md) for \`npm run demo\`.
business:
  file: business.csv
  period: week
  measures:
    signups: { better: higher, unit: sign-ups }
    conversion: { better: higher, unit: share of visits }
    revenue: { better: higher, kind: revenue, unit: EUR }
    csat: { better: higher, kind: satisfaction, range: [1, 5] }
    activeUsers: { better: higher, unit: users }
`;

export function businessCsv(world: World, seed = 15): string {
  // Half a year's windows cover the whole year of the example's history.
  const report = computeMetrics(world, {
    days: 182,
    business: { file: 'business.csv', period: 'week', measures: [], rows: new Map() },
  });
  const weeks = report.business!.series;
  const random = new Random(seed);
  const lines = ['date,signups,conversion,revenue,csat,activeUsers'];
  weeks.forEach((week, p) => {
    const before = weeks[p - 1]?.deployments ?? null;
    const downtime = Math.min(week.downtimeHours ?? 0, 24);
    const signups = before === null ? null : 300 + 1.5 * p + 18 * before + 15 * random.normal();
    const conversion = 0.032 - 0.0006 * downtime + 0.0008 * random.normal();
    const visits = 52_000 + 2_000 * random.normal();
    const revenue = visits * conversion * (27 + random.normal());
    const csat = p % 23 === 11 ? null : 4.1 + 0.12 * random.normal();
    const activeUsers = 12_000 + 85 * p + 20 * random.normal();
    const cell = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));
    lines.push(
      [
        week.periodStart.slice(0, 10),
        cell(signups, 0),
        cell(conversion, 4),
        cell(revenue, 0),
        cell(csat, 2),
        cell(activeUsers, 0),
      ].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}
