import type { DataFrame, FieldConfig } from '@grafana/data';
import type { PanelSeries } from './frames';

export interface RowConfigs {
  /** Per grid row, the index into `configs` of the field config it is classified and formatted by. */
  groupOf: Uint32Array;
  /** The distinct field configs (as far as statuses and value text go) the rows follow. */
  configs: FieldConfig[];
  /** The config most rows follow: the panel's main colour rules. */
  main: number;
}

/**
 * What sets a row's statuses and value text. Grafana merges the panel's defaults and the matching
 * overrides into every field's config before the panel sees the frames (applyFieldOverrides), so a
 * field's config is its row's config; links are read from the field itself (getLinks).
 */
const KEYS = ['mappings', 'thresholds', 'min', 'max', 'color', 'unit', 'decimals', 'links'] as const;

/**
 * Groups the grid's rows by the field config of each row's first series (rows come in the order
 * bucketize makes them: the first series of each distinct name; `rowCount` is the grid's, and equal
 * to the number of series when no name repeats). A field without a value for a key takes the panel
 * default (a host that hands over frames without applying the field config).
 *
 * Without field overrides (`perRow` false) every row follows the first row's config: the panel
 * defaults plus whatever its data source set (a unit, say), at no cost per row. The per-row pass
 * costs ~2 ms per 10,000 rows in Chromium, but measured 30-50 ms more from data to paint there, so
 * the path every refresh of an override-free panel takes does not pay for it.
 */
export function rowConfigs(
  series: readonly PanelSeries[],
  frames: readonly DataFrame[],
  defaults: FieldConfig,
  rowCount: number,
  perRow = true
): RowConfigs {
  const groupOf = new Uint32Array(rowCount);
  const configOf = (s: PanelSeries | undefined): FieldConfig =>
    (s && frames[s.frameIndex]?.fields[s.fieldIndex]?.config) ?? {};
  if (!perRow) return { groupOf, configs: [withDefaults(configOf(series[0]), defaults)], main: 0 };
  const configs: FieldConfig[] = [];
  const counts: number[] = [];
  const seen = rowCount === series.length ? null : new Set<string>();
  let last = -1;
  let row = 0;
  for (let i = 0; i < series.length && row < rowCount; i++) {
    const s = series[i];
    if (seen) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
    }
    const config = configOf(s);
    let group = last >= 0 && sameConfig(config, configs[last], defaults) ? last : -1;
    if (group < 0) group = configs.findIndex((c) => sameConfig(config, c, defaults));
    if (group < 0) {
      group = configs.length;
      configs.push(withDefaults(config, defaults));
      counts.push(0);
    }
    counts[group]++;
    groupOf[row++] = last = group;
  }
  if (configs.length === 0) configs.push(defaults);
  const main = counts.reduce((best, n, i) => (n > counts[best] ? i : best), 0);
  return { groupOf, configs, main };
}

/** The series merged into grid row `gridRow` (equal names), in query order: for one hovered cell. */
export function seriesOfRow(
  series: readonly PanelSeries[],
  rowNames: readonly string[],
  gridRow: number
): PanelSeries[] {
  const name = rowNames[gridRow];
  return rowNames.length === series.length ? [series[gridRow]] : series.filter((s) => s.name === name);
}

/** The group's config: the field's, each key it leaves unset (null or undefined) taken from the defaults. */
function withDefaults(config: FieldConfig, defaults: FieldConfig): FieldConfig {
  const out: Record<string, unknown> = { ...defaults, ...config };
  for (const key of KEYS) {
    const value = config[key] ?? defaults[key];
    if (value == null) delete out[key];
    else out[key] = value;
  }
  return out as FieldConfig;
}

/**
 * Whether a field's config (defaults filling its gaps) gives the same statuses and text as `group`'s.
 * Spelled out key by key: named property reads stay fast on 10,000 configs, a loop over key names is
 * a megamorphic lookup per read. Links are not compared: they are read from each field.
 */
function sameConfig(c: FieldConfig, g: FieldConfig, d: FieldConfig): boolean {
  // `?? undefined`: null and undefined both mean "not set", as withDefaults stores them.
  return (
    same(c.mappings ?? d.mappings ?? undefined, g.mappings) &&
    same(c.thresholds ?? d.thresholds ?? undefined, g.thresholds) &&
    same(c.color ?? d.color ?? undefined, g.color) &&
    (c.unit ?? d.unit ?? undefined) === g.unit &&
    (c.decimals ?? d.decimals ?? undefined) === g.decimals &&
    (c.min ?? d.min ?? undefined) === g.min &&
    (c.max ?? d.max ?? undefined) === g.max
  );
}

function same(a: unknown, b: unknown): boolean {
  return a === b || sameJson(a, b);
}

/**
 * Deep equality of JSON-like config values; identical objects (the usual case) end it at once.
 * Allocates nothing (no key arrays, no closures): it may run for every row of a large panel.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k) || x[k] === undefined) continue;
    if (!sameJson(x[k], y[k])) return false;
    keys++;
  }
  for (const k in y) if (Object.hasOwn(y, k) && y[k] !== undefined) keys--;
  return keys === 0;
}
