// Several production environments: with `environment:/REGEX/` every environment the
// expression finds is a deployment stream of its own. The repository's figures take them
// together (every successful deployment to any of them is a deployment, D1; a change is shipped
// by the first of them, in D3 order, that contains it, L3); here each is also measured alone.
import { buildModel } from '../metrics/model.js';
import { computeDora } from '../metrics/period.js';
import type { SourcePattern } from '../metrics/sources.js';
import type { Engine } from './services.js';
import type { StreamReport } from './types.js';

/** Environments with at least one successful deployment, matched by the pattern; first spelling wins. */
export function environmentsOf(engine: Engine, pattern: SourcePattern): string[] {
  const names = new Map<string, string>();
  for (const deployment of engine.world.deployments ?? []) {
    const key = deployment.environment.toLowerCase();
    if (names.has(key) || !pattern.test(deployment.environment)) continue;
    if ((deployment.statuses ?? []).some((status) => status.state === 'success')) {
      names.set(key, deployment.environment);
    }
  }
  return [...names.values()].sort();
}

export function computeStreams(engine: Engine): StreamReport[] | null {
  const source = engine.source;
  if (source.kind !== 'environment' || source.pattern === undefined) return null;
  // The streams differ only in their deployments: their changes, reverts and categories are the engine's.
  return environmentsOf(engine, source.pattern).map((environment) => {
    // D1 matches one name in any case; the other environments' deployments are left out.
    const world = {
      ...engine.world,
      deployments: (engine.world.deployments ?? []).filter(
        (d) => d.environment.toLowerCase() === environment.toLowerCase(),
      ),
    };
    const model = buildModel(
      world,
      { kind: 'environment', name: environment },
      engine.incidentLabels,
      engine.graph,
      undefined,
      engine.basis,
      false, // computeDora reads no cycle
    );
    // T3: a stream is an environment the user named, never assumed; T4 and a shallow clone still hold.
    const conditions = { ...engine.conditions, assumed: false };
    return { environment, dora: computeDora(model, engine.window, engine.table, conditions) };
  });
}
