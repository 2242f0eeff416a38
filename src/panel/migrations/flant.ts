import { MappingType, type FieldConfigSource, type ValueMap, type ValueMappingResult } from '@grafana/data';
import type { RowSort } from '../../core';
import { schemeInvert } from '../color-schemes';
import { defaultOptions, type StatusmapOptions, type TooltipItem } from '../types';
import { migrateFlantV0toV1 } from './flant-v0';
import { arr, bool, num, obj, optNum, str, type Json } from './read';

/**
 * Whether an options object is a flant-statusmap-panel save: keys or shapes ours never has. (Both
 * share `color`, `cards`, `tooltip`, `legend`, `xAxis` and `yAxis`, so those alone prove nothing.)
 */
export function isFlantOptions(o: Json): boolean {
  const unique = [
    'statusmap',
    'nullPointMode',
    'yAxisSort',
    'useMax',
    'seriesFilterIndex',
    'usingPagination',
    'urls',
    'usingUrl',
    'yLabel',
  ];
  if (unique.some((k) => k in o)) return true;
  const color = obj(o.color);
  return (
    'thresholds' in color || 'colorScheme' in color || 'cardColor' in color || 'cardSpacing' in obj(o.cards)
  );
}

export interface MigratedPanel {
  options: StatusmapOptions;
  fieldConfig: FieldConfigSource;
}

const SORTS: Record<string, RowSort> = { metrics: 'query', 'a → z': 'asc', 'z → a': 'desc' };

/**
 * Converts flant-statusmap-panel options (either generation) to ours. Discrete thresholds become a
 * value mapping in the field config (Grafana's own concept) with the old list order kept as the
 * priority, and thresholds colouring switched off, so values no old rule matched still show as
 * unknown rather than in a threshold colour.
 */
export function migrateFlant(old: Json, fieldConfig?: FieldConfigSource): MigratedPanel {
  const v1 = migrateFlantV0toV1(old);
  const color = obj(v1.color);
  const cards = obj(v1.cards);
  const tooltip = obj(v1.tooltip);
  const yLabel = obj(v1.yLabel);
  const yAxis = obj(v1.yAxis);
  const d = defaultOptions;
  const mode = str(color.mode, 'spectrum');
  const scheme = str(color.colorScheme, d.color.scheme);
  const asZero = str(v1.nullPointMode) === 'as zero';
  const usingSplit = bool(yLabel.usingSplitLabel, false) && str(yLabel.delimiter) !== '';

  const options: StatusmapOptions = {
    ...d,
    color: {
      ...d.color,
      mode: mode === 'discrete' || mode === 'opacity' ? mode : 'spectrum',
      useThresholds: false,
      priority: 'first-rule',
      scheme,
      invert: schemeInvert(scheme),
      // The old spectrum was always linear; its colorScale (linear | sqrt with exponent) drove opacity only.
      scale: mode === 'opacity' && str(color.colorScale) === 'sqrt' ? 'pow' : 'linear',
      exponent: num(color.exponent, 0.5),
      min: optNum(color.min),
      max: optNum(color.max),
      aggregate: 'max',
      opacityColor: str(color.cardColor, d.color.opacityColor),
    },
    cards: {
      ...d.cards,
      cardMinWidth: num(cards.cardMinWidth, d.cards.cardMinWidth),
      cardHSpacing: num(cards.cardHSpacing, d.cards.cardHSpacing),
      cardVSpacing: num(cards.cardVSpacing, d.cards.cardVSpacing),
      cardRound: num(cards.cardRound, 0),
      // The old panel squeezed every row into the panel height.
      rowHeight: 'auto',
    },
    nullMode: asZero ? 'zero' : 'empty',
    // The old panel painted buckets without points as value 0 in "as zero" mode.
    missing: asZero ? 'zero' : 'empty',
    valueIndex: num(v1.seriesFilterIndex, -1),
    warnMultipleValues: !bool(v1.useMax, true),
    xAxis: { ...d.xAxis, show: bool(obj(v1.xAxis).show, true) },
    yAxis: {
      show: bool(yAxis.show, true),
      minWidth: num(yAxis.minWidth, -1),
      maxWidth: num(yAxis.maxWidth, -1),
    },
    rows: {
      ...d.rows,
      // The old labelTemplate applied only with split labels on.
      labelTemplate: usingSplit ? str(yLabel.labelTemplate) : '',
      splitLabels: usingSplit,
      delimiter: usingSplit ? str(yLabel.delimiter) : '',
      sort: SORTS[str(v1.yAxisSort, 'metrics')] ?? 'query',
    },
    pagination: { enabled: bool(v1.usingPagination, false), pageSize: num(v1.pageSize, 15) },
    highlightCards: bool(v1.highlightCards, true),
    legend: { ...d.legend, show: bool(obj(v1.legend).show, true) },
    tooltip: {
      ...d.tooltip,
      show: bool(tooltip.show, true),
      freezeOnClick: bool(tooltip.freezeOnClick, true),
      showItems: bool(tooltip.showItems, false),
      items: arr(tooltip.items).map(toItem),
      customContent: bool(tooltip.showCustomContent, false) ? str(tooltip.customContent) : '',
    },
  };

  const mappings = mode === 'discrete' ? thresholdsToMappings(arr(color.thresholds)) : [];
  const base = fieldConfig ?? { defaults: {}, overrides: [] };
  return {
    options,
    fieldConfig: {
      ...base,
      defaults: { ...base.defaults, mappings: [...mappings, ...(base.defaults.mappings ?? [])] },
    },
  };
}

/** Old thresholds [{ value, color, tooltip }] in priority order -> one value mapping, order kept in `index`. */
function thresholdsToMappings(thresholds: unknown[]): ValueMap[] {
  const entries: Record<string, ValueMappingResult> = {};
  let index = 0;
  for (const t of thresholds.map(obj)) {
    const key = str(t.value).trim();
    if (key === '' || key in entries) continue; // the old plugin used the first of duplicate values
    const result: ValueMappingResult = { index: index++ };
    const text = str(t.tooltip);
    if (text !== '') result.text = text;
    // An old threshold without a colour painted black; keep that visible as "no colour".
    result.color = str(t.color) || 'rgba(0, 0, 0, 1)';
    entries[key] = result;
  }
  return index === 0 ? [] : [{ type: MappingType.ValueToText, options: entries }];
}

function toItem(raw: unknown): TooltipItem {
  const item = obj(raw);
  return {
    urlTemplate: str(item.urlTemplate),
    urlText: str(item.urlText),
    urlIcon: str(item.urlIcon),
    urlToLowerCase: bool(item.urlToLowerCase, false),
    valueDateFormat: str(item.valueDateFormat),
  };
}
