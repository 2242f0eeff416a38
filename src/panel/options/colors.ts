import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { COLOR_SCHEMES } from '../color-schemes';
import { defaultOptions as d, type StatusmapOptions } from '../types';

/** Colors: the mode, and for discrete the rules around value mappings and thresholds. */
export function colorOptions(b: PanelOptionsEditorBuilder<StatusmapOptions>): void {
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

const isMode =
  (...modes: StatusmapOptions['color']['mode'][]) =>
  (o: StatusmapOptions): boolean =>
    modes.includes(o.color.mode);
