// Shared inputs of the business tests: a BusinessInput from CSV text, and random delivery series.
import { parseBusinessCsv } from '../../src/business/csv.js';
import type { Delivery } from '../../src/business/series.js';
import type { BusinessInput, MeasureSpec, Period } from '../../src/business/types.js';
import { Random } from '../../scripts/lib/random.js';

export function inputOf(
  text: string,
  period: Period = 'week',
  specs: Partial<MeasureSpec>[] = [],
): BusinessInput {
  const table = parseBusinessCsv(text, 'business.csv', period);
  return {
    file: 'business.csv',
    period,
    rows: table.rows,
    measures: table.names.map((name) => ({
      name,
      better: 'higher',
      unit: null,
      kind: 'other',
      range: null,
      ...specs.find((s) => s.name === name),
    })),
  };
}

/** Weekly delivery series as a team of a few people makes them: counts, rates, durations, outages. */
export function randomDelivery(random: Random, periods: number): Delivery[] {
  return Array.from({ length: periods }, () => {
    const deployments = random.poisson(4);
    let failed = 0;
    for (let d = 0; d < deployments; d++) if (random.chance(0.15)) failed += 1;
    return {
      deployments,
      failedDeployments: failed,
      changeFailureRate: deployments === 0 ? null : failed / deployments,
      leadTimeMedianHours: deployments === 0 ? null : random.logNormal(30, 0.6),
      downtimeHours: random.chance(0.3) ? random.logNormal(3, 1) : 0,
      mergedPullRequests: random.poisson(15),
      cycleTimeMedianHours: random.logNormal(20, 0.5),
    };
  });
}
