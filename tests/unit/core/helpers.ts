import { bucketize, classify, type ClassifyOptions, type RawValue } from '../../../src/core';

/** One row, one point per bucket of 10 ms over [0, 10 * values.length]: cell c holds values[c]. */
export function oneRow(values: RawValue[][], options: ClassifyOptions, name = 'row') {
  const times: number[] = [];
  const flat: RawValue[] = [];
  values.forEach((cell, c) =>
    cell.forEach((v, k) => {
      times.push(c * 10 + k);
      flat.push(v);
    })
  );
  const grid = bucketize({
    rows: [{ name, times, values: flat }],
    from: 0,
    to: values.length * 10,
    intervalMs: 10,
  });
  return classify(grid, options);
}

/** Labels of the statuses of row 0, cell by cell. */
export function labels(result: ReturnType<typeof oneRow>): string[] {
  const { matrix } = result;
  return Array.from(matrix.statuses.subarray(0, matrix.colCount), (s) => matrix.table.statuses[s].label);
}
