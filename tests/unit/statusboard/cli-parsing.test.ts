import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/statusboard/duration';
import { formatMatcherSet, parseMatcherSet } from '../../../src/statusboard/matcher-syntax';

describe('parseDuration', () => {
  it('reads CI-style durations', () => {
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('45s')).toBe(45_000);
    expect(parseDuration('1d')).toBe(86_400_000);
  });
  it('refuses what it cannot read', () => {
    for (const bad of ['', '2', 'h', '2 hours', '-1h', '0m']) expect(() => parseDuration(bad)).toThrow();
  });
});

describe('parseMatcherSet', () => {
  it('reads amtool/PromQL-style matchers, quoted or not', () => {
    expect(parseMatcherSet('job=web,instance=~"web-.*", env!=dev, zone!~"a|b"')).toEqual([
      { name: 'job', value: 'web', isRegex: false, isEqual: true },
      { name: 'instance', value: 'web-.*', isRegex: true, isEqual: true },
      { name: 'env', value: 'dev', isRegex: false, isEqual: false },
      { name: 'zone', value: 'a|b', isRegex: true, isEqual: false },
    ]);
    expect(parseMatcherSet('{job="a,b"}')).toEqual([
      { name: 'job', value: 'a,b', isRegex: false, isEqual: true },
    ]);
  });
  it('round-trips through formatMatcherSet', () => {
    const set = parseMatcherSet('job="web", env!~"dev|test"');
    expect(parseMatcherSet(formatMatcherSet(set))).toEqual(set);
  });
  it('refuses garbage', () => {
    expect(() => parseMatcherSet('')).toThrow();
    expect(() => parseMatcherSet('job')).toThrow();
  });
});
