// W3: weekly series over ISO weeks that start in the window.
import type { WeeklyEntry } from './types.js';
import { loadAt, type Model } from './model.js';
import { deploymentsIn, failedCount, flowMergedIn, leadTimesOf } from './period.js';
import { median } from './stats.js';
import { isoTime, weeksOf, type ReportWindow } from './window.js';

export function computeWeekly(model: Model, window: ReportWindow): WeeklyEntry[] {
  return weeksOf(window).map((week) => {
    const deployments = deploymentsIn(model, week);
    // L5: F1 and F2 without the excluded authors' pull requests.
    const merged = model.prWorld ? flowMergedIn(model, week) : null;
    return {
      weekStart: isoTime(week.since),
      deployments: deployments.length,
      leadTimeMedianHours: median(leadTimesOf(model, deployments)),
      failedDeployments: failedCount(model, deployments),
      mergedPullRequests: merged === null ? null : merged.length,
      cycleTimeMedianHours: merged === null ? null : median(merged.map((i) => model.cycles[i].cycleHours)),
      // W3: a week's load is taken at the end of its range.
      load: model.prWorld ? loadAt(model, week.until) : null,
    };
  });
}
