// Words for generated pull requests: titles in both plain and conventional-commit form, labels in
// the mixed case real repositories have (F5 matches them case-insensitively), and a few titles
// with hostile characters so that every report path meets quotes, markup and emoji.
import type { Random } from './random.js';

export type Kind = 'feature' | 'defect' | 'debt' | 'risk' | 'docs' | 'deps' | 'other';

const SCOPES = [
  'cart',
  'checkout',
  'search',
  'catalog',
  'auth',
  'api',
  'billing',
  'admin',
  'orders',
  'emails',
];

const PHRASES: Record<Exclude<Kind, 'deps'>, { verbs: string[]; objects: string[] }> = {
  feature: {
    verbs: ['add', 'support', 'show', 'allow', 'introduce', 'enable'],
    objects: [
      'coupon codes',
      'gift cards',
      'delivery estimates',
      'saved carts',
      'wish lists',
      'order tracking',
      'guest checkout',
      'product bundles',
      'dark mode',
      'CSV export',
      'bulk discounts',
      'loyalty points',
    ],
  },
  defect: {
    verbs: ['fix', 'handle', 'correct', 'prevent', 'repair'],
    objects: [
      'empty cart crash',
      'null price on sale items',
      'double charge on retry',
      'timezone in receipts',
      'stale search results',
      'broken pagination',
      'rounding of taxes',
      'session expiry loop',
      'missing images',
    ],
  },
  debt: {
    verbs: ['refactor', 'simplify', 'extract', 'clean up', 'remove', 'speed up'],
    objects: [
      'pricing module',
      'legacy cart code',
      'order service',
      'feature flags',
      'test fixtures',
      'catalog queries',
      'build scripts',
      'dead endpoints',
      'logging setup',
    ],
  },
  risk: {
    verbs: ['rotate', 'sanitize', 'harden', 'restrict', 'audit'],
    objects: ['API keys', 'search input', 'session cookies', 'admin access', 'webhook signatures'],
  },
  docs: {
    verbs: ['document', 'update', 'describe'],
    objects: ['deploy process', 'API errors', 'local setup', 'on-call runbook'],
  },
  other: {
    verbs: ['tweak', 'adjust', 'update', 'rework'],
    objects: ['footer links', 'copy on the home page', 'banner colours', 'product cards', 'onboarding flow'],
  },
};

const TYPES: Record<Kind, string[]> = {
  feature: ['feat'],
  defect: ['fix'],
  debt: ['refactor', 'chore', 'perf', 'test', 'ci', 'build'],
  risk: ['security', 'sec'],
  docs: ['docs'],
  deps: ['chore(deps)', 'build(deps)'],
  other: ['style', 'ui'],
};

const LABELS: Record<Kind, string[]> = {
  feature: ['feature', 'Feature', 'enhancement', 'feat'],
  defect: ['Bug', 'bug', 'hotfix', 'regression', 'Defect'],
  debt: ['TECH-DEBT', 'tech-debt', 'refactor', 'chore', 'Maintenance'],
  risk: ['security', 'Security', 'vulnerability', 'compliance'],
  docs: ['documentation'],
  deps: ['dependencies'],
  other: ['design', 'ux'],
};

const EXTRA_LABELS = ['ui', 'backend', 'needs-qa', 'good first issue', 'P1', 'customer-reported'];

const HOSTILE_TITLES = [
  'fix: escape "<b>" in product names',
  'Support emoji 🎉 in reviews',
  "feat(search): handle 'quotes' & <angle> brackets",
  'Localise checkout for العربية and 日本語',
  'chore: remove `eval` from the template </script><script>alert(1)</script>',
  'docs: explain {{handlebars}} in e-mail templates',
];

const PACKAGES = ['lodash', 'express', 'react', 'pg', 'stripe', 'zod', 'vite', 'eslint', 'axios'];

export interface Title {
  title: string;
  scope: string;
}

export function pickKind(random: Random): Kind {
  return random.weighted<Kind>([
    ['feature', 34],
    ['defect', 24],
    ['debt', 20],
    ['risk', 3],
    ['docs', 5],
    ['deps', 6],
    ['other', 8],
  ]);
}

export function makeTitle(random: Random, kind: Kind): Title {
  const scope = random.pick(SCOPES);
  if (kind === 'deps') {
    const pkg = random.pick(PACKAGES);
    const from = `${random.int(1, 9)}.${random.int(0, 20)}.${random.int(0, 9)}`;
    const to = from.replace(/\.(\d+)$/, (_, patch: string) => `.${Number(patch) + 1}`);
    return { title: `${random.pick(TYPES.deps)}: bump ${pkg} from ${from} to ${to}`, scope: 'deps' };
  }
  if (random.chance(0.007)) return { title: random.pick(HOSTILE_TITLES), scope };
  const words = PHRASES[kind];
  const phrase = `${random.pick(words.verbs)} ${random.pick(words.objects)}`;
  if (random.chance(0.45)) return { title: phrase[0].toUpperCase() + phrase.slice(1), scope };
  const type = random.pick(TYPES[kind]);
  const scoped = random.chance(0.5) ? `(${scope})` : '';
  const breaking = kind === 'feature' && random.chance(0.01) ? '!' : '';
  return { title: `${type}${scoped}${breaking}: ${phrase}`, scope };
}

export function makeLabels(random: Random, kind: Kind): string[] {
  if (random.chance(0.25)) return [];
  const labels = [random.pick(LABELS[kind])];
  if (random.chance(0.3)) labels.push(random.pick(EXTRA_LABELS));
  if (kind === 'feature' && random.chance(0.04)) labels.push('bug'); // F5: the first category wins
  return labels;
}

const WHY = [
  'Customers asked for this in the last survey.',
  'Support tickets about this doubled last month.',
  'This blocks the next step of the roadmap.',
  'The old code path was hard to test.',
  'Found while investigating a slow page.',
];

const TESTED = [
  'Unit tests added; tried it by hand on staging.',
  'Covered by the existing end-to-end tests.',
  'Ran the full suite locally.',
  'Manual check in the browser; screenshots below.',
];

/** A pull request description in the usual template, or nothing (many have none). */
export function makeBody(random: Random, scope: string): string {
  if (random.chance(0.3)) return '';
  const why = `## Why\n\n${random.pick(WHY)}`;
  const what = `## What\n\nChanges to the ${scope} area. Closes #${random.int(1, 900)}.`;
  return `${why}\n\n${what}\n\n## How tested\n\n${random.pick(TESTED)}`;
}

export function makeFiles(random: Random, scope: string, count: number): string[] {
  const files: string[] = [];
  for (let i = 0; i < Math.min(count, 4); i++)
    files.push(`src/${scope}/${random.pick(SCOPES)}-${random.int(1, 40)}.ts`);
  return files;
}

const COMMIT_MESSAGES = [
  'wip',
  'address review comments',
  'fix tests',
  'tidy up',
  'add tests',
  'rename things',
];

export function makeCommitMessage(random: Random, index: number, title: string): string {
  return index === 0 ? title : random.pick(COMMIT_MESSAGES);
}

export const TEAM = [
  'ana',
  'bo',
  'chen',
  'dara',
  'eve',
  'farah',
  'gus',
  'hiro',
  'ines',
  'jon',
  'kai',
  'lena',
];
export const DEPENDENCY_BOT = 'dependabot[bot]';
export const DEPLOY_BOT = 'github-actions[bot]';

export function teamOf(size: number): string[] {
  const team = TEAM.slice(0, size);
  for (let i = team.length; i < size; i++) team.push(`dev-${i + 1}`);
  return team;
}
