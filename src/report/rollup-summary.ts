// summary.md of a roll-up: the organisation's blended figures, its tier counts (O4), the places to
// look first, the teams and every member, as Markdown fit for a terminal and a job summary.
import type { Tier } from '../metrics/types.js';
import type { RollupReport } from '../rollup/types.js';
import { DORA_KEYS } from '../rollup/types.js';
import { formatDuration, formatPercent, formatWindow, formatDeployRate } from '../translate/format.js';
import { markdownCell } from './markdown-text.js';
import {
  KEY_NAMES,
  TIER_ORDER,
  assumedLine,
  deliveryLines,
  leadText,
  missingLine,
  newMembersLine,
} from './rollup-words.js';

function tierCell(tier: Tier | null): string {
  return tier ?? '–';
}

export function rollupSummary(report: RollupReport): string {
  const [organisation, ...teams] = report.groups;
  const out: string[] = [
    `# Delivery across ${organisation.members.length} repositories`,
    '',
    `${formatWindow(report.window.since, report.window.until)} (${report.window.days} days), compared with ${formatWindow(report.previousWindow.since, report.previousWindow.until)}.`,
    '',
  ];
  const missing = missingLine(report);
  if (missing) out.push(`**${markdownCell(missing)}**`, '');
  out.push(
    '## Blended delivery of the organisation',
    '',
    '| Key | This window | Previous window | Trend |',
    '| --- | --- | --- | --- |',
  );
  for (const line of deliveryLines(organisation)) {
    out.push(`| ${line.name} | ${line.value} (${line.sample}) | ${line.previous} | ${line.trend} |`);
  }
  out.push('', '_Blended figures pool every member; they earn no tier (O4)._');
  const assumed = assumedLine(organisation);
  if (assumed) out.push('', assumed);
  const arrived = newMembersLine(organisation);
  if (arrived) out.push('', arrived);
  out.push(
    '',
    '## Repositories in each tier',
    '',
    `| Key | ${TIER_ORDER.join(' | ')} |`,
    `| --- |${' --- |'.repeat(TIER_ORDER.length)}`,
  );
  for (const key of DORA_KEYS) {
    out.push(
      `| ${KEY_NAMES[key]} | ${TIER_ORDER.map((tier) => organisation.tiers[key][tier]).join(' | ')} |`,
    );
  }
  if (report.leads.length) {
    out.push('', '## Where to look first', '');
    report.leads.forEach((lead, i) => out.push(`${i + 1}. ${markdownCell(leadText(lead))}`));
  }
  if (teams.length) {
    out.push(
      '',
      '## Teams',
      '',
      '| Team | Repositories | Deployments | Lead time | Change failure rate | Time to restore |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const team of teams) {
      const d = team.dora;
      out.push(
        `| ${markdownCell(team.name)} | ${team.members.length} | ${formatDeployRate(d.deploymentFrequency.perDay, d.deploymentFrequency.count)} | ${formatDuration(d.leadTime.medianHours)} | ${formatPercent(d.changeFailureRate.rate)} | ${formatDuration(d.timeToRestore.medianHours)} |`,
      );
    }
  }
  out.push(
    '',
    '## Repositories',
    '',
    '| Repository | Deployments | Lead time | Change failure rate | Time to restore |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const member of report.members) {
    const d = member.dora;
    const name = markdownCell(member.repository) + (member.source.assumed ? ' (assumed deployments)' : '');
    out.push(
      `| ${name} | ${formatDeployRate(d.deploymentFrequency.perDay, d.deploymentFrequency.count)} (${tierCell(d.deploymentFrequency.tier)}) | ${formatDuration(d.leadTime.medianHours)} (${tierCell(d.leadTime.tier)}) | ${formatPercent(d.changeFailureRate.rate)} (${tierCell(d.changeFailureRate.tier)}) | ${formatDuration(d.timeToRestore.medianHours)} (${tierCell(d.timeToRestore.tier)}) |`,
    );
  }
  return `${out.join('\n')}\n`;
}
