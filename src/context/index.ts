// context/: the figures metrics.json holds under `context`, beside the repository's DORA keys.
// The DORA keys per service and per deployment stream, weighted by customer impact, inside and
// outside the business's peaks (from .github/dora.yml, read by repo-config/), and the bottleneck,
// correlations and engineering health (from the history alone). Pure: the engine's run and the
// configuration in, the `context` key out.
import type { EngineRun } from '../metrics/index.js';
import { computeCalendar } from './calendar.js';
import type { ContextConfig } from '../repo-config/types.js';
import { computeHealth } from './health.js';
import { computeImpact } from './impact.js';
import { computeBottleneck, computeCorrelations } from './insights.js';
import { computeServices } from './services.js';
import { computeStreams } from './streams.js';
import type { ContextReport, ContextualReport } from './types.js';

export type { ContextReport, ContextualReport } from './types.js';

export function computeContext(run: EngineRun, config: ContextConfig | null): ContextReport {
  const { report, engine } = run;
  const world = engine.world;
  const services = config && config.services.length > 0 ? computeServices(config.services, engine) : null;
  return {
    configFile: config?.file ?? null,
    services,
    streams: computeStreams(engine),
    impact: config?.impact ? computeImpact(world, report, config.impact) : null,
    calendar: config && config.peaks.length > 0 ? computeCalendar(report, config.peaks) : null,
    bottleneck: computeBottleneck(report),
    correlations: computeCorrelations(report),
    health: computeHealth(world, report, config?.ciWorkflows ?? []),
  };
}

/** The report with its `context` key, as metrics.json holds it. */
export function withContext(run: EngineRun, config: ContextConfig | null): ContextualReport {
  return { ...run.report, context: computeContext(run, config) };
}
