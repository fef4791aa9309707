// Every default of a run, in one place: the command line, the Action and the engine take them from
// here, and test/structure/defaults.test.ts checks action.yml's defaults and package.json's version
// against them.
export const VERSION = '0.1.0';

export const DEFAULTS = {
  /** D2 */
  source: 'auto',
  /** W1 */
  days: 90,
  /** C1 */
  incidentLabels: ['incident'] as readonly string[],
  /** T1 */
  benchmarks: 'dora-2023',
  /** ISO 4217 code of a stated downtime cost */
  currency: 'USD',
  /** the command line's --out */
  outDir: 'dora-report',
} as const;
