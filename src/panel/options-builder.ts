import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { COLOR_SCHEMES } from './color-schemes';
import { TooltipItemsEditor } from './components/TooltipItemsEditor';
import { defaultOptions as d, type StatusmapOptions } from './types';

type Builder = PanelOptionsEditorBuilder<StatusmapOptions>;

const isMode =
  (...modes: StatusmapOptions['color']['mode'][]) =>
  (o: StatusmapOptions) =>
    modes.includes(o.color.mode);

/** Every panel option, grouped as a dashboard author looks for them. Colours of discrete statuses live in the field's value mappings and thresholds. */
export function buildOptions(builder: Builder): void {
  colorOptions(builder);
  bucketOptions(builder);
  rowOptions(builder);
  axisOptions(builder);
  legendOptions(builder);
  tooltipOptions(builder);
}

function colorOptions(b: Builder) {
  const category = ['Colors'];
  b.addRadio({
    path: 'color.mode',
    name: 'Color mode',
    description:
      'Discrete: value mappings and thresholds. Spectrum: a colour scheme over the value range. Opacity: one colour.',
    category,
    defaultValue: d.color.mode,
    settings: {
      options: [
        { value: 'discrete', label: 'Discrete' },
        { value: 'spectrum', label: 'Spectrum' },
        { value: 'opacity', label: 'Opacity' },
      ],
    },
  })
    .addBooleanSwitch({
      path: 'color.useThresholds',
      name: 'Colour unmapped values by thresholds',
      description:
        'Off: values no value mapping matches show as "Unknown value" (as the old plugin flagged them).',
      category,
      defaultValue: d.color.useThresholds,
      showIf: isMode('discrete'),
    })
    .addRadio({
      path: 'color.priority',
      name: 'Several values in a cell',
      category,
      defaultValue: d.color.priority,
      showIf: isMode('discrete'),
      settings: {
        options: [
          {
            value: 'first-rule',
            label: 'First mapping wins',
            description: 'The earliest matching mapping in the list',
          },
          {
            value: 'worst',
            label: 'Worst wins',
            description: 'Highest threshold step; mappings rank above thresholds',
          },
          { value: 'last', label: 'Latest value' },
        ],
      },
    })
    .addColorPicker({
      path: 'color.unknownColor',
      name: 'Unknown value colour',
      category,
      defaultValue: d.color.unknownColor,
      showIf: isMode('discrete'),
    })
    .addSelect({
      path: 'color.scheme',
      name: 'Scheme',
      category,
      defaultValue: d.color.scheme,
      showIf: isMode('spectrum'),
      settings: { options: COLOR_SCHEMES.map((s) => ({ value: s.value, label: s.name })) },
    })
    .addRadio({
      path: 'color.invert',
      name: 'Reverse scheme',
      category,
      defaultValue: d.color.invert,
      showIf: isMode('spectrum'),
      settings: {
        options: [
          { value: 'never', label: 'Never' },
          { value: 'always', label: 'Always' },
          { value: 'dark', label: 'On dark theme' },
        ],
      },
    })
    .addColorPicker({
      path: 'color.opacityColor',
      name: 'Colour',
      category,
      defaultValue: d.color.opacityColor,
      showIf: isMode('opacity'),
    })
    .addRadio({
      path: 'color.scale',
      name: 'Scale',
      category,
      defaultValue: d.color.scale,
      showIf: isMode('spectrum', 'opacity'),
      settings: {
        options: [
          { value: 'linear', label: 'Linear' },
          { value: 'sqrt', label: 'Square root' },
          { value: 'pow', label: 'Power' },
          { value: 'log', label: 'Log' },
        ],
      },
    })
    .addNumberInput({
      path: 'color.exponent',
      name: 'Exponent',
      category,
      defaultValue: d.color.exponent,
      showIf: (o) => isMode('spectrum', 'opacity')(o) && o.color.scale === 'pow',
    })
    .addNumberInput({
      path: 'color.min',
      name: 'Min',
      description: 'Empty: from the data',
      category,
      showIf: isMode('spectrum', 'opacity'),
    })
    .addNumberInput({
      path: 'color.max',
      name: 'Max',
      description: 'Empty: from the data',
      category,
      showIf: isMode('spectrum', 'opacity'),
    })
    .addRadio({
      path: 'color.aggregate',
      name: 'Cell value',
      description: 'Which of a cell’s values is coloured',
      category,
      defaultValue: d.color.aggregate,
      showIf: isMode('spectrum', 'opacity'),
      settings: {
        options: [
          { value: 'max', label: 'Max' },
          { value: 'min', label: 'Min' },
          { value: 'avg', label: 'Mean' },
          { value: 'last', label: 'Last' },
        ],
      },
    });
}

function bucketOptions(b: Builder) {
  const category = ['Buckets'];
  b.addNumberInput({
    path: 'cards.cardMinWidth',
    name: 'Minimum cell width',
    category,
    defaultValue: d.cards.cardMinWidth,
    settings: { min: 1, integer: true },
  })
    .addNumberInput({
      path: 'cards.cardHSpacing',
      name: 'Horizontal spacing',
      category,
      defaultValue: d.cards.cardHSpacing,
      settings: { min: 0 },
    })
    .addNumberInput({
      path: 'cards.cardVSpacing',
      name: 'Vertical spacing',
      category,
      defaultValue: d.cards.cardVSpacing,
      settings: { min: 0 },
    })
    .addNumberInput({
      path: 'cards.cardRound',
      name: 'Corner rounding',
      category,
      defaultValue: d.cards.cardRound,
      settings: { min: 0 },
    })
    .addRadio({
      path: 'nullMode',
      name: 'Null values',
      category,
      defaultValue: d.nullMode,
      settings: {
        options: [
          { value: 'empty', label: 'Empty' },
          { value: 'zero', label: 'As zero' },
          { value: 'connected', label: 'Keep last status' },
        ],
      },
    })
    .addRadio({
      path: 'missing',
      name: 'Buckets without points',
      description: 'Keep last status: for sparse data whose points are further apart than a bucket',
      category,
      defaultValue: d.missing,
      settings: {
        options: [
          { value: 'empty', label: 'Empty' },
          { value: 'zero', label: 'As zero' },
          { value: 'hold', label: 'Keep last status' },
        ],
      },
    })
    .addTextInput({
      path: 'maxGap',
      name: 'Keep a status at most',
      description: 'e.g. 10m; empty: no limit',
      category,
      defaultValue: d.maxGap,
    })
    .addNumberInput({
      path: 'valueIndex',
      name: 'Use only value number',
      description: 'Colour a cell by its N-th value (0 = first); -1 uses all values',
      category,
      defaultValue: d.valueIndex,
      settings: { integer: true, min: -1 },
    })
    .addBooleanSwitch({
      path: 'warnMultipleValues',
      name: 'Warn about cells with several values',
      category,
      defaultValue: d.warnMultipleValues,
    });
}

function rowOptions(b: Builder) {
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

function axisOptions(b: Builder) {
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

function legendOptions(b: Builder) {
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

function tooltipOptions(b: Builder) {
  const category = ['Tooltip'];
  const shown = (o: StatusmapOptions) => o.tooltip.show;
  b.addBooleanSwitch({ path: 'tooltip.show', name: 'Show tooltip', category, defaultValue: d.tooltip.show })
    .addBooleanSwitch({
      path: 'tooltip.freezeOnClick',
      name: 'Freeze on click',
      category,
      defaultValue: d.tooltip.freezeOnClick,
      showIf: shown,
    })
    .addBooleanSwitch({
      path: 'tooltip.showValues',
      name: 'Show values',
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
