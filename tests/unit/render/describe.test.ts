import { describe, expect, it } from 'vitest';
import { StatusTable, type StatusMatrix } from '../../../src/core';
import { compositeOver, describeCell } from '../../../src/render';

const table = StatusTable.withSpecials([
  { label: 'OK', color: '#00ff00', severity: 0, ok: true },
  { label: 'Critical', color: '#ff0000', severity: 2, ok: false },
]);

const matrix: StatusMatrix = {
  rowCount: 2,
  colCount: 3,
  statuses: Uint16Array.from([2, 3, 0, 3, 2, 1]),
  table,
  rowNames: ['api-1', 'api-2'],
  rowLevels: [['api-1'], ['api-2']],
  sourceRow: Uint32Array.from([0, 1]),
  from: Date.UTC(2026, 10, 23, 12, 0),
  to: Date.UTC(2026, 10, 23, 12, 15),
  intervalMs: 5 * 60_000,
};

describe('describeCell', () => {
  it('names the row, the bucket time span in the zone, and the status', () => {
    const d = describeCell(matrix, { row: 1, col: 0 }, 'utc');
    expect(d.text).toBe('api-2, 2026-11-23 12:00 to 12:05: Critical');
    expect(d.statusLabel).toBe('Critical');
    expect(d.start).toBe(matrix.from);
    expect(describeCell(matrix, { row: 0, col: 2 }, 'Europe/Berlin').text).toBe(
      'api-1, 2026-11-23 13:10 to 13:15: No data'
    );
  });
});

describe('compositeOver', () => {
  it('keeps opaque colours and blends translucent ones over the background', () => {
    expect(compositeOver(0xff0000ff, 0xffffffff)).toBe(0xff0000ff);
    // 50 % black over white is mid grey (0x80 = 128 after rounding 127.5).
    expect(compositeOver(0x80000000, 0xffffffff)).toBe(0xff7f7f7f);
  });
});
