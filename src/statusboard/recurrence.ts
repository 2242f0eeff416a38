/**
 * Recurring maintenance windows: an RFC 5545 RRULE evaluated in an IANA time zone on wall-clock time.
 * "Every Sunday 02:00-04:00 Europe/Berlin" means those local clock times, whatever the UTC offset:
 * on the spring-forward night 02:00 does not exist and the window is 03:00-04:00 CEST (one hour); on the
 * fall-back night 02:00-03:00 happens twice and the window covers both (three hours).
 *
 * rrule's own TZID support depends on the host's Intl quirks, so we run it on "floating" dates (UTC
 * fields = local wall-clock fields) and convert each occurrence to an instant with Luxon.
 */
import { DateTime, IANAZone } from 'luxon';
import * as rruleModule from 'rrule';
import { AppError } from './errors';

// rrule ships CommonJS for Node and ESM for bundlers; take RRule from whichever shape we got.
type RRuleClass = typeof rruleModule.RRule;
const RRule: RRuleClass =
  (rruleModule as { RRule?: RRuleClass }).RRule ??
  (rruleModule as unknown as { default: { RRule: RRuleClass } }).default.RRule;

export interface Recurrence {
  /** RRULE body without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=SU". The first window is startsAt-endsAt. */
  rrule: string;
  /** IANA zone name the rule's wall-clock times are in, e.g. "Europe/Berlin". */
  timezone: string;
}

export interface Window {
  start: Date;
  end: Date;
}

const DAY = 86_400_000;
/** A rule that never ends is only searched this far for its last window. */
const MAX_OCCURRENCES = 5000;

/** Wall-clock fields of an instant in a zone, as a floating Date. */
function toFloating(instant: Date, zone: string): Date {
  const d = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond));
}

/**
 * The instant of a floating wall-clock time in a zone. A wall time that does not exist (spring forward)
 * moves forward to the first existing one; an ambiguous one (fall back) takes the earlier instant when
 * `earliest`, else the later one, so windows cover every instant whose clock reads inside them.
 */
function fromFloating(floating: Date, zone: string, earliest: boolean): Date {
  const fields = {
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
    millisecond: floating.getUTCMilliseconds(),
  };
  const t = DateTime.fromObject(fields, { zone });
  for (const shiftMin of [60, 30]) {
    const other = earliest ? t.minus({ minutes: shiftMin }) : t.plus({ minutes: shiftMin });
    if (other.hour === fields.hour && other.minute === fields.minute && other.day === fields.day) {
      return other.toJSDate();
    }
  }
  return t.toJSDate();
}

export class RecurringSchedule {
  private readonly rule: InstanceType<RRuleClass>;
  private readonly wallDurationMs: number;

  constructor(
    readonly recurrence: Recurrence,
    firstStart: Date,
    firstEnd: Date
  ) {
    const { rrule, timezone } = recurrence;
    if (!IANAZone.isValidZone(timezone))
      throw new AppError('INVALID_RECURRENCE', `"${timezone}" is not an IANA time zone`);
    if (/DTSTART|TZID|RRULE:/i.test(rrule))
      throw new AppError(
        'INVALID_RECURRENCE',
        'give the rule body only (e.g. FREQ=WEEKLY;BYDAY=SU); startsAt is its start'
      );
    let options;
    try {
      options = RRule.parseString(rrule);
    } catch (err) {
      throw new AppError('INVALID_RECURRENCE', `cannot parse RRULE "${rrule}": ${(err as Error).message}`);
    }
    if (options.freq === undefined) throw new AppError('INVALID_RECURRENCE', 'RRULE needs a FREQ');
    if (options.freq === RRule.SECONDLY || options.freq === RRule.MINUTELY)
      throw new AppError('INVALID_RECURRENCE', 'FREQ=SECONDLY and FREQ=MINUTELY are not maintenance windows');
    const floatStart = toFloating(firstStart, timezone);
    this.wallDurationMs = toFloating(firstEnd, timezone).getTime() - floatStart.getTime();
    // UNTIL is given in UTC by RFC 5545; compare it on the same floating scale.
    if (options.until) options.until = toFloating(options.until, timezone);
    this.rule = new RRule({ ...options, dtstart: floatStart });
  }

  private toWindow(floatStart: Date): Window {
    const tz = this.recurrence.timezone;
    return {
      start: fromFloating(floatStart, tz, true),
      end: fromFloating(new Date(floatStart.getTime() + this.wallDurationMs), tz, false),
    };
  }

  /** Windows overlapping [from, to). */
  between(from: Date, to: Date): Window[] {
    const tz = this.recurrence.timezone;
    // Offsets are within +-1 day of UTC, so pad the floating search and filter on real instants.
    const a = new Date(toFloating(from, tz).getTime() - this.wallDurationMs - DAY);
    const b = new Date(toFloating(to, tz).getTime() + DAY);
    return this.rule
      .between(a, b, true)
      .map((d) => this.toWindow(d))
      .filter((w) => w.end > from && w.start < to);
  }

  /** The window containing `now`, if any. */
  current(now: Date): Window | undefined {
    return this.between(now, new Date(now.getTime() + 1)).find((w) => w.start <= now && now < w.end);
  }

  /** The first window starting after `now`. */
  next(now: Date): Window | undefined {
    const tz = this.recurrence.timezone;
    let from = new Date(toFloating(now, tz).getTime() - DAY);
    for (let i = 0; i < 400; i++) {
      const d = this.rule.after(from, false);
      if (!d) return undefined;
      const w = this.toWindow(d);
      if (w.start > now) return w;
      from = d;
    }
    return undefined;
  }

  /** End of the last window, or null when the rule never ends (no COUNT or UNTIL). */
  lastEnd(): Date | null {
    const o = this.rule.options;
    if (o.count == null && o.until == null) return null;
    let last: Date | undefined;
    this.rule.all((d, i) => {
      last = d;
      return i < MAX_OCCURRENCES;
    });
    return last ? this.toWindow(last).end : null;
  }
}
