// dora-2025, P1–P4 (docs/benchmarks.md): answer bands, scores, z and words against an industry of the
// 2025 DORA respondents; the `industry` key of metrics.json; the industry chosen by flag, input or
// configuration file, and the one-line error for an unknown one.
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/inputs.js';
import { parseFlags } from '../../src/cli-flags.js';
import { UserError } from '../../src/errors.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { DORA_2025_INDUSTRIES, DORA_2025_SOURCE } from '../../src/metrics/benchmarks/dora-2025.js';
import {
  INDUSTRY_KEYS,
  INDUSTRY_METRICS,
  bandScore,
  computeIndustry,
  hoursBand,
  perDayBand,
  placeAgainst,
  positionOf,
  rateScore,
  scoreSpaceMean,
  withheldTiers,
  type IndustryMetric,
} from '../../src/metrics/industry.js';
import type { DoraMetrics } from '../../src/metrics/types.js';
import { computeReport } from '../../src/pipeline.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const NONE: IndustryMetric = {
  band: null,
  score: null,
  industryMean: null,
  industryStd: null,
  z: null,
  position: null,
};

/** A window's figures that earn every score: 1 a day, 30 h lead time, 10 % failures, 2 h restore. */
function dora(adjust?: (d: DoraMetrics) => void): DoraMetrics {
  const d: DoraMetrics = {
    deploymentFrequency: {
      count: 20,
      perDay: 1,
      perWeek: 7,
      tier: 'high',
      tierWithheld: null,
      deploymentDaysPerWeekMedian: 2,
      deploymentDaysPerMonthMedian: 9,
    },
    leadTime: {
      changes: 12,
      medianHours: 30,
      p75Hours: 40,
      p90Hours: 50,
      tier: 'high',
      tooFewToRate: false,
      tierWithheld: null,
    },
    changeFailureRate: {
      deployments: 20,
      failed: 2,
      rate: 0.1,
      tier: 'high',
      tooFewToRate: false,
      tierWithheld: null,
    },
    timeToRestore: {
      events: 4,
      restored: 4,
      unrestored: 0,
      medianHours: 2,
      p75Hours: 3,
      p90Hours: 4,
      tier: 'high',
      tooFewToRate: false,
      tierWithheld: null,
      downtimeHours: 8,
      downtimeEvents: 4,
      openEvents: [],
      openDowntimeHours: 0,
    },
    reworkRate: { deployments: 20, rework: 4, rate: 0.2 },
  };
  adjust?.(d);
  return d;
}

describe('the dora-2025 table', () => {
  it('holds the 14 rows of the source file, "all" first, and cites it', () => {
    expect(INDUSTRY_KEYS).toHaveLength(14);
    expect(INDUSTRY_KEYS[0]).toBe('all');
    expect(DORA_2025_INDUSTRIES.financial_services).toEqual({
      name: 'Financial Services',
      leadtime: { mean: 5.4, std: 2.3 },
      deployfreq: { mean: 5.1, std: 2.6 },
      failurerecovery: { mean: 7.7, std: 1.9 },
      changefailure: { mean: 1.7, std: 2.1 },
      rework: { mean: 1.9, std: 1.9 },
    });
    expect(DORA_2025_SOURCE).toMatchObject({
      repository: 'https://github.com/dora-team/dora.dev',
      commit: expect.stringMatching(/^fcaf07b[0-9a-f]{33}$/),
    });
  });
});

describe('P1 answer bands', () => {
  // bound in hours → band just below it; on and above it is one band lower
  const hourBounds: [number, number][] = [
    [1, 6],
    [24, 5],
    [168, 4],
    [720, 3],
    [4380, 2],
  ];
  it.each(hourBounds)(
    'P1: lead time and restore: just below %d h is band %d, on and above one less',
    (bound, band) => {
      expect(hoursBand(bound - 0.001)).toBe(band);
      expect(hoursBand(bound)).toBe(band - 1);
      expect(hoursBand(bound + 0.001)).toBe(band - 1);
    },
  );

  it('P1: hours: 0 is band 6, years are band 1', () => {
    expect(hoursBand(0)).toBe(6);
    expect(hoursBand(100_000)).toBe(1);
  });

  // bound in deployments a day → band on and above it; just below is one band lower
  const perDayBounds: [string, number, number][] = [
    ['2 a day', 2, 6],
    ['1 a day', 1, 5],
    ['1 a week', 1 / 7, 4],
    ['1 a month (30 days)', 1 / 30, 3],
    ['1 in 182 days', 1 / 182, 2],
  ];
  it.each(perDayBounds)(
    'P1: deployment frequency: %s: on and just above is band %d+, just below one less',
    (_, bound, band) => {
      expect(perDayBand(bound * (1 - 1e-9))).toBe(band - 1);
      expect(perDayBand(bound)).toBe(band);
      expect(perDayBand(bound * (1 + 1e-9))).toBe(band);
    },
  );

  it('P1: deployment frequency from D4 counts lands on the bounds exactly', () => {
    expect(perDayBand(13 / 91)).toBe(4); // 13 deployments in 91 days: once a week
    expect(perDayBand(12 / 91)).toBe(3);
    expect(perDayBand(3 / 90)).toBe(3); // once in 30 days
    expect(perDayBand(1 / 182)).toBe(2);
    expect(perDayBand(0)).toBe(1);
    expect(perDayBand(10)).toBe(6);
  });
});

