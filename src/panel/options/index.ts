import type { PanelOptionsEditorBuilder } from '@grafana/data';
import type { StatusmapOptions } from '../types';
import { axisOptions } from './axes';
import { bucketOptions } from './buckets';
import { colorOptions } from './colors';
import { legendOptions } from './legend';
import { rowOptions } from './rows';
import { tooltipOptions } from './tooltip';

/**
 * Every panel option, grouped as a dashboard author looks for them. Colours of discrete statuses
 * live in the field's value mappings and thresholds (Grafana's own editors).
 */
export function buildOptions(builder: PanelOptionsEditorBuilder<StatusmapOptions>): void {
  colorOptions(builder);
  bucketOptions(builder);
  rowOptions(builder);
  axisOptions(builder);
  legendOptions(builder);
  tooltipOptions(builder);
}
