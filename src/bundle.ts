// The one bundle both entries share (dist/lib/): the Action (dist/index.js) and the command line
// (dist/cli.js) each load their own module from it on demand, so the code they have in common
// (engine, collector, report) is bundled once instead of twice.
export const runAction = (): Promise<unknown> => import('./action.js');
export const runCli = (): Promise<unknown> => import('./cli.js');
