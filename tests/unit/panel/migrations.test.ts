import { MappingType, type FieldConfigSource, type PanelModel, type ValueMap } from '@grafana/data';
import { describe, expect, it } from 'vitest';
import { migrateFlantV0toV1 } from '../../../src/panel/migrations/flant-v0';
import { migrateFlant } from '../../../src/panel/migrations/flant';
import {
  migrationHandler,
  NOTHING_TO_MIGRATE,
  panelChangeHandler,
} from '../../../src/panel/migrations/handlers';
import { defaultOptions, type StatusmapOptions } from '../../../src/panel/types';
import { v0WithUrls, v0WithUrlsAsV1, v1Discrete, v1Opacity, v1Spectrum } from './fixtures/old-panels';

const emptyFieldConfig = (): FieldConfigSource => ({ defaults: {}, overrides: [] });

/** Saved JSON is untyped: hand it over the way Grafana does, as whatever the dashboard holds. */
type MigrationPanel = Parameters<typeof migrationHandler>[0];
const asPanel = (p: object) => p as unknown as MigrationPanel;

/** A panel as Grafana hands it to onPanelMigration after the JSON `type` was edited to ours. */
function editedJsonPanel(old: object) {
  return {
    ...structuredClone(old),
    id: 1,
    type: 'statusboard-statusmap-panel',
    options: {},
    fieldConfig: emptyFieldConfig(),
  };
}

describe('flant 0.0.x -> v1 (the old plugin’s own upgrade)', () => {
  it('turns cardSpacing into both spacings, usingUrl into freezeOnClick, urls into tooltip items', () => {
    const v1 = migrateFlantV0toV1(v0WithUrls);
    expect(v1).toEqual({ ...v0WithUrlsAsV1, id: 7, type: 'flant-statusmap-panel', title: 'Deploys' });
  });

  it('leaves a v1 panel as it is and does not modify its input', () => {
    const copy = structuredClone(v0WithUrls);
    migrateFlantV0toV1(copy);
    expect(copy).toEqual(v0WithUrls);
    expect(migrateFlantV0toV1(v1Discrete)).toBe(v1Discrete);
  });

  it('drops a single empty url instead of making an empty link', () => {
    const v1 = migrateFlantV0toV1({ urls: [{ base_url: '', label: '' }], tooltip: {} });
    expect(v1.tooltip).toEqual({ items: [] });
  });
});

describe('flant -> statusmap options', () => {
  it('keeps discrete thresholds as one value mapping in list order, first duplicate wins', () => {
    const { options, fieldConfig } = migrateFlant(v1Discrete);
    expect(options.color.mode).toBe('discrete');
    expect(options.color.useThresholds).toBe(false);
    expect(options.color.priority).toBe('first-rule');
    const map = fieldConfig.defaults.mappings![0] as ValueMap;
    expect(map.type).toBe(MappingType.ValueToText);
    expect(map.options).toEqual({
      '1': { text: 'Pending', color: '#cca300', index: 0 },
      '2': { text: 'Running', color: '#9ac48a', index: 1 },
      '3': { text: 'Failed', color: '#bf1b00', index: 2 },
      '4': { text: 'Succeeded', color: '#3f6833', index: 3 },
      '5': { text: 'Unknown', color: '#f9e2d2', index: 4 },
    });
  });

  it('carries layout, rows, pagination, legend and tooltip settings', () => {
    const { options } = migrateFlant(v1Discrete);
    expect(options.cards).toMatchObject({
      cardMinWidth: 5,
      cardHSpacing: 2,
      cardVSpacing: 2,
      cardRound: 0,
      rowHeight: 'auto',
    });
    expect(options.rows).toMatchObject({
      splitLabels: true,
      delimiter: '|',
      labelTemplate: '${__y_label_1}',
      sort: 'asc',
    });
    expect(options.pagination).toEqual({ enabled: true, pageSize: 20 });
    expect(options.tooltip).toMatchObject({ show: true, freezeOnClick: true, showItems: true });
    expect(options.tooltip.items[0]).toEqual(v1Discrete.tooltip.items[0]);
    expect(options.nullMode).toBe('empty');
    expect(options.missing).toBe('empty');
  });

  it('gives a 0.0.x panel and its v1 save the same options and mappings', () => {
    expect(migrateFlant(v0WithUrls)).toEqual(migrateFlant(v0WithUrlsAsV1));
    const { options } = migrateFlant(v0WithUrls);
    expect(options.nullMode).toBe('zero');
    expect(options.missing).toBe('zero'); // the old "as zero" painted empty buckets as 0 too
    expect(options.tooltip.items[0].urlTemplate).toBe(
      'https://ci.example/job/${__y_label}/${__value_0_date}?x=$series_label&${__url_time_range}'
    );
  });

  it('keeps the spectrum scheme with the old inversion rule and a linear scale', () => {
    const { options, fieldConfig } = migrateFlant(v1Spectrum);
    expect(options.color).toMatchObject({
      mode: 'spectrum',
      scheme: 'interpolateGnYlRd',
      invert: 'always',
      scale: 'linear',
    });
    expect(options.color.min).toBeUndefined();
    expect(options.rows.sort).toBe('desc');
    expect(fieldConfig.defaults.mappings).toEqual([]);
  });

  it('maps the opacity sqrt scale to pow with the saved exponent', () => {
    const { options } = migrateFlant(v1Opacity);
    expect(options.color).toMatchObject({
      mode: 'opacity',
      opacityColor: '#1f78c1',
      scale: 'pow',
      exponent: 0.5,
    });
  });

  it('reads damaged values as defaults instead of failing', () => {
    const { options } = migrateFlant({
      statusmap: { ConfigVersion: 'v1' },
      cards: 'oops',
      color: { mode: 42, thresholds: 'x' },
      pageSize: 'x',
    });
    expect(options.cards.cardMinWidth).toBe(5);
    expect(options.color.mode).toBe('spectrum');
    expect(options.pagination.pageSize).toBe(15);
  });
});

