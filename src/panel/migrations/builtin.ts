import type { FieldConfigSource } from '@grafana/data';
import { defaultOptions, type StatusmapOptions } from '../types';
import { bool, obj, str, type Json } from './read';
import type { MigratedPanel } from './flant';

/**
 * From Grafana's Status history and State timeline: their colours already live in the field config
 * (value mappings, thresholds), which we read as they are. State timeline draws a state until the
 * next one, so its rows hold their last status across buckets without points.
 */
export function migrateBuiltin(
  prevPluginId: string,
  prev: Json,
  fieldConfig: FieldConfigSource
): MigratedPanel {
  const legend = obj(prev.legend);
  const tooltip = obj(prev.tooltip);
  const options: StatusmapOptions = {
    ...defaultOptions,
    color: { ...defaultOptions.color, mode: 'discrete', useThresholds: true },
    cards: { ...defaultOptions.cards, rowHeight: 'auto' },
    missing: prevPluginId === 'state-timeline' ? 'hold' : 'empty',
    legend: { ...defaultOptions.legend, show: bool(legend.showLegend, true) },
    tooltip: { ...defaultOptions.tooltip, show: str(tooltip.mode, 'single') !== 'none' },
  };
  return { options, fieldConfig };
}