describe('P2 scores', () => {
  it('P2: a band scores (band − 1) × 2; a rate 10 × (1 − rate)', () => {
    expect([1, 2, 3, 4, 5, 6].map(bandScore)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(rateScore(0)).toBe(10);
    expect(rateScore(1)).toBe(0);
    expect(rateScore(0.25)).toBe(7.5);
  });
});

describe('P3 positions', () => {
  const words: [number, string][] = [
    [1, 'well-ahead'],
    [0.999999, 'ahead'],
    [0.25, 'ahead'],
    [0.249999, 'level'],
    [0, 'level'],
    [-0.249999, 'level'],
    [-0.25, 'behind'],
    [-0.999999, 'behind'],
    [-1, 'well-behind'],
    [-3, 'well-behind'],
    [3, 'well-ahead'],
  ];
  it.each(words)('P3: z = %d is %s', (z, word) => {
    expect(positionOf(z)).toBe(word);
  });

  it('P3: z = (score − mean) ÷ std, placed at each threshold', () => {
    const figure = { mean: 4, std: 2 };
    const place = (score: number) => placeAgainst(null, score, figure, false);
    expect(place(6)).toEqual({
      band: null,
      score: 6,
      industryMean: 4,
      industryStd: 2,
      z: 1,
      position: 'well-ahead',
    });
    expect(place(4.5)).toMatchObject({ z: 0.25, position: 'ahead' });
    expect(place(4)).toMatchObject({ z: 0, position: 'level' });
    expect(place(3.5)).toMatchObject({ z: -0.25, position: 'behind' });
    expect(place(2)).toMatchObject({ z: -1, position: 'well-behind' });
    expect(placeAgainst(null, null, figure, false)).toEqual(NONE);
  });

  it('P3: the rates’ mean′ is 10 − mean, to the source’s one decimal', () => {
    expect(scoreSpaceMean({ mean: 1.9, std: 2.1 }, true)).toBe(8.1);
    expect(scoreSpaceMean({ mean: 1.9, std: 2.1 }, false)).toBe(1.9);
    for (const key of INDUSTRY_KEYS) {
      const row = DORA_2025_INDUSTRIES[key];
      for (const rate of [row.changefailure, row.rework]) {
        expect(String(scoreSpaceMean(rate, true))).toMatch(/^\d(\.\d)?$/);
      }
    }
    // a rate of 20 % where the industry answered 20 % on average is level (z = 0)
    expect(placeAgainst(null, rateScore(0.2), { mean: 2, std: 2 }, true)).toMatchObject({
      industryMean: 8,
      z: 0,
      position: 'level',
    });
  });
});

describe('P4 computeIndustry', () => {
  it('P4: every metric against the chosen industry, means in score space', () => {
    const industry = computeIndustry(dora(), 'financial_services');
    expect(industry).toMatchObject({
      edition: 'dora-2025',
      key: 'financial_services',
      name: 'Financial Services',
    });
    expect(Object.keys(industry.metrics)).toEqual(INDUSTRY_METRICS);
    const m = industry.metrics;
    // 1 a day → band 5 → 8; (8 − 5.1) ÷ 2.6
    expect(m.deploymentFrequency).toEqual({
      band: 5,
      score: 8,
      industryMean: 5.1,
      industryStd: 2.6,
      z: (8 - 5.1) / 2.6,
      position: 'well-ahead',
    });
    // 30 h → band 4 → 6; (6 − 5.4) ÷ 2.3 = 0.26
    expect(m.leadTime).toMatchObject({ band: 4, score: 6, industryMean: 5.4, position: 'ahead' });
    // 10 % → 9; mean′ 10 − 1.7 = 8.3; 0.7 ÷ 2.1 = 0.33
    expect(m.changeFailureRate).toMatchObject({ band: null, score: 9, industryMean: 8.3, industryStd: 2.1 });
    expect(m.changeFailureRate.z).toBeCloseTo(0.7 / 2.1, 12);
    expect(m.changeFailureRate.position).toBe('ahead');
    // 2 h → band 5 → 8; (8 − 7.7) ÷ 1.9 = 0.16
    expect(m.timeToRestore).toMatchObject({ band: 5, score: 8, industryMean: 7.7, position: 'level' });
    // 20 % → 8; mean′ 8.1; −0.05
    expect(m.reworkRate).toMatchObject({
      band: null,
      score: 8,
      industryMean: 8.1,
      industryStd: 1.9,
      position: 'level',
    });
  });

  it('P4: the default industry is all', () => {
    expect(computeIndustry(dora())).toMatchObject({ key: 'all', name: 'All industries' });
  });

  it('P2: rework from fewer than 10 deployments has no score; from 10 it has', () => {
    const nine = dora((d) => (d.reworkRate = { deployments: 9, rework: 1, rate: 1 / 9 }));
    expect(computeIndustry(nine).metrics.reworkRate).toEqual(NONE);
    const ten = dora((d) => (d.reworkRate = { deployments: 10, rework: 1, rate: 0.1 }));
    expect(computeIndustry(ten).metrics.reworkRate).toMatchObject({ score: 9, industryMean: 7.8 });
  });

  it('P2: a tier withheld by T2 (too few to rate) has no score; the other metrics keep theirs', () => {
    const few = dora((d) => {
      d.leadTime = { ...d.leadTime, changes: 4, tier: null, tooFewToRate: true };
      d.changeFailureRate = {
        ...d.changeFailureRate,
        deployments: 8,
        failed: 1,
        rate: 1 / 8,
        tier: null,
        tooFewToRate: true,
      };
    });
    const m = computeIndustry(few).metrics;
    expect(m.leadTime).toEqual(NONE);
    expect(m.changeFailureRate).toEqual(NONE);
    expect(m.deploymentFrequency.score).toBe(8);
    expect(m.timeToRestore.score).toBe(8);
  });

  it('P2: a withheld tier read from a null tier beside a value (T2 of restore, as the tier rules add it)', () => {
    const withheld = dora((d) => (d.timeToRestore = { ...d.timeToRestore, restored: 2, tier: null }));
    expect(withheldTiers(withheld)).toMatchObject({ timeToRestore: true, leadTime: false, window: false });
    expect(computeIndustry(withheld).metrics.timeToRestore).toEqual(NONE);
  });

  it('P2: a window whose tiers T3 or T4 withhold scores nothing, rework included', () => {
    const flags = {
      deploymentFrequency: true,
      leadTime: true,
      changeFailureRate: true,
      timeToRestore: true,
      window: true,
    };
    const m = computeIndustry(dora(), 'all', flags).metrics;
    for (const name of INDUSTRY_METRICS) expect(m[name]).toEqual(NONE);
    // read from the figures: every tier null (deployment frequency's only by T3/T4)
    const allNull = dora((d) => {
      d.deploymentFrequency.tier = null;
      d.leadTime.tier = null;
      d.changeFailureRate.tier = null;
      d.timeToRestore.tier = null;
    });
    expect(withheldTiers(allNull).window).toBe(true);
    expect(computeIndustry(allNull).metrics.reworkRate).toEqual(NONE);
  });

  it('P2: a null figure has no score', () => {
    const empty = dora((d) => {
      d.leadTime = { ...d.leadTime, changes: 0, medianHours: null, tier: null };
      d.timeToRestore = { ...d.timeToRestore, events: 0, restored: 0, medianHours: null, tier: null };
      d.changeFailureRate = {
        ...d.changeFailureRate,
        deployments: 0,
        failed: 0,
        rate: null,
        tier: null,
        tooFewToRate: false,
      };
      d.reworkRate = { deployments: 0, rework: 0, rate: null };
    });
    const m = computeIndustry(empty).metrics;
    for (const name of ['leadTime', 'timeToRestore', 'changeFailureRate', 'reworkRate'] as const)
      expect(m[name]).toEqual(NONE);
  });
});

describe('metrics.json', () => {
  const world = () => {
    const builder = new WorldBuilder();
    for (let i = 0; i < 12; i++)
      builder.deploy(i + 1, `d${i}`, `2026-03-${String(3 + i * 2).padStart(2, '0')}T00:00:00Z`);
    return builder;
  };

  it('P4: the report carries industry; dora-2025 keeps the dora-2023 tiers and makes the position the badge', async () => {
    const plain = await metricsOf(world());
    expect(plain.industry).toMatchObject({ edition: 'dora-2025', key: 'all', name: 'All industries' });
    expect(plain.benchmarks).toEqual({ name: 'dora-2023', year: 2023, badge: 'tier' });
    const led = await metricsOf(world(), { benchmarks: 'dora-2025', industry: 'insurance' });
    expect(led.benchmarks).toEqual({ name: 'dora-2023', year: 2023, badge: 'industry' });
    expect(led.dora).toEqual(plain.dora);
    expect(led.industry).toMatchObject({ key: 'insurance', name: 'Insurance' });
    // 12 deployments in 30 days (0.4 a day) → band 4 → 6
    expect(led.industry.metrics.deploymentFrequency).toMatchObject({ band: 4, score: 6, industryMean: 4.4 });
  });

  it('an unknown industry is refused by the engine', async () => {
    await expect(metricsOf(world(), { industry: 'fintech' })).rejects.toThrow(UserError);
  });
});

describe('choosing the industry', () => {
  const oneLine = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('no error');
  };

  it('--industry: a key, nothing by default, and one line listing the keys for an unknown one', () => {
    expect(parseFlags(['--from-file', 'w.json', '--industry', 'energy'], {}).config!.industry).toBe('energy');
    expect(parseFlags(['--from-file', 'w.json'], {}).config!.industry).toBeUndefined();
    const message = oneLine(() => parseFlags(['--from-file', 'w.json', '--industry', 'fintech'], {}));
    expect(message).toBe(
      `industry: "fintech" is not an industry of the DORA 2025 survey (expected one of ${INDUSTRY_KEYS.join(', ')})`,
    );
  });

  it('industry: in the configuration file, with its line when unknown', () => {
    expect(parseContextConfig('industry: government\n', '.github/dora.yml').industry).toBe('government');
    expect(parseContextConfig('ci:\n  workflows: [ci.yml]\n', null).industry).toBeUndefined();
    const message = oneLine(() =>
      parseContextConfig('ci:\n  workflows: [ci.yml]\nindustry: banking\n', '.github/dora.yml'),
    );
    expect(message).toMatch(
      /^\.github\/dora\.yml line 3: industry: "banking" is not an industry of the DORA 2025 survey \(expected one of all, consumer, .*industrials_manufacturing\)$/,
    );
  });

  it('the flag wins over the file; the file over the default', () => {
    const builder = new WorldBuilder().deploy(1, 'a', '2026-03-03T00:00:00Z');
    const loaded = { world: builder.build(), warnings: [], shallow: false };
    const config = parseFlags(['--from-file', 'w.json', '--days', '30'], {}).config!;
    const file = parseContextConfig('industry: education\n', null);
    expect(computeReport(config, loaded, file).industry.key).toBe('education');
    expect(computeReport({ ...config, industry: 'energy' }, loaded, file).industry.key).toBe('energy');
    expect(computeReport(config, loaded, null).industry.key).toBe('all');
  });
});

describe('the Action’s inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });
  const read = (values: Record<string, string>) => {
    // @actions/core reads INPUT_<NAME> with the name upper-cased.
    for (const [name, value] of Object.entries({ 'github-token': 'x', ...values }))
      process.env[`INPUT_${name.toUpperCase()}`] = value;
    return readActionConfig({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_WORKSPACE: tmpdir(),
      RUNNER_TEMP: tmpdir(),
    });
  };

  it('industry and benchmarks: dora-2025 reach the pipeline; empty leaves the choice to the file', () => {
    expect(read({ industry: 'technology', benchmarks: 'dora-2025' }).pipeline).toMatchObject({
      industry: 'technology',
      benchmarks: 'dora-2025',
    });
    expect(read({ industry: '' }).pipeline.industry).toBeUndefined();
    expect(() => read({ industry: 'space' })).toThrow(
      /^industry: "space" is not an industry of the DORA 2025 survey \(expected one of all, .*\)$/,
    );
  });
});
