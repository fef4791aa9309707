// D1: a user's `tags:REGEX` and `environment:/REGEX/flags` run on a linear-time engine:
// a pattern that backtracks exponentially in JavaScript finishes, and the constructs only a
// backtracking engine runs (lookaround, backreferences) are refused by name.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { backtrackingConstruct, parseSource } from '../../src/metrics/sources.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const EVIL = `${'a'.repeat(36)}!`;

const regexOf = (text: string) => {
  const source = parseSource(text);
  if (source === 'auto' || source.kind !== 'tags') throw new Error('not a tags source');
  return source.regex;
};

const environmentPattern = (text: string) => {
  const source = parseSource(text);
  if (source === 'auto' || source.kind !== 'environment' || !source.pattern) throw new Error('no pattern');
  return source.pattern;
};

describe('D1 user patterns on a linear-time engine', () => {
  it('D1: tags:(a+)+$ against a long tag that does not match finishes', async () => {
    const builder = new WorldBuilder()
      .tag(EVIL, 'a', '2026-03-05T00:00:00Z')
      .tag(`${'a'.repeat(40)}!`, 'b', '2026-03-06T00:00:00Z')
      .tag('aaa', 'c', '2026-03-07T00:00:00Z');
    const started = Date.now();
    const report = await metricsOf(builder, { source: 'tags:(a+)+$' });
    // Native RegExp takes minutes on these tags; the bound is generous on a shared machine.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.records.deployments.map((d) => d.key)).toEqual(['tag:aaa']);
  }, 30_000);

  it('D1: the pattern is searched, not anchored, as before', () => {
    expect(regexOf('tags:release').test('2026-release-3')).toBe(true);
    expect(regexOf('tags:^release').test('2026-release-3')).toBe(false);
    expect(regexOf(String.raw`tags:^v?\d+\.\d+\.\d+$`).test('v1.2.3')).toBe(true);
    expect(regexOf(String.raw`tags:^v?\d+\.\d+\.\d+$`).test('v1.2.3\n')).toBe(false);
    expect(regexOf('tags:(?<major>\\d+)\\.x').test('release-2.x')).toBe(true);
    expect(regexOf('tags:[(?=]').test('a(b')).toBe(true);
  });

  it('D1: environment:/REGEX/ keeps its flags i, m, s and u', () => {
    expect(environmentPattern('environment:/^prod-/').test('PROD-eu')).toBe(false);
    expect(environmentPattern('environment:/^prod-/i').test('PROD-eu')).toBe(true);
    expect(environmentPattern('environment:/^eu$/').test('prod\neu')).toBe(false);
    expect(environmentPattern('environment:/^eu$/m').test('prod\neu')).toBe(true);
    expect(environmentPattern('environment:/prod.eu/').test('prod\neu')).toBe(false);
    expect(environmentPattern('environment:/prod.eu/s').test('prod\neu')).toBe(true);
    expect(environmentPattern('environment:/^prod-\\u{e9}$/u').test('prod-é')).toBe(true);
  });

  it('D1: a lookahead, a lookbehind or a backreference is refused, naming the source and the reason', () => {
    expect(() => parseSource('tags:^v(?=1)')).toThrow(UserError);
    expect(() => parseSource('tags:^v(?=1)')).toThrow(
      /^source: tags pattern "\^v\(\?=1\)" uses a lookahead \(\?=…\), which the linear-time regular expression engine cannot run/,
    );
    expect(() => parseSource('environment:/(?<!pre)prod/i', 'deployment-source')).toThrow(
      /^deployment-source: environment pattern "\/\(\?<!pre\)prod\/i" uses a negative lookbehind/,
    );
    expect(() => parseSource('tags:(a)\\1')).toThrow(/uses a backreference \(\\1\)/);
    expect(() => parseSource('tags:(?<n>a)\\k<n>')).toThrow(/uses a named backreference/);
    expect(backtrackingConstruct('[(?=]\\(?!x')).toBeNull();
  });

  it('D1: a syntax error is still named as one', () => {
    expect(() => parseSource('tags:([')).toThrow(/tags pattern "\(\[" is not a valid regular expression/);
  });
});
