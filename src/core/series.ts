/** What the core accepts as input: one time series, as any data source hands it over. */

/** A sample value. null, undefined and NaN all mean "no value" (Grafana treats NaN like null too). */
export type RawValue = number | string | boolean | null | undefined;

export interface SeriesInput {
  /** Row name; series with the same name merge into one row. */
  name: string;
  /** Label set (Prometheus labels, table label columns), used by templates and row labels. */
  labels?: Readonly<Record<string, string>>;
  /** Timestamps in ms since the epoch, in any order. */
  times: ArrayLike<number>;
  values: ArrayLike<RawValue>;
}
