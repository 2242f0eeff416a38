import { FieldType, getFieldDisplayName, type DataFrame, type Field } from '@grafana/data';
import type { RawValue, SeriesInput } from '../core';

/** A series plus where it came from, so tooltips and field overrides can find its field again. */
export interface PanelSeries extends SeriesInput {
  frameIndex: number;
  fieldIndex: number;
  /** Frame row of each point, for long tables (a series is a subset of the rows); else point i is row i. */
  frameRows?: readonly number[];
}

const VALUE_TYPES = new Set<FieldType>([
  FieldType.number,
  FieldType.string,
  FieldType.boolean,
  FieldType.enum,
]);

/**
 * Every data frame shape Grafana hands a panel, as series: wide frames (a time field and value
 * fields, e.g. Prometheus, one series per field with its labels), many frames, and long tables (a
 * time column with repeated times and label columns: one series per distinct label combination).
 * Frames without a time field carry no status over time and are skipped.
 */
export function framesToSeries(frames: readonly DataFrame[]): PanelSeries[] {
  const out: PanelSeries[] = [];
  frames.forEach((frame, frameIndex) => {
    const timeIndex = frame.fields.findIndex((f) => f.type === FieldType.time);
    if (timeIndex < 0) return;
    const time = frame.fields[timeIndex];
    if (isLong(frame, time)) out.push(...longSeries(frame, frameIndex, timeIndex));
    else out.push(...wideSeries(frame, frames, frameIndex, timeIndex));
  });
  return out;
}

function wideSeries(
  frame: DataFrame,
  frames: readonly DataFrame[],
  frameIndex: number,
  timeIndex: number
): PanelSeries[] {
  const times = timesOf(frame.fields[timeIndex]);
  const out: PanelSeries[] = [];
  frame.fields.forEach((field, fieldIndex) => {
    if (fieldIndex === timeIndex || !VALUE_TYPES.has(field.type)) return;
    out.push({
      name: getFieldDisplayName(field, frame, frames as DataFrame[]),
      labels: { ...(field.labels ?? {}) },
      times,
      values: valuesOf(field),
      frameIndex,
      fieldIndex,
    });
  });
  return out;
}

/** A table is long when a time repeats and it has string columns to tell the rows apart. */
function isLong(frame: DataFrame, time: Field): boolean {
  if (!frame.fields.some((f) => f.type === FieldType.string)) return false;
  const seen = new Set<number>();
  for (let i = 0; i < frame.length; i++) {
    const t = Number(time.values[i]);
    if (seen.has(t)) return true;
    seen.add(t);
  }
  return false;
}

/**
 * Long table -> one series per label combination and value column. String columns are labels;
 * when there is no numeric or boolean column the last string column holds the values (a status
 * text), the others are labels.
 */
function longSeries(frame: DataFrame, frameIndex: number, timeIndex: number): PanelSeries[] {
  const fields = frame.fields;
  let valueIdx = fields
    .map((f, i) => i)
    .filter(
      (i) => i !== timeIndex && (fields[i].type === FieldType.number || fields[i].type === FieldType.boolean)
    );
  let labelIdx = fields.map((f, i) => i).filter((i) => fields[i].type === FieldType.string);
  if (valueIdx.length === 0) {
    valueIdx = labelIdx.slice(-1);
    labelIdx = labelIdx.slice(0, -1);
  }
  const time = fields[timeIndex];
  const groups = new Map<string, { labels: Record<string, string>; rows: number[] }>();
  for (let i = 0; i < frame.length; i++) {
    const labels: Record<string, string> = {};
    for (const l of labelIdx) labels[fields[l].name] = String(fields[l].values[i] ?? '');
    const key = JSON.stringify(labelIdx.map((l) => labels[fields[l].name]));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels, rows: [] }));
    g.rows.push(i);
  }
  const out: PanelSeries[] = [];
  for (const { labels, rows } of groups.values()) {
    const labelText = labelIdx.map((l) => labels[fields[l].name]).join(' ');
    for (const v of valueIdx) {
      const field = fields[v];
      const name =
        valueIdx.length > 1 || labelText === ''
          ? [labelText, field.config.displayName ?? field.name].filter(Boolean).join(' ')
          : labelText;
      out.push({
        name,
        labels: { ...(field.labels ?? {}), ...labels },
        times: rows.map((i) => Number(time.values[i])),
        values: rows.map((i) => valueOf(field, i)),
        frameIndex,
        fieldIndex: v,
        frameRows: rows,
      });
    }
  }
  return out;
}

function timesOf(field: Field): ArrayLike<number> {
  const values = field.values as ArrayLike<unknown>;
  if (values instanceof Float64Array) return values;
  return Float64Array.from({ length: values.length }, (_, i) => Number(values[i]));
}

function valuesOf(field: Field): ArrayLike<RawValue> {
  const values = field.values as ArrayLike<unknown>;
  if (values instanceof Float64Array) return values;
  return Array.from({ length: values.length }, (_, i) => valueOf(field, i));
}

/** Enum fields store indexes into their config's text list; the text is the status. */
function valueOf(field: Field, i: number): RawValue {
  const v = (field.values as ArrayLike<unknown>)[i];
  if (field.type === FieldType.enum && typeof v === 'number') return field.config.type?.enum?.text?.[v] ?? v;
  if (
    v === null ||
    v === undefined ||
    typeof v === 'number' ||
    typeof v === 'string' ||
    typeof v === 'boolean'
  )
    return v;
  return String(v);
}
