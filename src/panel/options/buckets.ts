import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Buckets: cell size and spacing, nulls, buckets without points. */
export function bucketOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
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
