/**
 * What Grafana registers at boot and a panel plugin relies on (DESIGN.md section 6): the standard
 * option editors, which the options builder resolves by id, and the standard field config properties,
 * without which a panel's field config keeps no mappings or thresholds. For hosts without Grafana:
 * the browser test host and tests that build the plugin's options.
 */
import {
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  ThresholdsMode,
  type FieldConfigPropertyItem,
} from '@grafana/data';

const EDITOR_IDS = [
  'radio',
  'boolean',
  'color',
  'select',
  'number',
  'text',
  'custom',
  'unit',
  'mappings',
  'thresholds',
  'links',
  'fieldColor',
  'slider',
  'stats-picker',
  'strings',
  'interval',
];

const field = (id: string, defaultValue?: unknown): FieldConfigPropertyItem => ({
  id,
  path: id,
  name: id,
  defaultValue,
  editor: () => null,
  override: () => null,
  process: (value: unknown) => value,
  shouldApply: () => true,
});

export function registerGrafanaRegistries(): void {
  standardEditorsRegistry.setInit(() => EDITOR_IDS.map((id) => ({ id, name: id, editor: () => null })));
  standardFieldConfigEditorRegistry.setInit(() => [
    field('unit'),
    field('decimals'),
    field('min'),
    field('max'),
    field('displayName'),
    field('noValue'),
    field('links'),
    field('color', { mode: 'thresholds' }),
    field('mappings', []),
    field('thresholds', {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    }),
  ]);
}
