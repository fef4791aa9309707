// `npm run sim -- --world FILE [--port N] [--token T]`: serve a world until stopped.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { World } from '../../src/world/types.js';
import { startSimulator } from './server.js';

const { values } = parseArgs({
  options: { world: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } },
});
if (!values.world) {
  console.error('usage: npm run sim -- --world FILE [--port N] [--token T]');
  process.exit(2);
}
const world = JSON.parse(readFileSync(values.world, 'utf8')) as World;
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: "${values.port}" is not a port number (0 to 65535)`);
  process.exit(2);
}
const sim = await startSimulator({ world, port, token: values.token });
console.log(`listening on ${sim.url}`);
const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
