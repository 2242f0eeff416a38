/**
 * Matcher sets and the guard rails that keep a typo from silencing everything. Alertmanager itself
 * accepts a silence whose matchers are all negative (DESIGN.md 4), so StatusBoard must refuse it here.
 */
import { AppError } from './errors';

export interface Matcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

export type MatcherSet = Matcher[];

export interface LabelRules {
  /** Alertmanager >= 0.27 accepts any UTF-8 label name; older ones only the classic Prometheus form. */
  utf8Names: boolean;
}

export const CLASSIC_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Label name rules for an Alertmanager version string (e.g. "0.25.0"); unknown means classic. */
export function labelRulesFor(version: string | undefined): LabelRules {
  const m = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return { utf8Names: false };
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return { utf8Names: major > 0 || minor >= 27 };
}

// Strings a matcher that selects "a specific thing" should not all match. If a regex matches every
// one of these (or the empty string, which also means "label absent"), it selects nearly everything.
const PROBES = ['', 'a', 'Z', '0', 'statusboard-probe_42', 'x.y/z:9090', ' '];

/** Alertmanager anchors regexes: `value` must match the whole label value. */
export function compileAnchored(value: string): RegExp | null {
  try {
    return new RegExp(`^(?:${value})$`, 'u');
  } catch {
    return null;
  }
}

/** True when a positive matcher actually narrows the alerts it applies to. */
function isSelective(m: Matcher): boolean {
  if (!m.isEqual) return false;
  if (!m.isRegex) return m.value !== '';
  const re = compileAnchored(m.value);
  if (!re || re.test('')) return false;
  return !PROBES.slice(1).every((p) => re.test(p));
}

/** Throws INVALID_MATCHERS with a list of every problem found, or returns nothing. */
export function validateMatcherSets(sets: MatcherSet[], rules: LabelRules): void {
  const problems: string[] = [];
  if (sets.length === 0) problems.push('at least one matcher set is required');
  sets.forEach((set, i) => {
    const where = `matcherSets[${i}]`;
    if (set.length === 0) {
      problems.push(`${where} is empty and would silence every alert`);
      return;
    }
    set.forEach((m, j) => {
      const at = `${where}[${j}]`;
      if (m.name === '') problems.push(`${at}: label name is empty`);
      else if (!rules.utf8Names && !CLASSIC_LABEL_NAME.test(m.name))
        problems.push(
          `${at}: "${m.name}" is not a valid label name for this Alertmanager (use [a-zA-Z_][a-zA-Z0-9_]*)`
        );
      if (m.isRegex && compileAnchored(m.value) === null)
        problems.push(`${at}: "${m.value}" is not a valid regular expression`);
    });
    if (!set.some(isSelective))
      problems.push(
        `${where} has no positive matcher that narrows the alerts (all negative, empty or match-everything regexes) and would silence nearly everything`
      );
  });
  if (problems.length > 0) throw new AppError('INVALID_MATCHERS', problems.join('; '), { problems });
}

export function sameMatchers(a: readonly Matcher[], b: readonly Matcher[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (m, i) =>
        m.name === b[i].name &&
        m.value === b[i].value &&
        m.isRegex === b[i].isRegex &&
        m.isEqual === b[i].isEqual
    )
  );
}

/** Does one matcher set select an alert with these labels (Alertmanager semantics)? */
export function matchesLabels(set: readonly Matcher[], labels: Record<string, string>): boolean {
  return set.every((m) => {
    const v = labels[m.name] ?? '';
    const hit = m.isRegex ? (compileAnchored(m.value)?.test(v) ?? false) : v === m.value;
    return m.isEqual ? hit : !hit;
  });
}
