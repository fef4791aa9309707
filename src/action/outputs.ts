// What every run leaves for the rest of the workflow: the step's outputs.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { MetricsReport } from '../metrics/types.js';
import { CSV_FOLDER } from '../report/anchors.js';

export function setOutputs(outDir: string, report: MetricsReport, reportUrl: string): void {
  const { dora } = report;
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  core.setOutput('report-dir', outDir);
  core.setOutput('metrics-json', join(outDir, 'metrics.json'));
  core.setOutput('csv-dir', join(outDir, CSV_FOLDER));
  core.setOutput('report-url', reportUrl);
  core.setOutput('deployment-frequency', text(dora.deploymentFrequency.perWeek));
  core.setOutput('deployment-frequency-tier', text(dora.deploymentFrequency.tier));
  core.setOutput('lead-time-hours', text(dora.leadTime.medianHours));
  core.setOutput('lead-time-tier', text(dora.leadTime.tier));
  core.setOutput('change-failure-rate', text(dora.changeFailureRate.rate));
  core.setOutput('change-failure-rate-tier', text(dora.changeFailureRate.tier));
  core.setOutput('time-to-restore-hours', text(dora.timeToRestore.medianHours));
  core.setOutput('time-to-restore-tier', text(dora.timeToRestore.tier));
}
