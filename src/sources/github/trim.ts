// Drops the deployments a collection reached only on its way to the horizon and whose commits
// lie below the collected history. In the collected world they would look off the default branch
// (L3) and be reported as such; they precede the windows, so no metric needs them.
import type { DeploymentSource } from '../../metrics/sources.js';
import type { World } from '../../world/types.js';
import { deploymentsOf } from './deployment-sources.js';

export function trimBeforeHistory(world: World, sources: DeploymentSource[], horizon: number): number {
  const commits = new Set((world.commits ?? []).map((c) => c.sha));
  if (commits.size === 0) return 0; // L3: with no commits at all, containment is assumed
  const drop = new Set<string>();
  for (const source of sources) {
    for (const d of deploymentsOf(world, source)) {
      if (d.time >= horizon || !d.sha || commits.has(d.sha)) continue;
      drop.add(d.key);
      // D3: tags or releases merged into this deployment go with it
      const prefix = d.key.slice(0, d.key.indexOf(':') + 1);
      for (const alias of d.aliases) drop.add(`${prefix}${alias}`);
    }
  }
  if (drop.size === 0) return 0;
  world.deployments &&= world.deployments.filter((d) => !drop.has(`deployment:${d.id}`));
  world.releases &&= world.releases.filter((r) => !drop.has(`release:${r.tagName}`));
  world.tags &&= world.tags.filter((t) => !drop.has(`tag:${t.name}`));
  world.workflowRuns &&= world.workflowRuns.filter((r) => !drop.has(`run:${r.id}`));
  return drop.size;
}
