// The report's definitions page: docs/metrics.md and docs/benchmarks.md as one static HTML page,
// templates/definitions.html, which every report folder carries beside index.html so that each
// rule number in the methodology links to its definition (`definitions.html#rule-L3`), on Pages
// and offline alike. `npm run docs` rewrites it; test/report/definitions.test.ts fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['docs/metrics.md', 'docs/benchmarks.md'];

export function definitionsPage(read = (path) => readFileSync(join(root, path), 'utf8')) {
  const body = DOCS.map((path) => marked.parse(read(path), { async: false }))
    .join('\n<hr>\n')
    // Both documents are on this one page: links between them become links within it.
    .replace(/href="(?:\.\/)?(?:metrics|benchmarks)\.md#/g, 'href="#')
    .replace(/href="(?:\.\/)?(?:metrics|benchmarks)\.md"/g, 'href="#top"')
    // The README is not part of the site: its title stays, without a link that could not work.
    .replace(/<a href="\.\.\/[^"]*">(.*?)<\/a>/g, '$1');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>How every figure is defined</title>
<link rel="stylesheet" href="assets/report.css">
</head>
<body>
<main id="top" class="definitions">
<p><a href="index.html">← Back to the report</a></p>
${body}
</main>
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'templates', 'definitions.html'), definitionsPage());
}
