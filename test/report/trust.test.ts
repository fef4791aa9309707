// The first screen says what the figures cannot claim (T2–T4, D2 in docs/metrics.md), and
// a card whose tier is withheld shows only the reason, never a tier badge. Rendered to a string: no
// browser needed.
import { describe, expect, it } from 'vitest';
import type { MetricsReport, TierWithheld } from '../../src/metrics/types.js';
import { markdownSummary, textTable } from '../../src/report/markdown-summary.js';
import { renderReportHtml } from '../../src/report/render.js';
import { PACKAGE_TAG_PATTERN } from '../../src/metrics/sources.js';
import { buildTrustLine, describeSource } from '../../src/report/trust.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;

/** Every DORA key of both windows withheld for `reason` (T3 and T4 hold for the whole window). */
function withholdAll(report: MetricsReport, reason: TierWithheld): void {
  for (const dora of [report.dora, report.previous.dora]) {
    for (const key of KEYS) {
      dora[key].tier = null;
      dora[key].tierWithheld = reason;
    }
  }
}

function assumedReport(): MetricsReport {
  return makeReport((r) => {
    withholdAll(r, 'assumed-deployments');
    r.source = {
      deployments: 'merges',
      requested: 'auto',
      reason: 'auto: …; chose merges',
      assumed: true,
      tried: [
        { source: 'environment:production', deployments: 0, tags: null },
        { source: 'releases', deployments: 0, tags: null },
        { source: 'tags:^v?\\d+\\.\\d+\\.\\d+$', deployments: 0, tags: 0 },
        { source: 'tags:PACKAGE', deployments: 0, tags: 0 },
        { source: 'merges', deployments: 6, tags: null },
      ],
      packages: null,
    };
  });
}

/** The text of the trust line in rendered HTML, or null. */
function trustIn(html: string): string | null {
  return /<p class="trust"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null;
}

/** Elements that carry the tier badge class ("tier", not "tier-withheld"). */
function tierBadges(html: string): string[] {
  return [...html.matchAll(/class="(?:[^"]*\s)?tier(?:\s[^"]*)?"/g)].map((m) => m[0]);
}

describe('the trust line (T2–T4, D2)', () => {
  it('T3: says deployments are assumed, what to do, and no tier badge appears anywhere', () => {
    const html = renderReportHtml(assumedReport());
    const trust = trustIn(html);
    expect(trust).toContain(
      'Deployments are assumed: nothing in this history says when code reached production, so these figures describe merging, not releasing, and earn no tier.',
    );
    expect(trust).toContain('Name the real source with --source (for example');
    expect(trust).not.toContain('auto chose'); // the assumed sentence already says it
    expect(tierBadges(html)).toEqual([]);
    expect(html).toContain('class="tier-withheld"');
    expect(html).toContain('the deployments are assumed from merges');
    // the trust line opens "At a glance", before its list
    const glance = html.slice(html.indexOf('id="summary-title"'));
    expect(glance.indexOf('class="trust"')).toBeLessThan(glance.indexOf('<ul>'));
  });

  it('T3: suggests the most released package when auto found package tags', () => {
    const report = assumedReport();
    report.source.packages = [{ name: '@acme/web', tags: 12, source: 'tags:^@acme/web@' }];
    expect(buildTrustLine(report)).toContain(
      "for example --source 'tags:^@acme/web@', the tags of @acme/web, the most released package",
    );
  });

  it('T4: gives the date the history ends and the --until that reaches it', () => {
    const report = makeReport((r) => {
      withholdAll(r, 'history-ends-before-window');
      r.dataQuality.historyEnds = '2026-06-14T09:30:00Z';
    });
    const html = renderReportHtml(report);
    expect(trustIn(html)).toContain(
      'The history ends on 14 Jun 2026, before this window begins, so these figures earn no tier: pass --until 2026-06-15 or fetch the newer history.',
    );
    expect(tierBadges(html)).toEqual([]);
  });

  it('auto picking a real source: a shorter note naming it', () => {
    const report = makeReport((r) => {
      for (const key of KEYS) {
        r.dora[key].tierWithheld = null;
        r.dora[key].tier = 'high';
      }
    });
    const line = buildTrustLine(report);
    expect(line).toBe(
      'Deployments are the GitHub deployments to production that auto chose (environment:production); if production is released another way, name it with --source.',
    );
    // rated keys keep their badges, on the cards and on the first screen's tiles
    expect(tierBadges(renderReportHtml(report)).length).toBe(8);
  });

  it('T2 and shallow: names the keys with too small a sample, and the fetch to run', () => {
    const report = makeReport((r) => {
      r.source.requested = 'environment:production';
      r.dataQuality.shallowHistory = true;
      r.dora.leadTime.tier = null;
      r.dora.leadTime.tierWithheld = 'shallow-history';
    });
    const line = buildTrustLine(report)!;
    expect(line).toContain(
      'This clone is shallow, so lead times are cut and earn no tier: fetch the full history (git fetch --unshallow --tags).',
    );
    expect(line).toContain(
      'Too few to rate: change failure rate (6 deployments; a tier needs 10) and time to restore (2 restored failures; a tier needs 3) earn no tier',
    );
    expect(line).not.toContain('auto chose');
  });

  it('says nothing when every tier is earned from a named source', () => {
    const report = makeReport((r) => {
      r.source.requested = 'environment:production';
      for (const key of KEYS) {
        r.dora[key].tierWithheld = null;
        r.dora[key].tier = 'medium';
      }
    });
    expect(buildTrustLine(report)).toBeNull();
    expect(trustIn(renderReportHtml(report))).toBeNull();
  });
});

