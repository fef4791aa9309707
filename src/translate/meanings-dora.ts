// What each DORA key means to someone who is not an engineer, depending on its value (the seed
// documents' ideas in our own words): what engineers measure, what customers feel, what the business
// gains or risks, and the "so what".
import type { DoraMetrics } from '../metrics/types.js';
import { durationUnit, formatDuration, formatOneIn, formatPercent } from './format.js';

/** "within 5 hours", "in under a minute" (never "within under a minute"). */
function within(hours: number): string {
  return hours * 60 < 1 ? 'in under a minute' : `within ${formatDuration(hours)}`;
}

/** "weeks" or "months", as the figure is said: words must not contradict it. */
function longSpan(hours: number): string {
  return durationUnit(hours) === 'months' ? 'months' : 'weeks';
}

export interface Meaning {
  measures: string;
  customers: string;
  business: string;
  soWhat: string;
}

export function deploymentFrequencyMeaning(m: DoraMetrics['deploymentFrequency']): Meaning {
  const measures =
    'How often finished work reaches the people who use the product: each deployment is a moment customers can get something new or fixed.';
  if (m.count === 0) {
    return {
      measures,
      customers: 'Customers received nothing new or fixed from this repository in the window.',
      business: 'Work may be finished but it earns nothing while it waits to be released.',
      soWhat:
        'Find out whether releases are blocked, or whether the deployment source is the wrong one (see the header).',
    };
  }
  if (m.perDay >= 1) {
    return {
      measures,
      customers: 'Improvements and fixes reach customers within a day of being ready.',
      business:
        'The company can answer a competitor, a regulation or a customer request within a day, and run many small experiments.',
      soWhat: 'Keep releases small and routine; this speed is a competitive asset worth protecting.',
    };
  }
  if (m.perDay * 7 >= 1) {
    return {
      measures,
      customers: 'Customers see improvements every week; an urgent fix usually waits days, not weeks.',
      business:
        'The business can react to the market within a week, and each release stays small enough to be low risk.',
      soWhat: 'Moving from weekly to daily releases would shorten every feedback loop with customers.',
    };
  }
  const gap = longSpan(24 / m.perDay);
  return {
    measures,
    customers: `Customers wait ${gap} between improvements, and a fix may sit finished until the next release.`,
    business:
      'Finished work piles up into large releases: value arrives late, each release carries more risk, and the market moves meanwhile.',
    soWhat:
      'Ask what makes a release expensive here; smaller, more frequent releases are usually both faster and safer.',
  };
}

/**
 * `hasFlow`: the report has a flow section with pull request phases to point to; a commits-only
 * history has none, so the advice names the steps instead of an empty section.
 */
export function leadTimeMeaning(m: DoraMetrics['leadTime'], hasFlow = true): Meaning {
  const measures =
    'How long a change takes from its first line of code to running in production: the delay between an idea being worked on and customers benefiting from it.';
  const h = m.medianHours;
  if (h === null) {
    return {
      measures,
      customers: 'No change reached production in the window, so there is nothing to time.',
      business: 'Without shipped changes, engineering effort is not yet turning into customer value.',
      soWhat: 'Check the data-quality section: changes may be waiting for a release.',
    };
  }
  const typical = formatDuration(h);
  if (h < 24) {
    return {
      measures,
      customers: `A typical change reaches customers ${within(h)}: a reported problem can be fixed the same day.`,
      business:
        'Ideas are tested against real customers quickly, and little money is tied up in unfinished work.',
      soWhat: 'The team learns from customers daily; the limit is now how well it chooses what to build.',
    };
  }
  if (h < 168) {
    return {
      measures,
      customers: `A typical change takes ${typical} to reach customers: requests are answered within the week.`,
      business: `Feedback arrives ${h < 48 ? 'within a day or two' : 'in days'}; campaigns and customer commitments can rely on changes landing within a week.`,
      soWhat: hasFlow
        ? 'The flow section shows which step holds changes longest; that is where days can be won.'
        : 'Find the step that holds changes longest (coding, review or the wait for a release); pull request histories (--repo) measure each step.',
    };
  }
  const span = h < 24 * 14 ? 'more than a week' : longSpan(h);
  return {
    measures,
    customers: `A typical change takes ${typical} to reach customers: a reported problem or a promised feature waits ${span}.`,
    business: `Paid-for work sits unfinished for ${span}, feedback comes late, and competitors who ship faster learn faster.`,
    soWhat: hasFlow
      ? 'Look at the flow section for the slowest step (often waiting for review or for a release) and fix that first.'
      : 'Find the slowest step (often waiting for review or for a release) and fix that first; pull request histories (--repo) measure each step.',
  };
}

