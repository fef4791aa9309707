// "Where we stand in our industry" (P1–P4, docs/benchmarks.md): each DORA card's position
// among the 2025 DORA respondents of the chosen industry, with a strip (the industry's mean ± 1
// standard deviation and our score on the 0–10 scale, as inline SVG: no script, no style
// attribute, a text fallback beside it), the "At a glance" line and the methodology entry that
// quotes the survey's questions. Pure: metrics.json in, final text out.
import { DORA_2025_SOURCE } from '../metrics/benchmarks/dora-2025.js';
import {
  MIN_DEPLOYMENTS_FOR_REWORK_SCORE,
  POSITION_WORDS,
  withheldTiers,
  type IndustryMetric,
  type IndustryMetricName,
  type IndustryReport,
  type Position,
} from '../metrics/industry.js';
import type { MetricsReport } from '../metrics/types.js';
import { formatNumber, plural } from '../translate/format.js';

export interface StripView {
  /** the svg's <title> id */
  id: string;
  /** svg x coordinates on a 0–100 axis (score × 10) */
  bandX: number;
  bandWidth: number;
  meanX: number;
  scoreX: number;
  /** the strip in words: its text alternative, also printed under it */
  text: string;
}

export interface PositionView {
  /** css modifier: well-ahead | ahead | level | behind | well-behind | none */
  key: Position | 'none';
  /** benchmarks: dora-2025: the position leads the card, before the tier */
  lead: boolean;
  /** decorative; the words carry the meaning */
  icon: string;
  /** "Ahead of most respondents in Financial Services", "No industry position" */
  text: string;
  /** "score 6 of 10; Financial Services respondents 5.4 ± 2.3 (DORA 2025)", or why there is none */
  detail: string;
  strip: StripView | null;
  anchor: string;
  rules: string;
}

export interface SurveyQuestionView {
  metric: string;
  question: string;
}

const EDITION_TITLE = 'DORA 2025';
const ANCHOR = 'method-industry';
const RULES = 'P1–P4';

const ICONS: Record<Position, string> = {
  'well-ahead': '▲▲',
  ahead: '▲',
  level: '=',
  behind: '▼',
  'well-behind': '▼▼',
};

/**
 * The survey's questions (DORA's Quick Check, 2025 edition), in our words and faithful to its
 * wording; respondents answered them about their primary application or service.
 */
export const SURVEY_QUESTIONS: Record<IndustryMetricName, SurveyQuestionView> = {
  deploymentFrequency: {
    metric: 'Deployment frequency',
    question:
      'For the primary application or service you work on, how often does your organization deploy code to production or release it to end users?',
  },
  leadTime: {
    metric: 'Lead time for changes',
    question:
      'For the primary application or service you work on, what is your lead time for changes (that is, how long does it take to go from code committed to code successfully running in production)?',
  },
  changeFailureRate: {
    metric: 'Change failure rate',
    question:
      'Approximately what percentage of changes to production or releases to users degrade the service (an impairment or an outage, say) and then need remediation (a hotfix, rollback, fix forward or patch)?',
  },
  timeToRestore: {
    metric: 'Time to restore service',
    question:
      'For the primary application or service you work on, how long does it generally take to restore service after a change to production or a release to users degrades it (an impairment or an outage) and needs remediation (a hotfix, rollback, fix forward or patch)?',
  },
  reworkRate: {
    metric: 'Deployment rework rate',
    question:
      'Approximately what percentage of deployments in the last six months were not planned, but made to fix a user-facing bug in the application?',
  },
};

