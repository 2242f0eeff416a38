import { describe, expect, it } from 'vitest';
import {
  AppError,
  labelRulesFor,
  matchesLabels,
  validateMatcherSets,
  type Matcher,
} from '../../../src/statusboard';

const eq = (name: string, value: string): Matcher => ({ name, value, isRegex: false, isEqual: true });
const re = (name: string, value: string, isEqual = true): Matcher => ({
  name,
  value,
  isRegex: true,
  isEqual,
});
const classic = labelRulesFor('0.25.0');

function problems(sets: Matcher[][], rules = classic): string {
  try {
    validateMatcherSets(sets, rules);
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INVALID_MATCHERS');
    return (err as AppError).message;
  }
}

describe('validateMatcherSets (guard rails)', () => {
  it('accepts a set with one selective positive matcher, negatives beside it', () => {
    expect(problems([[eq('job', 'web'), { ...eq('env', 'dev'), isEqual: false }]])).toBe('');
    expect(problems([[re('instance', 'web-[0-9]+')]])).toBe('');
  });
  it('refuses no sets, empty sets and all-negative sets', () => {
    expect(problems([])).toMatch(/at least one/);
    expect(problems([[]])).toMatch(/empty/);
    expect(problems([[{ ...eq('job', 'web'), isEqual: false }]])).toMatch(/nearly everything/);
  });
  it('refuses match-everything regexes and empty equality', () => {
    for (const v of ['.*', '.+', '(.*)', '.*|web', '[\\s\\S]*'])
      expect(problems([[re('job', v)]])).toMatch(/nearly everything/);
    expect(problems([[eq('job', '')]])).toMatch(/nearly everything/);
  });
  it('refuses invalid regexes and reports every problem at once', () => {
    const msg = problems([[re('job', '(')], [eq('a.b', 'x')]]);
    expect(msg).toMatch(/not a valid regular expression/);
    expect(msg).toMatch(/"a.b" is not a valid label name/);
  });
  it('allows UTF-8 label names only from Alertmanager 0.27 on', () => {
    expect(labelRulesFor('0.25.0').utf8Names).toBe(false);
    expect(labelRulesFor('0.27.0').utf8Names).toBe(true);
    expect(labelRulesFor(undefined).utf8Names).toBe(false);
    expect(problems([[eq('k8s.pod', 'x')]], labelRulesFor('0.28.1'))).toBe('');
  });
});

describe('matchesLabels', () => {
  it('anchors regexes and treats a missing label as empty', () => {
    expect(matchesLabels([re('job', 'web')], { job: 'web-1' })).toBe(false);
    expect(matchesLabels([re('job', 'web.*')], { job: 'web-1' })).toBe(true);
    expect(matchesLabels([eq('job', 'web'), { ...eq('env', 'prod'), isEqual: false }], { job: 'web' })).toBe(
      true
    );
    expect(
      matchesLabels([eq('job', 'web'), { ...eq('env', 'prod'), isEqual: false }], { job: 'web', env: 'prod' })
    ).toBe(false);
  });
});
