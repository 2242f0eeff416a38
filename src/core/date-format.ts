/**
 * Formats an epoch-ms timestamp with moment-style tokens (YYYY MM DD HH mm ss SSS, as the old plugin's
 * `valueDateFormat`, default 'YYYY/MM/DD/HH_mm_ss') in an IANA time zone, without a date library:
 * Intl.DateTimeFormat does the time zone work.
 */

const TOKENS = /YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS|A|a|\[[^\]]*]/g;

const partsCache = new Map<string, Intl.DateTimeFormat>();

/** A cached parts formatter for an IANA zone, or for the browser's own zone when `timeZone` is undefined. */
function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = partsCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(key, f);
  }
  return f;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'utc' and 'browser' are Grafana's names; anything else must be an IANA zone. Invalid input gives ''. */
export function formatDate(ms: number, format: string, timeZone = 'utc'): string {
  if (!Number.isFinite(ms)) return '';
  const zone = timeZone === 'utc' ? 'UTC' : timeZone === 'browser' ? undefined : timeZone;
  let f: Intl.DateTimeFormat;
  try {
    f = formatter(zone);
  } catch {
    return ''; // not an IANA zone
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const millis = ((ms % 1000) + 1000) % 1000;
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return format.replace(TOKENS, (token) => {
    switch (token) {
      case 'YYYY':
        return pad(p.year, 4);
      case 'YY':
        return pad(p.year % 100);
      case 'MM':
        return pad(p.month);
      case 'M':
        return String(p.month);
      case 'DD':
        return pad(p.day);
      case 'D':
        return String(p.day);
      case 'HH':
        return pad(p.hour);
      case 'H':
        return String(p.hour);
      case 'hh':
        return pad(h12);
      case 'h':
        return String(h12);
      case 'mm':
        return pad(p.minute);
      case 'm':
        return String(p.minute);
      case 'ss':
        return pad(p.second);
      case 's':
        return String(p.second);
      case 'SSS':
        return pad(Math.floor(millis), 3);
      case 'A':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'a':
        return p.hour < 12 ? 'am' : 'pm';
      default:
        return token.slice(1, -1); // [escaped text]
    }
  });
}
