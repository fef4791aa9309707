import { runAction } from './lib/index.js';
await runAction();
