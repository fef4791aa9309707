// F5: flow distribution categories, by labels first, then by the title's conventional-commit type.
import type { FlowDistribution } from './types.js';

export type Category = keyof FlowDistribution;
type Classified = Exclude<Category, 'unclassified'>;

export const CATEGORY_ORDER: readonly Classified[] = ['risk', 'defect', 'debt', 'feature'];

const LABELS: Record<Classified, readonly string[]> = {
  risk: ['security', 'vulnerability', 'compliance'],
  defect: ['bug', 'defect', 'fix', 'bugfix', 'hotfix', 'regression'],
  debt: ['tech-debt', 'debt', 'refactor', 'refactoring', 'chore', 'dependencies', 'maintenance'],
  feature: ['feature', 'enhancement', 'feat'],
};

const TITLE_TYPES: Record<Classified, readonly string[]> = {
  risk: ['security', 'sec'],
  defect: ['fix'],
  debt: ['refactor', 'perf', 'chore', 'build', 'ci', 'test', 'docs', 'style', 'deps'],
  feature: ['feat'],
};

const LABEL_CATEGORY = new Map<string, Classified>();
const TYPE_CATEGORY = new Map<string, Classified>();
for (const category of CATEGORY_ORDER) {
  for (const label of LABELS[category]) LABEL_CATEGORY.set(label, category);
  for (const type of TITLE_TYPES[category]) TYPE_CATEGORY.set(type, category);
}

const CONVENTIONAL_TYPE = /^([A-Za-z][\w-]*)(\([^)]*\))?!?:/;

/** The conventional-commit type of a title, lower-cased, or null. */
export function conventionalType(title: string): string | null {
  const match = CONVENTIONAL_TYPE.exec(title);
  return match ? match[1].toLowerCase() : null;
}

export function categorize(labels: readonly string[] | undefined, title: string): Category {
  let best = CATEGORY_ORDER.length;
  for (const label of labels ?? []) {
    const category = LABEL_CATEGORY.get(label.toLowerCase());
    if (category !== undefined) best = Math.min(best, CATEGORY_ORDER.indexOf(category));
  }
  if (best < CATEGORY_ORDER.length) return CATEGORY_ORDER[best];
  const type = conventionalType(title);
  return (type !== null && TYPE_CATEGORY.get(type)) || 'unclassified';
}

export function emptyDistribution(): FlowDistribution {
  return { feature: 0, defect: 0, debt: 0, risk: 0, unclassified: 0 };
}

/** F5: each category's share of `total` changes (the keys in emptyDistribution's order). */
export function distributionShares(counts: FlowDistribution, total: number): FlowDistribution {
  const out = emptyDistribution();
  for (const key of [...CATEGORY_ORDER, 'unclassified'] as const) out[key] = counts[key] / total;
  return out;
}
