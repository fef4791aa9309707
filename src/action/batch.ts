// The repositories input: several repositories collected one after another in one job, each
// report in report-dir/OWNER/NAME, all with one until so that a roll-up can take them (O1).
import * as core from '@actions/core';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { runPipeline } from '../pipeline.js';
import type { ActionConfig } from './inputs.js';
import { actionLogger } from './run.js';

const MINUTE_MS = 60_000;

export async function runBatch(config: ActionConfig, now = new Date()): Promise<void> {
  if (config.publish === 'pages-branch') {
    throw new UserError(
      'publish: pages-branch cannot publish several repositories (expected none or artifact with repositories; roll them up with rollup)',
    );
  }
  const input = config.pipeline.input;
  if (input.kind !== 'github') throw new Error('repositories: the Action collects from the GitHub API');
  // O1: one window for the whole batch, the job's start to the minute unless until is given.
  const until = config.pipeline.until ?? new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  const failed: string[] = [];
  for (const repository of config.repositories) {
    const [owner, name] = repository.split('/');
    try {
      await core.group(`Collecting ${repository}`, () =>
        runPipeline(
          {
            ...config.pipeline,
            until,
            input: { ...input, repo: repository },
            outDir: join(config.pipeline.outDir, owner, name),
          },
          actionLogger(),
        ),
      );
    } catch (error) {
      // One repository's failure leaves the others' reports; the step fails at the end.
      core.error(`${repository}: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`);
      failed.push(repository);
    }
  }
  core.setOutput('report-dir', config.pipeline.outDir);
  if (failed.length) {
    throw new UserError(
      `repositories: ${failed.length} of ${config.repositories.length} failed (${failed.join(', ')}); the others' reports are in ${config.pipeline.outDir}`,
    );
  }
}
