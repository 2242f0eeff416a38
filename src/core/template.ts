import { formatDate } from './date-format';
import type { RawValue } from './series';

/** Everything a tooltip or link template can refer to for one cell. */
export interface TemplateContext {
  /** The value the cell is coloured by (`${__value}`); defaults to its values joined by ", ". */
  value?: RawValue;
  /** The cell's values in time order (`${__value_N}`, `${__value_N_date}`). */
  values?: readonly RawValue[];
  /** Row label (`${__y_label}`, `${__y_label_trim}`) and its split parts (`${__y_label_N}`). */
  yLabel?: string;
  yLabelParts?: readonly string[];
  /** Series labels (`${__labels.NAME}`, and `{{NAME}}` as in Prometheus legends). */
  labels?: Readonly<Record<string, string>>;
  /** Bucket range, ms (`${__bucket_from}`, `${__bucket_to}`). */
  bucketFrom?: number;
  bucketTo?: number;
  /** Dashboard range, ms (`${__url_time_range}` = `from=..&to=..`). */
  rangeFrom?: number;
  rangeTo?: number;
  /** Format of `${__value_date}` (moment tokens) and its time zone. */
  dateFormat?: string;
  timeZone?: string;
}

/** 'html': text shown in a tooltip; 'url': a link (values URL-encoded); 'none': plain text (row labels). */
export type TemplateEscape = 'html' | 'url' | 'none';

export const DEFAULT_VALUE_DATE_FORMAT = 'YYYY/MM/DD/HH_mm_ss';

/** The old plugin widened bucket links by 1.2% on each side so the target view shows the bucket edges. */
const BUCKET_LINK_MARGIN = 0.012;

// ${name}, ${__labels.name}, $name, and {{ name }}.
const VARIABLE = /\$\{([\w.-]+)\}|\$(__[\w]+)|\{\{\s*([\w.-]+)\s*\}\}/g;

/**
 * Expands the statusmap template variables. Substituted values are escaped for where they go; the
 * template's own text is the author's and left as is. Unknown variables stay, untouched, for
 * Grafana's replaceVariables (dashboard variables) to expand after us.
 */
export function expandTemplate(template: string, ctx: TemplateContext, escape: TemplateEscape): string {
  return template.replace(VARIABLE, (whole, braced?: string, bare?: string, mustache?: string) => {
    const name = braced ?? bare ?? mustache ?? '';
    const value = mustache !== undefined ? ctx.labels?.[name] : lookup(name, ctx);
    if (value === undefined) return whole;
    // The time range is a query string made by us, not a value: it must stay "from=..&to=..".
    if (name === '__url_time_range') return escape === 'html' ? escapeHtml(value) : value;
    return escapeFor(value, escape);
  });
}

function lookup(name: string, ctx: TemplateContext): string | undefined {
  const values = ctx.values ?? [];
  const format = ctx.dateFormat || DEFAULT_VALUE_DATE_FORMAT;
  switch (name) {
    case '__value':
      return ctx.value !== undefined
        ? text(ctx.value)
        : values.length > 0
          ? values.map(text).join(', ')
          : undefined;
    case '__value_date': {
      const v = ctx.value ?? values[values.length - 1];
      return v === undefined ? undefined : formatDate(Number(v), format, ctx.timeZone);
    }
    case '__y_label':
      return ctx.yLabel;
    case '__y_label_trim':
      return ctx.yLabel?.trim();
    case '__url_time_range':
      return ctx.rangeFrom !== undefined && ctx.rangeTo !== undefined
        ? `from=${ctx.rangeFrom}&to=${ctx.rangeTo}`
        : undefined;
    case '__bucket_from':
    case '__bucket_to': {
      if (ctx.bucketFrom === undefined || ctx.bucketTo === undefined) return undefined;
      const margin = Math.ceil((ctx.bucketTo - ctx.bucketFrom) * BUCKET_LINK_MARGIN);
      return String(name === '__bucket_from' ? ctx.bucketFrom - margin : ctx.bucketTo + margin);
    }
  }
  if (name.startsWith('__labels.')) return ctx.labels?.[name.slice('__labels.'.length)];
  let m = /^__value_(\d+)(_date)?$/.exec(name);
  if (m) {
    const v = values[Number(m[1])];
    if (v === undefined) return undefined;
    return m[2] ? formatDate(Number(v), format, ctx.timeZone) : text(v);
  }
  m = /^__y_label_(\d+)$/.exec(name);
  if (m) return ctx.yLabelParts?.[Number(m[1])];
  return undefined;
}

function text(v: RawValue): string {
  return v === null || v === undefined ? 'null' : String(v);
}

function escapeFor(value: string, escape: TemplateEscape): string {
  if (escape === 'html') return escapeHtml(value);
  if (escape === 'url') return encodeURIComponent(value);
  return value;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
