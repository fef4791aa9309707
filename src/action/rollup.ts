// The Action's roll-up mode (O1–O5): the downloaded metrics.json of a matrix's member runs → the
// organisation's report in report-dir, the job summary and the pooled figures as outputs.
import * as core from '@actions/core';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { writeJobSummary } from '../publish/job-summary.js';
import { missingLine } from '../report/rollup-words.js';
import { runRollup } from '../rollup-command.js';
import type { RollupReport } from '../rollup/types.js';
import type { ActionConfig } from './inputs.js';
import { actionLogger } from './run.js';

function setRollupOutputs(outDir: string, report: RollupReport): void {
  const { dora } = report.groups[0];
  const text = (value: number | null) => (value === null ? '' : String(value));
  core.setOutput('report-dir', outDir);
  core.setOutput('rollup-json', join(outDir, 'rollup.json'));
  core.setOutput('report-url', '');
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
  if (config.publish === 'pages-branch') {
    throw new UserError(
      'publish: pages-branch is not available with rollup yet (expected artifact or none; publish report-dir with actions/upload-pages-artifact)',
    );
  }
  const result = await runRollup(
    {
      help: false,
      inputs: [rollup.glob],
      config: rollup.config,
      outDir: config.pipeline.outDir,
      outExplicit: true,
      json: false,
    },
    actionLogger(),
  );
  await writeJobSummary(result.summary, '');
  setRollupOutputs(result.outDir!, result.report);
  // Never a silent partial roll-up: the missing members are named in the run's annotations too.
  const missing = missingLine(result.report);
  if (missing) core.warning(missing);
}
