// The job summary of the workflow run: the Markdown table, with the report's address.
import * as core from '@actions/core';
import { markdownLink } from '../report/markdown-text.js';
import { sectionId, sectionUrl } from '../report/anchors.js';

/** The report, and the sections the table speaks of (anchors.ts: stable ids). */
export function reportLinks(reportUrl: string): string {
  const sections: [string, string][] = [
    ['the DORA keys', sectionId.dora],
    ['flow', sectionId.flow],
    ['data quality', sectionId.quality],
  ];
  const links = sections.map(([text, id]) => markdownLink(text, sectionUrl(reportUrl, id)));
  return `${markdownLink('The full report', reportUrl)}: ${links.join(' · ')}`;
}

/** The Markdown table, and the report's address when there is one. */
export async function writeJobSummary(summary: string, reportUrl: string): Promise<void> {
  // Outside a runner (a local try of dist/index.js) there is no summary file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(summary);
    return;
  }
  const link = reportUrl ? `\n${reportLinks(reportUrl)}\n` : '';
  await core.summary.addRaw(summary + link).write();
}
