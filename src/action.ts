// The Action's entry: inputs → configuration → the pipeline; the only setFailed (STYLE.md habit 1).
import * as core from '@actions/core';
import { readActionConfig } from './action/inputs.js';
import { runAction } from './action/run.js';
import { isUserError } from './errors.js';

try {
  const config = readActionConfig();
  if (config.rollup) {
    // Loaded on demand: a member run never needs the roll-up.
    const { runRollupAction } = await import('./action/rollup.js');
    await runRollupAction(config);
  } else if (config.repositories.length > 0) {
    const { runBatch } = await import('./action/batch.js');
    await runBatch(config);
  } else await runAction(config);
} catch (error) {
  const message = (error as Error)?.message ?? String(error);
  // A user's mistake is its one line; anything else is a bug, whose stack goes to the debug log.
  if (!isUserError(error)) core.debug((error as Error)?.stack ?? message);
  core.setFailed(message.split('\n')[0]);
}
