import { describe, expect, it } from 'vitest';
import { statusAt } from '../../../src/core';
import {
  historyMatrix,
  INFO,
  MAINTENANCE,
  SCHEDULED,
  type HistoryEvent,
} from '../../../src/statusboard/web/history-matrix';

const H = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2030, 0, 1) + h * H).toISOString();
const range = {
  to: Date.UTC(2030, 0, 1) + 10 * H,
  intervalMs: H,
  cols: 10,
  now: Date.UTC(2030, 0, 1) + 5 * H,
};
const ev = (over: Partial<HistoryEvent> & Pick<HistoryEvent, 'startsAt' | 'endsAt'>): HistoryEvent => ({
  service: 'web',
  mode: 'maintenance',
  state: 'active',
  window: null,
  recurrence: null,
  ...over,
});

describe('historyMatrix', () => {
  it('paints past maintenance, scheduled maintenance and info per hour bucket', () => {
    const m = historyMatrix(
      ['web', 'db'],
      [
        ev({ startsAt: at(3), endsAt: at(7) }),
        ev({ service: 'db', mode: 'info', startsAt: at(0), endsAt: at(1) }),
        ev({ service: 'db', state: 'cancelled', startsAt: at(5), endsAt: at(9) }),
      ],
      range
    );
    expect(m.rowCount).toBe(2);
    expect(Array.from({ length: 10 }, (_, c) => statusAt(m, 0, c))).toEqual([
      0,
      0,
      0,
      MAINTENANCE,
      MAINTENANCE,
      SCHEDULED,
      SCHEDULED,
      0,
      0,
      0,
    ]);
    expect(Array.from({ length: 10 }, (_, c) => statusAt(m, 1, c))).toEqual([
      INFO,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
  });
  it('lets the worse status win a shared bucket and ignores unknown services', () => {
    const m = historyMatrix(
      ['web'],
      [
        ev({ mode: 'info', startsAt: at(1), endsAt: at(3) }),
        ev({ startsAt: at(2), endsAt: at(3) }),
        ev({ service: 'x', startsAt: at(0), endsAt: at(9) }),
      ],
      range
    );
    expect([1, 2].map((c) => statusAt(m, 0, c))).toEqual([INFO, MAINTENANCE]);
    expect(statusAt(m, 0, 0)).toBe(0);
  });
  it('uses the API window for recurring events', () => {
    const m = historyMatrix(
      ['web'],
      [
        ev({
          recurrence: {},
          startsAt: at(-100),
          endsAt: at(-99),
          window: { startsAt: at(8), endsAt: at(9) },
        }),
      ],
      range
    );
    expect(statusAt(m, 0, 8)).toBe(SCHEDULED);
    expect(statusAt(m, 0, 0)).toBe(0);
  });
});