describe('summary.md and the terminal carry the trust line', () => {
  it('when the deployments are assumed, above the table, its backslashes kept in Markdown', () => {
    const report = assumedReport();
    const md = markdownSummary(report);
    const quote = md.split('\n').find((line) => line.startsWith('> '))!;
    expect(quote).toMatch(/^> Deployments are assumed: .* earn no tier\. Name the real source with --source/);
    expect(quote).toContain("'tags:^v\\\\d+'"); // \d escaped for Markdown, shown as \d
    expect(md.indexOf(quote)).toBeLessThan(md.indexOf('| Metric |'));
    expect(textTable(report).split('\n')[1]).toMatch(/^Deployments are assumed: /);
  });

  it('not for a source auto found with every tier earned (the first line names the source)', () => {
    const report = makeReport((r) => {
      for (const key of KEYS) {
        r.dora[key].tierWithheld = null;
        r.dora[key].tier = 'high';
      }
    });
    expect(markdownSummary(report)).not.toMatch(/^> /m);
    expect(textTable(report)).not.toContain('auto chose');
  });
});

describe("the table's samples", () => {
  it('agree with their number: 1 deployment, 1 change, 1 pull request; thousands grouped', () => {
    const one = makeReport((r) => {
      r.dora.deploymentFrequency.count = 1;
      r.dora.changeFailureRate.deployments = 1;
      r.dora.changeFailureRate.failed = 0;
      r.dora.reworkRate.deployments = 1;
      r.dora.leadTime.changes = 1;
      if (r.flow) r.flow.throughput.merged = 1;
    });
    expect(one.flow).not.toBeNull();
    const table = textTable(one);
    expect(table).not.toMatch(/\b1 (deployments|changes|pull requests)\b/);
    expect(table).toMatch(/ {2}1 deployment$/m);
    expect(table).toMatch(/ {2}0 of 1 deployment$/m);
    expect(table).toMatch(/ 1 change; p90/);
    expect(table).toMatch(/ {2}1 pull request$/m);
    const many = makeReport((r) => {
      r.dora.changeFailureRate.deployments = 1234;
      r.dora.changeFailureRate.failed = 1001;
    });
    expect(markdownSummary(many)).toContain('| 1,001 of 1,234 deployments |');
  });
});

describe("the table's trends", () => {
  it('give a small change of a weekly rate in a unit it shows in, never +0/week', () => {
    const report = makeReport((r) => {
      // one more deployment in 365 days than in the 365 before: +0.019 a week
      r.trends.deploymentFrequency = {
        current: 4 / 52.18,
        previous: 3 / 52.18,
        change: 1 / 52.18,
        label: 'better',
      };
    });
    const table = textTable(report);
    expect(table).not.toContain('+0/week');
    expect(table).toContain('better (+0.1/month)');
  });
});

describe("the page names its source in the trust line's words", () => {
  it('the same words in "Deployments counted from" as in the trust line, a long pattern cut short', () => {
    const sources = [
      'environment:production',
      'releases',
      'merges',
      `tags:${PACKAGE_TAG_PATTERN}`,
      'tags:^release-(?:alpha|beta|rc|stable|hotfix|security)-[0-9]+$',
    ];
    for (const source of sources) {
      const report = makeReport((r) => {
        r.source.deployments = source;
      });
      const label = buildViewModel(report).sourceLabel;
      const words = describeSource(source);
      expect(label).toBe(words.length > 48 ? `${words.slice(0, 47)}…` : words);
      expect(label.length).toBeLessThanOrEqual(48);
    }
    expect(describeSource('merges')).toBe('merges into the default branch');
  });
});

describe('the source auto chose, in words a reader follows (D2)', () => {
  it('names version tags and package tags in words, without their patterns; a short source stays as given', () => {
    const line = (deployments: string) =>
      buildTrustLine(makeReport((r) => (r.source = { ...r.source, requested: 'auto', deployments })))!;
    expect(line(String.raw`tags:^v?\d+\.\d+\.\d+$`)).toContain(
      'Deployments are the version tags (v1.2.3) that auto chose; ',
    );
    expect(line(`tags:${PACKAGE_TAG_PATTERN}`)).toContain(
      'Deployments are the package release tags (name@1.2.3, name-v1.2.3) that auto chose; ',
    );
    expect(line('releases')).toContain('Deployments are the GitHub releases that auto chose (releases); ');
  });
});
