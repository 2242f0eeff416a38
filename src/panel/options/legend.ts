import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Legend: counts and click-to-filter. */
export function legendOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
  const category = ['Legend'];
  b.addBooleanSwitch({ path: 'legend.show', name: 'Show legend', category, defaultValue: d.legend.show })
    .addBooleanSwitch({
      path: 'legend.showCounts',
      name: 'Cell counts',
      category,
      defaultValue: d.legend.showCounts,
      showIf: (o) => o.legend.show,
    })
    .addBooleanSwitch({
      path: 'legend.filterOnClick',
      name: 'Click a status to show only its rows',
      category,
      defaultValue: d.legend.filterOnClick,
      showIf: (o) => o.legend.show,
    });
}
