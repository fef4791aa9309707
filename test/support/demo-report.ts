// The report `npm run demo` writes: the example world with examples/dora.yml and its business
// measures (examples/business.csv), computed as the pipeline computes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBusiness } from '../../src/business/load.js';
import { withContext, type ContextualReport } from '../../src/context/index.js';
import { runEngine } from '../../src/metrics/index.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { loadExampleWorld, REPO_ROOT } from './report-page.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

export function demoReport(): ContextualReport {
  const file = join(REPO_ROOT, 'examples', 'dora.yml');
  const config = parseContextConfig(readFileSync(file, 'utf8'), 'examples/dora.yml');
  const business = loadBusiness(undefined, config);
  return withContext(runEngine(loadExampleWorld(), { business }), config);
}
