import { describe, expect, it } from 'vitest';
import { plugin } from '../../../src/panel/module';
import { registerGrafanaRegistries } from '../../support/grafana-registries';
import { v1Discrete } from './fixtures/old-panels';

registerGrafanaRegistries();

describe('src/panel/module.ts', () => {
  it('exports a PanelPlugin with the migration and type-change handlers', () => {
    expect(typeof plugin.onPanelMigration).toBe('function');
    expect(typeof plugin.onPanelTypeChanged).toBe('function');
  });

  it('declares every option with the builder, defaults included', () => {
    const defaults = plugin.defaults as Record<string, unknown>;
    expect(defaults).toMatchObject({
      color: { mode: 'discrete', useThresholds: true },
      cards: { rowHeight: 'scroll' },
      rows: { sort: 'query' },
      tooltip: { show: true, items: [] },
    });
  });

  it('migrates an old panel through plugin.onPanelMigration', async () => {
    const panel = {
      ...structuredClone(v1Discrete),
      options: {},
      fieldConfig: { defaults: {}, overrides: [] },
    };
    const options = await plugin.onPanelMigration!(panel as never);
    expect(options).toMatchObject({
      color: { mode: 'discrete', useThresholds: false },
      pagination: { enabled: true },
    });
  });
});