describe('onPanelMigration', () => {
  it('migrates old keys Grafana copied to the top level of a panel whose JSON type was edited', () => {
    const panel = editedJsonPanel(v1Discrete);
    const options = migrationHandler(panel) as StatusmapOptions;
    expect(options.color.mode).toBe('discrete');
    expect(panel.fieldConfig.defaults.mappings).toHaveLength(1);
  });

  it('migrates old options found inside `options` and under `options.angular`', () => {
    const inOptions = {
      id: 1,
      type: 'x',
      options: structuredClone(v1Spectrum),
      fieldConfig: emptyFieldConfig(),
    };
    expect((migrationHandler(asPanel(inOptions)) as StatusmapOptions).color.mode).toBe('spectrum');
    const angular = {
      id: 1,
      type: 'x',
      options: { angular: structuredClone(v1Opacity) },
      fieldConfig: emptyFieldConfig(),
    };
    expect((migrationHandler(asPanel(angular)) as StatusmapOptions).color.mode).toBe('opacity');
  });

  it('is idempotent: a second run changes nothing', () => {
    const panel = editedJsonPanel(v1Discrete);
    panel.options = migrationHandler(panel) as object;
    const fieldConfig = structuredClone(panel.fieldConfig);
    const again = migrationHandler(panel);
    expect(again).toBe(panel.options);
    expect(panel.fieldConfig).toEqual(fieldConfig);
  });

  it('leaves options of a new panel alone even with stray top-level keys', () => {
    const panel = { ...editedJsonPanel(v1Discrete), options: { ...defaultOptions } };
    expect(migrationHandler(panel)).toBe(panel.options);
  });
});

describe('onPanelTypeChanged', () => {
  const model = () =>
    ({ fieldConfig: emptyFieldConfig(), options: {} }) as unknown as PanelModel<Partial<StatusmapOptions>>;

  it('migrates old options under `angular` (Grafana 10 and earlier)', () => {
    const panel = model();
    const options = panelChangeHandler(
      panel,
      'flant-statusmap-panel',
      { angular: v1Discrete },
      emptyFieldConfig()
    );
    expect(options.color?.mode).toBe('discrete');
    expect(panel.fieldConfig.defaults.mappings).toHaveLength(1);
  });

  it('migrates old options handed over at the top level', () => {
    const options = panelChangeHandler(
      model(),
      'flant-statusmap-panel',
      structuredClone(v0WithUrls),
      emptyFieldConfig()
    );
    expect(options.tooltip?.items).toHaveLength(1);
  });

  it('says plainly when Grafana passed nothing to migrate (Grafana 11+ VizPanel.changePluginType)', () => {
    const options = panelChangeHandler(model(), 'flant-statusmap-panel', {}, emptyFieldConfig());
    expect(options.migrationNotice).toBe(NOTHING_TO_MIGRATE);
    expect(NOTHING_TO_MIGRATE).toMatch(/"type" to "statusboard-statusmap-panel"/);
  });

  it('keeps the field config of Status history and State timeline', () => {
    const fieldConfig: FieldConfigSource = {
      defaults: {
        mappings: [{ type: MappingType.ValueToText, options: { '1': { text: 'up', color: 'green' } } }],
      },
      overrides: [],
    };
    const panel = model();
    const sh = panelChangeHandler(
      panel,
      'status-history',
      { legend: { showLegend: false }, tooltip: { mode: 'none' } },
      fieldConfig
    );
    expect(sh).toMatchObject({ legend: { show: false }, tooltip: { show: false }, missing: 'empty' });
    expect(panel.fieldConfig).toBe(fieldConfig);
    expect(panelChangeHandler(model(), 'state-timeline', {}, fieldConfig).missing).toBe('hold');
  });

  it('starts from defaults when switched from any other panel', () => {
    expect(panelChangeHandler(model(), 'timeseries', { legend: {} }, emptyFieldConfig())).toEqual({});
  });
});
