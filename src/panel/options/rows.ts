import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Rows: height and scrolling, labels, sort, filter, pagination. */
export function rowOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
  const category = ['Rows'];
  b.addRadio({
    path: 'cards.rowHeight',
    name: 'Row height',
    category,
    defaultValue: d.cards.rowHeight,
    settings: {
      options: [
        { value: 'scroll', label: 'Minimum height, scroll' },
        { value: 'auto', label: 'Fit panel height' },
      ],
    },
  })
    .addNumberInput({
      path: 'cards.rowMinHeight',
      name: 'Minimum row height',
      category,
      defaultValue: d.cards.rowMinHeight,
      settings: { min: 1, integer: true },
      showIf: (o) => o.cards.rowHeight === 'scroll',
    })
    .addTextInput({
      path: 'rows.labelTemplate',
      name: 'Row label',
      description: '{{label}} from series labels; ${__y_label_N} with split labels',
      category,
      defaultValue: d.rows.labelTemplate,
    })
    .addBooleanSwitch({
      path: 'rows.splitLabels',
      name: 'Split labels into levels',
      category,
      defaultValue: d.rows.splitLabels,
    })
    .addTextInput({
      path: 'rows.delimiter',
      name: 'Delimiter',
      category,
      defaultValue: d.rows.delimiter,
      showIf: (o) => o.rows.splitLabels,
    })
    .addSelect({
      path: 'rows.sort',
      name: 'Sort rows',
      category,
      defaultValue: d.rows.sort,
      settings: {
        options: [
          { value: 'query', label: 'As queried' },
          { value: 'asc', label: 'A → Z' },
          { value: 'desc', label: 'Z → A' },
          { value: 'natural', label: 'Natural (host2 before host10)' },
          { value: 'worst', label: 'Worst status first' },
          { value: 'problems', label: 'Most problem cells first' },
        ],
      },
    })
    .addTextInput({
      path: 'rows.filter',
      name: 'Show rows matching',
      description: 'A regular expression over row labels',
      category,
      defaultValue: d.rows.filter,
    })
    .addBooleanSwitch({
      path: 'pagination.enabled',
      name: 'Pagination',
      category,
      defaultValue: d.pagination.enabled,
    })
    .addNumberInput({
      path: 'pagination.pageSize',
      name: 'Rows per page',
      category,
      defaultValue: d.pagination.pageSize,
      settings: { min: 1, integer: true },
      showIf: (o) => o.pagination.enabled,
    });
}
