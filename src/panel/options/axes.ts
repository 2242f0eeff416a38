import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Axes: time axis, row labels, crosshair. */
export function axisOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
  const category = ['Axes'];
  b.addBooleanSwitch({ path: 'xAxis.show', name: 'Show time axis', category, defaultValue: d.xAxis.show })
    .addBooleanSwitch({
      path: 'xAxis.weekendShading',
      name: 'Shade weekends',
      category,
      defaultValue: d.xAxis.weekendShading,
    })
    .addBooleanSwitch({ path: 'yAxis.show', name: 'Show row labels', category, defaultValue: d.yAxis.show })
    .addNumberInput({
      path: 'yAxis.minWidth',
      name: 'Label width',
      description: '-1: measured from the labels',
      category,
      defaultValue: d.yAxis.minWidth,
    })
    .addNumberInput({
      path: 'yAxis.maxWidth',
      name: 'Max label width',
      description: '-1: 280 px',
      category,
      defaultValue: d.yAxis.maxWidth,
    })
    .addBooleanSwitch({
      path: 'highlightCards',
      name: 'Highlight cell on hover',
      category,
      defaultValue: d.highlightCards,
    });
}
