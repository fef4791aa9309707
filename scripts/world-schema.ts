// Writes schema/world.schema.json from the world's shape (src/world/world-shape.ts).
import { writeFileSync } from 'node:fs';
import { WORLD_SCHEMA_PATH, worldSchemaText } from './lib/world-schema.js';

writeFileSync(WORLD_SCHEMA_PATH, await worldSchemaText());
process.stderr.write(`wrote ${WORLD_SCHEMA_PATH}\n`);
