import {
  FieldType,
  formattedValueToString,
  getDisplayProcessor,
  type FieldConfig,
  type GrafanaTheme2,
  type TimeZone,
} from '@grafana/data';
import type { RawValue } from '../core';

/** One value as text for a tooltip, the legend or a label. */
export type ValueFormatter = (value: RawValue) => string;

/** The formatter of a (row's) field config. */
export type FormatterFor = (config: FieldConfig) => ValueFormatter;

/** Values as they come, for hosts without a theme (tests) and as the fallback. */
export const plainFormat: FormatterFor = () => plainText;

function plainText(value: RawValue): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Values as Grafana's field display processor writes them (unit, decimals, min/max for percent
 * units), but without the value mappings: the status already says what a mapping calls the value,
 * and the tooltip's job is to show the value itself ("250 ms", not "slow" twice). Text values stay
 * as they are. One processor per config object: configs are rebuilt only when data or options change.
 */
export function displayFormat(theme: GrafanaTheme2, timeZone?: TimeZone): FormatterFor {
  const cache = new WeakMap<FieldConfig, ValueFormatter>();
  return (config) => {
    let format = cache.get(config);
    if (!format) {
      const display = getDisplayProcessor({
        field: { type: FieldType.number, config: { ...config, mappings: [] } },
        theme,
        timeZone,
      });
      format = (value) =>
        typeof value === 'number'
          ? formattedValueToString(display(value))
          : typeof value === 'boolean'
            ? formattedValueToString(display(value ? 1 : 0))
            : plainText(value);
      cache.set(config, format);
    }
    return format;
  };
}
