// JSON for a <script type="application/json"> element. `<`, `>` and `&` become \u escapes so that
// `</script>` and `<!--` in GitHub text cannot end or change the element; U+2028 and U+2029 too,
// because older JavaScript parsers treat them as line ends.
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]);
}
