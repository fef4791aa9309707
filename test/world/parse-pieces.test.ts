// A world file parsed a list batch at a time gives exactly JSON.parse's value, and
// whatever JSON.parse refuses (or is not an object) is left to JSON.parse.
import { describe, expect, it } from 'vitest';
import { parseObjectInPieces } from '../../src/world/parse-pieces.js';

/** JSON.parse's value when it is an object, else undefined: what parseObjectInPieces must give. */
function expected(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function check(text: string) {
  const actual = parseObjectInPieces(Buffer.from(text, 'utf8'));
  const wanted = expected(text);
  expect(actual, text.slice(0, 80)).toEqual(wanted);
  // Same keys in the same order, own "__proto__" included.
  if (wanted !== undefined) expect(JSON.stringify(actual)).toBe(JSON.stringify(wanted));
}

const big = (n: number, item: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => item(i)).join(',');

describe('parseObjectInPieces', () => {
  it('equals JSON.parse on objects, lists of every kind, strings that look like structure', () => {
    for (const text of [
      '{}',
      ' \t\r\n{ } \n',
      '{"a":1}',
      '{"a":[]}',
      '{"a":[ ]}',
      '{"a":[1,2,3],"b":{"c":[1,{"d":"]},{["}]},"e":null,"f":true,"g":-1.5e3}',
      '{"s":"quote \\" backslash \\\\ ] } , [ {","t":["\\"]",",","\\\\"]}',
      '{"ünï":"cödé — \\u2028 😀","list":["😀",{"k":"é"}]}',
      '{"a":1,"a":2,"b":3}',
      '{"__proto__":{"x":1},"y":[{"__proto__":2}]}',
      '\ufeff{"bom":[1]}',
      '{\n  "pretty": [\n    {\n      "a": 1\n    },\n    {\n      "b": [\n        2\n      ]\n    }\n  ]\n}\n',
      `{"commits":[${big(5000, (i) => `{"sha":"${i.toString(16).padStart(40, '0')}","parents":["x"],"m":"a,b]"}`)}],"n":[${big(30000, (i) => `${i}`)}]}`,
    ])
      check(text);
  });

  it('leaves to JSON.parse what it refuses or what is not an object', () => {
    for (const text of [
      '',
      '   ',
      '[]',
      '[{"a":1}]',
      'null',
      '1',
      '"s"',
      '{',
      '{"a":1',
      '{"a":1,}',
      '{,"a":1}',
      '{"a" 1}',
      '{"a":1} x',
      '{"a":1}}',
      '{"a":[1,]}',
      '{"a":[,1]}',
      '{"a":[1,,2]}',
      '{"a":[1}',
      '{"a":[1]]}',
      '{"a":{"b":1]}',
      '{"a":[{"b":1]]}',
      '{"a":["unterminated]}',
      '{"a":"raw\ncontrol"}',
      '{"a":tru}',
      '{"a":[01]}',
      "{'a':1}",
      '{"a":1}\u0000',
      `{"n":[${big(30000, (i) => `${i}`)},]}`,
      `{"n":[${big(30000, (i) => `${i}`)},,1]}`,
      `{"n":[${big(30000, (i) => `${i}`)}}`,
    ])
      check(text);
  });

  // The batch ends found by searching for how the first item opens: a match inside a nested
  // value, past the list's end, or in a file that does not repeat the opening must all give
  // JSON.parse's value (the batch before a wrong cut does not parse, and the list is then read
  // byte by byte).
  it('equals JSON.parse when the opening of the first item recurs inside items, strings and later lists', () => {
    let seed = 12;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const hostile = ['},{"sha":', '},{\\"sha\\":', '\\', ',\n    {\n      "sha":', ']', '😀'];
    const item = (i: number): unknown => {
      const nested = random() < 0.3 ? [{ sha: `n${i}` }, { sha: `m${i}`, deeper: [{ sha: 'x' }] }] : [];
      const text = hostile[Math.floor(random() * hostile.length)];
      // Some items open with another key first: the opening then recurs less often.
      return random() < 0.1
        ? { other: i, sha: text, nested }
        : { sha: `${i}${text}`, nested, pad: 'p'.repeat(200) };
    };
    for (const indent of [undefined, 2, '\t']) {
      for (const n of [0, 1, 400, 3000]) {
        const world = {
          commits: Array.from({ length: n }, (_, i) => item(i)),
          // The same opening in the next lists: a search from the commits may land in them.
          pullRequests: Array.from({ length: 700 }, (_, i) => ({ sha: `pr${i}`, commits: [{ sha: 'c' }] })),
          tags: Array.from({ length: 500 }, (_, i) => ({ sha: `t${i}` })),
          numbers: Array.from({ length: 20000 }, (_, i) => i),
        };
        check(JSON.stringify(world, null, indent));
      }
    }
    // A cut would fall after a trailing comma, or before an item that is not valid JSON.
    const items = Array.from({ length: 2000 }, (_, i) => `{"sha":"${i}","pad":"${'p'.repeat(100)}"}`).join(
      ',',
    );
    check(`{"commits":[${items},]}`);
    check(`{"commits":[${items},{"sha":tru}]}`);
    check(`{"commits":[${items}}`);
  });
});
