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
  const arena = new Float64Arena();
  frames.forEach((frame, frameIndex) => {
    const timeIndex = frame.fields.findIndex((f) => f.type === FieldType.time);
    if (timeIndex < 0) return;
    const time = frame.fields[timeIndex];
    if (isLong(frame, time)) out.push(...longSeries(frame, frameIndex, timeIndex));
    else out.push(...wideSeries(frame, frames, frameIndex, timeIndex, arena));
  });
  return out;
}

function wideSeries(
  frame: DataFrame,
  frames: readonly DataFrame[],
  frameIndex: number,
  timeIndex: number,
  arena: Float64Arena
): PanelSeries[] {
  const times = timesOf(frame.fields[timeIndex], arena);
  const out: PanelSeries[] = [];
  frame.fields.forEach((field, fieldIndex) => {
    if (fieldIndex === timeIndex || !VALUE_TYPES.has(field.type)) return;
    out.push({
      name: getFieldDisplayName(field, frame, frames as DataFrame[]),
      labels: { ...(field.labels ?? {}) },
      times,
      values: valuesOf(field, arena),
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

function timesOf(field: Field, arena: Float64Arena): ArrayLike<number> {
  const values = field.values as ArrayLike<unknown>;
  if (values instanceof Float64Array) return values;
  const out = arena.take(values.length);
  for (let i = 0; i < out.length; i++) out[i] = Number(values[i]);
  return out;
}

function valuesOf(field: Field, arena: Float64Arena): ArrayLike<RawValue> {
  const values = field.values as ArrayLike<unknown>;
  if (values instanceof Float64Array) return values;
  if (field.type === FieldType.number) {
    const numbers = numbersOf(values, arena);
    if (numbers) return numbers;
  }
  const out = new Array<RawValue>(values.length);
  for (let i = 0; i < out.length; i++) out[i] = valueOf(field, i);
  return out;
}

/**
 * A number field's values as a Float64Array, nulls as NaN (the core's empty value), which the core
 * then uses without another copy; null when a value is not a number (it takes the generic path).
 */
function numbersOf(values: ArrayLike<unknown>, arena: Float64Arena): Float64Array | null {
  const out = arena.take(values.length);
  for (let i = 0; i < out.length; i++) {
    const v = values[i];
    if (typeof v === 'number') out[i] = v;
    else if (v === null || v === undefined) out[i] = NaN;
    else return null; // what was taken stays unused: rare (a string in a number field)
  }
  return out;
}

/**
 * Float64Arrays carved out of large shared buffers. A typed array of its own per series costs an
 * allocation outside V8's heap and its bookkeeping: with 10,000 series (two arrays each), that took
 * longer than bucketing and classifying every point.
 */
class Float64Arena {
  private chunk = new Float64Array(0);
  private used = 0;

  take(length: number): Float64Array {
    if (this.used + length > this.chunk.length) {
      this.chunk = new Float64Array(Math.max(length, ARENA_CHUNK));
      this.used = 0;
    }
    const out = this.chunk.subarray(this.used, this.used + length);
    this.used += length;
    return out;
  }
}

/** Elements per arena buffer (512 KB). */
const ARENA_CHUNK = 1 << 16;

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
