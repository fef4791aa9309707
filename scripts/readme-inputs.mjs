// The README's tables of the Action's inputs and outputs, written from action.yml (as
// actions/checkout does) between the markers <!-- action-inputs --> … <!-- /action-inputs --> and
// <!-- action-outputs --> … <!-- /action-outputs -->. `node scripts/readme-inputs.mjs` rewrites the
// README; test/structure/defaults.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text === '' ? '' : `\`${text}\``);

export function inputTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) => `| \`${name}\` | ${cell(code(input.default ?? ''))} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return {
    inputs: ['| input | default | meaning |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| output | value |', '| --- | --- |', ...outputs].join('\n'),
  };
}

export function withTables(readme, tables) {
  let text = readme;
  for (const [key, table] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- action-${key} -->\\n)[\\s\\S]*?(<!-- /action-${key} -->)`);
    if (!pattern.test(text)) throw new Error(`README.md has no <!-- action-${key} --> markers`);
    text = text.replace(pattern, (_, open, close) => `${open}${table}\n${close}`);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'README.md');
  const tables = inputTables(readFileSync(join(root, 'action.yml'), 'utf8'));
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), tables));
}
