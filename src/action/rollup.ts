// The Action's roll-up mode (O1–O5): the downloaded metrics.json of a matrix's member runs → the
// organisation's report in report-dir, the job summary and the pooled figures as outputs.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { Octokit } from '@octokit/core';
import { publishRollupSite, readRollupHistory } from '../publish/rollup-pages.js';
import { createGitHubClient } from '../sources/github/client.js';
import { writeJobSummary } from '../publish/job-summary.js';
import { missingLine } from '../report/rollup-words.js';
import { runRollup } from '../rollup-command.js';
import type { RollupReport } from '../rollup/types.js';
import { TOKEN_INPUT, type ActionConfig } from './inputs.js';
import { actionLogger, PUBLIC_WARNING } from './run.js';

function setRollupOutputs(outDir: string, report: RollupReport, url: string): void {
  const { dora } = report.groups[0];
  const text = (value: number | null) => (value === null ? '' : String(value));
  core.setOutput('report-dir', outDir);
  core.setOutput('rollup-json', join(outDir, 'rollup.json'));
  core.setOutput('report-url', url);
  core.setOutput('deployment-frequency', text(dora.deploymentFrequency.perWeek));
  core.setOutput('lead-time-hours', text(dora.leadTime.medianHours));
  core.setOutput('change-failure-rate', text(dora.changeFailureRate.rate));
  core.setOutput('time-to-restore-hours', text(dora.timeToRestore.medianHours));
  // O4: pooled figures earn no tier.
  for (const key of ['deployment-frequency', 'lead-time', 'change-failure-rate', 'time-to-restore']) {
    core.setOutput(`${key}-tier`, '');
  }
}

export async function runRollupAction(config: ActionConfig): Promise<void> {
  const rollup = config.rollup!;
  const pages = config.publish === 'pages-branch';
  const octokit = pages
    ? (createGitHubClient({
        token: config.token,
        tokenFrom: TOKEN_INPUT,
        apiUrl: process.env.GITHUB_API_URL,
        repo: `${config.owner}/${config.repo}`,
      }).octokit as unknown as Octokit)
    : null;
  if (pages) core.warning(PUBLIC_WARNING);
  // The branch's earlier days, drawn in the report (its history.json is merged again on publishing).
  const history = octokit
    ? await core.group(`Reading ${config.pagesBranch}`, () => readRollupHistory(octokit, config))
    : null;
  const result = await runRollup(
    {
      help: false,
      inputs: [rollup.glob],
      config: rollup.config,
      outDir: config.pipeline.outDir,
      outExplicit: true,
      json: false,
      ...(config.pipeline.templateDir === undefined ? {} : { templateDir: config.pipeline.templateDir }),
    },
    actionLogger(),
    history,
  );
  let url = '';
  if (octokit) {
    const published = await core.group(`Publishing to ${config.pagesBranch}`, () =>
      publishRollupSite(octokit, config, result.outDir!, result.report),
    );
    url = published.url;
  }
  // Written after publishing, as a repository's run does, with the report's address when known.
  await writeJobSummary(result.summary, url);
  setRollupOutputs(result.outDir!, result.report, url);
  // Never a silent partial roll-up: the missing members are named in the run's annotations too.
  const missing = missingLine(result.report);
  if (missing) core.warning(missing);
}