/** "in Financial Services", "across all industries" */
function respondentsOf(industry: IndustryReport): string {
  return industry.key === 'all' ? 'across all industries' : `in ${industry.name}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One decimal, as the survey's figures are given. */
function score(value: number): string {
  return formatNumber(value);
}

const svgX = (scoreValue: number) => Math.round(Math.min(10, Math.max(0, scoreValue)) * 1000) / 100;

function stripOf(name: IndustryMetricName, m: IndustryMetric, industry: IndustryReport): StripView | null {
  if (m.score === null || m.industryMean === null || m.industryStd === null) return null;
  const low = svgX(m.industryMean - m.industryStd);
  const high = svgX(m.industryMean + m.industryStd);
  const who = industry.key === 'all' ? 'Respondents across all industries' : `${industry.name} respondents`;
  return {
    id: `strip-${name}`,
    bandX: low,
    bandWidth: Math.round((high - low) * 100) / 100,
    meanX: svgX(m.industryMean),
    scoreX: svgX(m.score),
    text: `On a scale from 0 to 10 (10 best): this repository ${score(m.score)}; ${who} ${score(m.industryMean)} on average, most between ${score(Math.max(0, m.industryMean - m.industryStd))} and ${score(Math.min(10, m.industryMean + m.industryStd))} (mean ± 1 standard deviation).`,
  };
}

/** Why P2 gave no score, in the order its rule lists the reasons. */
function whyNone(name: IndustryMetricName, report: MetricsReport): string {
  const d = report.dora;
  const withheld = withheldTiers(d);
  const value: Record<IndustryMetricName, number | null> = {
    deploymentFrequency: d.deploymentFrequency.perDay,
    leadTime: d.leadTime.medianHours,
    changeFailureRate: d.changeFailureRate.rate,
    timeToRestore: d.timeToRestore.medianHours,
    reworkRate: d.reworkRate.rate,
  };
  if (value[name] === null) return 'no value in this window';
  if (withheld.window) return 'the tiers of this window are withheld, and so is its position';
  if (name === 'reworkRate' && d.reworkRate.deployments < MIN_DEPLOYMENTS_FOR_REWORK_SCORE)
    return `a position needs at least ${plural(MIN_DEPLOYMENTS_FOR_REWORK_SCORE, 'deployment')}`;
  return 'too few to rate: a position needs what a tier needs';
}

export function buildPositions(report: MetricsReport): Record<IndustryMetricName, PositionView> {
  const industry = report.industry;
  const lead = report.benchmarks.badge === 'industry';
  const where = respondentsOf(industry);
  const view = (name: IndustryMetricName): PositionView => {
    const m = industry.metrics[name];
    const common = { lead, anchor: ANCHOR, rules: RULES };
    if (m.position === null || m.score === null || m.industryMean === null || m.industryStd === null) {
      return {
        ...common,
        key: 'none',
        icon: '–',
        text: 'No industry position',
        detail: whyNone(name, report),
        strip: null,
      };
    }
    return {
      ...common,
      key: m.position,
      icon: ICONS[m.position],
      text: `${capitalised(POSITION_WORDS[m.position])} most respondents ${where}`,
      detail: `score ${score(m.score)} of 10 against their ${score(m.industryMean)} ± ${score(m.industryStd)} (${EDITION_TITLE})`,
      strip: stripOf(name, m, industry),
    };
  };
  return {
    deploymentFrequency: view('deploymentFrequency'),
    leadTime: view('leadTime'),
    changeFailureRate: view('changeFailureRate'),
    timeToRestore: view('timeToRestore'),
    reworkRate: view('reworkRate'),
  };
}

/** "At a glance": how many of the five metrics are ahead of the industry. */
export function industryGlance(report: MetricsReport): string {
  const positions = Object.values(report.industry.metrics).map((m) => m.position);
  const count = (...words: Position[]) => positions.filter((p) => p !== null && words.includes(p)).length;
  const ahead = count('ahead', 'well-ahead');
  const rest = [
    count('level') ? `level on ${count('level')}` : '',
    count('behind', 'well-behind') ? `behind on ${count('behind', 'well-behind')}` : '',
    positions.includes(null) ? `${positions.filter((p) => p === null).length} without a position` : '',
  ].filter(Boolean);
  return `Against the ${EDITION_TITLE} survey's respondents ${respondentsOf(report.industry)}: ahead on ${ahead} of the ${positions.length} metrics${rest.length ? ` (${rest.join(', ')})` : ''}.`;
}

/** The header's benchmark fact: with dora-2025, the industry the positions compare with first. */
export function benchmarkFact(report: MetricsReport, tierTable: string): string {
  if (report.benchmarks.badge !== 'industry') return tierTable;
  return `Position among ${EDITION_TITLE} respondents ${respondentsOf(report.industry)} (dora-2025); tiers from ${tierTable}`;
}

export interface IndustryMethodView {
  anchor: string;
  name: string;
  rules: string;
  definition: string;
  questions: SurveyQuestionView[];
}

export function industryMethod(report: MetricsReport): IndustryMethodView {
  const industry = report.industry;
  const lead =
    report.benchmarks.badge === 'industry'
      ? ' With benchmarks dora-2025 the position leads each card; the tiers beside it still come from dora-2023.'
      : '';
  return {
    anchor: ANCHOR,
    name: 'Where we stand in our industry',
    rules: RULES,
    definition: `The respondents of DORA's 2025 survey answered questions about the primary application or service they work on, choosing a band (less than an hour, less than a day, …) or a percentage; the figures on this page are measured from this repository's records, not answered from memory, so a position places a measurement among self-reported answers: read it as a rough guide. Each figure becomes the band its answer would have been (P1) and a score from 0 to 10, 10 best: (band − 1) × 2, or 10 × (1 − rate) for change failure and rework rates (P2). The score is compared with the mean and standard deviation of the ${industry.name} respondents (industry: ${industry.key}): z = (score − mean) ÷ standard deviation; z of 1 or more is well ahead of most respondents, 0.25 or more ahead, within ±0.25 level, above −1 behind, else well behind (P3). A figure without a tier (too few to rate, assumed deployments, a window the history does not reach) and a rework rate from fewer than ${MIN_DEPLOYMENTS_FOR_REWORK_SCORE} deployments get no position.${lead} Source: DORA's Quick Check, ${DORA_2025_SOURCE.repository.replace('https://github.com/', '')} ${DORA_2025_SOURCE.path} at commit ${DORA_2025_SOURCE.commit.slice(0, 7)}. The survey's questions, in our words:`,
    questions: Object.values(SURVEY_QUESTIONS),
  };
}