export function changeFailureMeaning(m: DoraMetrics['changeFailureRate']): Meaning {
  const measures =
    'The share of deployments that caused a problem needing a fix: an incident or the change being reverted.';
  const rate = m.rate;
  if (rate === null) {
    return {
      measures,
      customers: 'No deployments in the window, so no failures could happen.',
      business: 'There is nothing to judge until the team deploys.',
      soWhat: 'Come back when there are deployments in the window.',
    };
  }
  const oneIn = formatOneIn(rate);
  if (rate === 0) {
    return {
      measures,
      customers: 'No deployment in the window caused a recorded problem for customers.',
      business: 'Engineering time went to planned work rather than repairs.',
      soWhat: m.tooFewToRate
        ? 'With so few deployments this is encouraging but not yet proof.'
        : 'Quality holds at this pace; the team can afford to release more often.',
    };
  }
  const share = `${formatPercent(rate)} (${oneIn} deployments)`;
  if (rate <= 0.15) {
    return {
      measures,
      customers: `${share} caused a problem: customers see disruption ${rate < 0.05 ? 'rarely' : 'now and then'}.`,
      business: 'Most releases deliver as planned; some time is lost to repairs.',
      soWhat: 'Keep an eye on the trend: rising failures usually come before slower, more cautious releases.',
    };
  }
  return {
    measures,
    customers: `${share} caused a problem: customers notice breakages regularly.`,
    business:
      'A large part of engineering time goes to firefighting instead of new value, releases become unpredictable, and trust suffers.',
    soWhat:
      'Invest in automated tests and smaller releases; each failure avoided gives time back to planned work.',
  };
}

export function timeToRestoreMeaning(m: DoraMetrics['timeToRestore']): Meaning {
  const measures =
    'How long it takes, once something breaks in production, until customers are back to normal (incidents closed, bad changes reverted).';
  const h = m.medianHours;
  if (m.events === 0) {
    return {
      measures,
      customers: 'No failure events were recorded in the window.',
      business: 'No downtime to pay for; recovery speed stays untested.',
      soWhat: 'Make sure incidents are recorded as labelled issues, or this number stays silent.',
    };
  }
  if (h === null) {
    return {
      measures,
      customers:
        'Failures happened but none was restored within the window: customers may still be affected.',
      business: 'Open problems cost money every hour they stay open.',
      soWhat: 'Check the failure table below for the events still open.',
    };
  }
  const typical = formatDuration(h);
  if (h < 1) {
    return {
      measures,
      customers: `Service is typically back ${within(h)}: most customers barely notice a failure.`,
      business: 'Failures cost little, so the team can take reasonable risks and move fast.',
      soWhat: 'This fast recovery is what makes frequent releases safe; keep the practices that enable it.',
    };
  }
  if (h < 24) {
    return {
      measures,
      customers: `A failure typically lasts ${typical}: customers feel it ${h <= 8 ? 'within a working day' : 'for most of a day'}.`,
      business: 'Each hour of disruption can cost revenue and goodwill; see the business impact section.',
      soWhat: 'Faster detection and one-click rollback are the usual ways to bring this under an hour.',
    };
  }
  return {
    measures,
    customers: `A failure typically lasts ${typical}: customers live with a broken experience for ${brokenFor(h)}.`,
    business: 'Long outages cost revenue directly and push customers towards alternatives.',
    soWhat: 'Recovery speed deserves investment before new features: monitoring, on-call and rollback.',
  };
}

/** How long customers live with a failure, in the unit its figure is said in. */
function brokenFor(hours: number): string {
  const unit = durationUnit(hours);
  return unit === 'hours' ? 'more than a day' : unit;
}

export function reworkMeaning(m: DoraMetrics['reworkRate']): Meaning {
  const measures =
    'The share of deployments made only to fix problems customers ran into (reverts and defect fixes), rather than to deliver planned work.';
  const rate = m.rate;
  if (rate === null) {
    return {
      measures,
      customers: 'No deployments in the window.',
      business: 'Nothing to judge yet.',
      soWhat: 'Come back when there are deployments in the window.',
    };
  }
  if (rate === 0) {
    return {
      measures,
      customers: 'No deployment was an unplanned fix: customers receive planned improvements.',
      business: 'All release effort goes to the roadmap.',
      soWhat: 'Quality is not holding delivery back.',
    };
  }
  if (rate <= 0.1) {
    return {
      measures,
      customers: `Only ${formatPercent(rate)} of deployments were unplanned fixes: customers mostly receive planned improvements.`,
      business: 'Almost all release effort goes to the roadmap.',
      soWhat: 'Quality is not holding delivery back.',
    };
  }
  return {
    measures,
    customers: `${formatPercent(rate)} of deployments were unplanned fixes: customers often receive repairs rather than improvements.`,
    business: 'Unplanned work displaces planned work and makes roadmap dates less reliable.',
    soWhat: 'Reducing failures upstream (tests, review, smaller changes) frees this capacity for new value.',
  };
}
