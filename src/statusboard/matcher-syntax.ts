/**
 * Matcher sets written the way Prometheus and amtool users already write them:
 * `job=web,instance=~"web-.*",env!=dev` or `{job="web", env!~"dev|test"}`.
 */
import type { Matcher } from './matchers';

const ONE = /^\s*([^=!~\s]+)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*?))\s*(?:,|$)/;

export function parseMatcherSet(text: string): Matcher[] {
  let rest = text.trim();
  if (rest.startsWith('{') && rest.endsWith('}')) rest = rest.slice(1, -1);
  const out: Matcher[] = [];
  while (rest.trim() !== '') {
    const m = ONE.exec(rest);
    if (!m)
      throw new Error(
        `cannot read matcher at "${rest.trim()}" (write name=value, name!=value, name=~regex or name!~regex)`
      );
    const op = m[2];
    const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : (m[4] ?? '');
    out.push({ name: m[1], value, isRegex: op === '=~' || op === '!~', isEqual: op === '=' || op === '=~' });
    rest = rest.slice(m[0].length);
  }
  if (out.length === 0) throw new Error('a matcher set needs at least one matcher');
  return out;
}

export function formatMatcherSet(set: Matcher[]): string {
  const op = (m: Matcher) => (m.isEqual ? (m.isRegex ? '=~' : '=') : m.isRegex ? '!~' : '!=');
  return `{${set.map((m) => `${m.name}${op(m)}${JSON.stringify(m.value)}`).join(', ')}}`;
}
