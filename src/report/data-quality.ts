// The data-quality section: what was counted and what was left out, so no number is a mystery.
import { clampedTotal } from '../metrics/quality.js';
import type { DataQuality } from '../metrics/types.js';
import { formatNumber } from '../translate/format.js';
import type { QualityItemView } from './view-types.js';

interface ItemSpec {
  label: string;
  value: (q: DataQuality) => number | boolean;
  explanation: string;
  /** a count that is normal when zero: shown anyway, and flagged when set */
  flagWhenSet?: true;
  /** meaningless without pull requests (L1): left out of a commits-only history */
  pullRequestsOnly?: true;
}

const ITEMS: ItemSpec[] = [
  {
    label: 'Deployments in the whole history',
    value: (q) => q.deploymentsInWorld,
    explanation: 'Every deployment the source found (D1), before the window is applied.',
  },
  {
    label: 'Deployments off the default branch',
    value: (q) => q.deploymentsOffDefaultBranch,
    explanation: 'Counted as deployments but ship no change, for example backport releases (L3).',
    flagWhenSet: true,
  },
  {
    label: 'Changes merged in the window',
    value: (q) => q.changesInWindow,
    explanation:
      'Pull requests merged into the default branch, or commits in a history without pull requests (L1).',
  },
  {
    label: 'Changes not yet shipped',
    value: (q) => q.unshippedChanges,
    explanation: 'Merged but no deployment contains them yet: they have no lead time until they ship (L3).',
    flagWhenSet: true,
  },
  {
    label: 'Changes shipped by the first deployment',
    value: (q) => q.changesShippedByFirstDeployment,
    explanation: 'Nothing bounds how long they waited, so they have no lead time (L4).',
    flagWhenSet: true,
  },
  {
    label: 'Incidents starting in the window',
    value: (q) => q.incidentsInWindow,
    explanation: 'Issues carrying an incident label (C1).',
  },
  {
    label: 'Incidents without a deployment',
    value: (q) => q.unattributedIncidents,
    explanation:
      'No deployment happened before they started; they count for time to restore but fail no deployment (C1).',
    flagWhenSet: true,
  },
  {
    label: 'Reverts merged in the window',
    value: (q) => q.revertsInWindow,
    explanation: 'Changes that undo an earlier change (C2).',
  },
  {
    label: 'Reverts without a target',
    value: (q) => q.revertsWithoutTarget,
    explanation: 'The reverted change could not be found, so they fail no deployment (C2).',
    flagWhenSet: true,
  },
  {
    label: 'Pull requests merged without review',
    value: (q) => q.pullRequestsMergedWithoutReview,
    explanation:
      'No review by someone other than the author before merging: they have no pickup or review phase (F2).',
    flagWhenSet: true,
    pullRequestsOnly: true,
  },
  {
    label: 'Pull requests into other branches',
    value: (q) => q.pullRequestsIntoOtherBranches,
    explanation: 'Not merged into the default branch, so not changes (L1).',
    pullRequestsOnly: true,
  },
  {
    label: 'Negative durations counted as 0',
    value: (q) => clampedTotal(q.clampedDurations),
    explanation:
      'An end before its start (a pull request created after its merge, an incident closed before it opened): counted as 0, as every negative duration is.',
    flagWhenSet: true,
  },
  {
    label: 'Squash-merged history without pull requests',
    value: (q) => q.squashMergedCommitsOnly,
    explanation: 'Each commit is its own merge, so lead time covers only the wait for deployment (L4).',
    flagWhenSet: true,
  },
  {
    label: 'Shallow history',
    value: (q) => q.shallowHistory,
    explanation: 'The clone does not reach the start of the window: early changes may be missing.',
    flagWhenSet: true,
  },
];

export function buildQualityItems(quality: DataQuality): QualityItemView[] {
  return ITEMS.filter((item) => quality.worldKind === 'pull-requests' || !item.pullRequestsOnly).map(
    (item) => {
      const value = item.value(quality);
      const set = typeof value === 'boolean' ? value : value > 0;
      return {
        label: item.label,
        value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : formatNumber(value),
        explanation: item.explanation,
        attention: (item.flagWhenSet ?? false) && set,
      };
    },
  );
}
