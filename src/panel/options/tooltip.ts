import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { TooltipItemsEditor } from '../components/TooltipItemsEditor';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Tooltip: what it shows, custom content and link templates. */
export function tooltipOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
  const category = ['Tooltip'];
  const shown = (o: StatusmapOptions) => o.tooltip.show;
  b.addBooleanSwitch({ path: 'tooltip.show', name: 'Show tooltip', category, defaultValue: d.tooltip.show })
    .addBooleanSwitch({
      path: 'tooltip.freezeOnClick',
      name: 'Freeze on click',
      description:
        'On: a click pins the tooltip so its links can be followed. Off: the hover tooltip lists the links; move onto it to click one.',
      category,
      defaultValue: d.tooltip.freezeOnClick,
      showIf: shown,
    })
    .addBooleanSwitch({
      path: 'tooltip.showValues',
      name: 'Show values',
      description: "In the field's unit and decimals (Standard options and overrides)",
      category,
      defaultValue: d.tooltip.showValues,
      showIf: shown,
    })
    .addBooleanSwitch({
      path: 'tooltip.showAllLabels',
      name: 'Show all labels',
      category,
      defaultValue: d.tooltip.showAllLabels,
      showIf: shown,
    })
    .addTextInput({
      path: 'tooltip.customContent',
      name: 'Custom content',
      description: 'HTML with ${__value}, ${__y_label}, ${__labels.name}...; values are escaped',
      category,
      defaultValue: d.tooltip.customContent,
      settings: { useTextarea: true, rows: 3 },
      showIf: shown,
    })
    .addBooleanSwitch({
      path: 'tooltip.showItems',
      name: 'Links',
      description:
        'Link templates of the old plugin; Grafana data links (Data links and overrides) always show',
      category,
      defaultValue: d.tooltip.showItems,
      showIf: shown,
    })
    .addCustomEditor({
      id: 'tooltip.items',
      path: 'tooltip.items',
      name: 'Link templates',
      category,
      defaultValue: d.tooltip.items,
      editor: TooltipItemsEditor,
      showIf: (o) => o.tooltip.show && o.tooltip.showItems,
    });
}
