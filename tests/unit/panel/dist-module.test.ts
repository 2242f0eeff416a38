/**
 * The built dist/module.js, loaded the way Grafana's loader does: an AMD module whose externals
 * (react, @grafana/*, @emotion/css) are handed in by the host, here the real npm packages.
 */
import * as emotionCss from '@emotion/css';
import * as grafanaData from '@grafana/data';
import * as grafanaUi from '@grafana/ui';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as react from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPanel } from '../../support/build-panel';
import { v1Discrete } from './fixtures/old-panels';

const out = mkdtempSync(path.join(tmpdir(), 'statusmap-dist-'));
const externals: Record<string, unknown> = {
  react,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@emotion/css': emotionCss,
};

/** Evaluates an AMD module with a define() that resolves its dependencies from `externals`. */
function loadAmd(source: string): Record<string, unknown> {
  let exported: Record<string, unknown> | undefined;
  const define = (deps: string[], factory: (...args: unknown[]) => Record<string, unknown>) => {
    const missing = deps.filter((d) => !(d in externals));
    if (missing.length)
      throw new Error(`module.js needs externals the host does not provide: ${missing.join(', ')}`);
    exported = factory(...deps.map((d) => externals[d]));
  };
  new Function('define', source)(define);
  if (!exported) throw new Error('module.js did not call define()');
  return exported;
}

let mod: Record<string, unknown>;
beforeAll(async () => {
  await buildPanel(out);
  mod = loadAmd(readFileSync(path.join(out, 'module.js'), 'utf8'));
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build', () => {
  it('writes plugin.json with our id, type and a filled-in version', () => {
    const meta = JSON.parse(readFileSync(path.join(out, 'plugin.json'), 'utf8'));
    expect(meta).toMatchObject({ type: 'panel', id: 'statusboard-statusmap-panel' });
    expect(meta.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(meta.info.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const f of ['README.md', 'CHANGELOG.md', 'LICENSE', 'img/logo.svg'])
      expect(readFileSync(path.join(out, f)).length).toBeGreaterThan(0);
  });

  it('copies every screenshot plugin.json lists, as a PNG, into dist', () => {
    const meta = JSON.parse(readFileSync(path.join(out, 'plugin.json'), 'utf8'));
    const shots: { name: string; path: string }[] = meta.info.screenshots;
    expect(shots.length).toBeGreaterThan(0);
    for (const s of shots) {
      expect(s.name.trim(), s.path).not.toBe('');
      // Bytes 1-3 of every PNG's signature; Grafana's catalogue shows nothing for a broken image.
      expect(readFileSync(path.join(out, s.path)).subarray(1, 4).toString(), s.path).toBe('PNG');
    }
  });

  it('module.js is an AMD module exporting a PanelPlugin of the host’s @grafana/data', () => {
    expect(mod.plugin).toBeInstanceOf(grafanaData.PanelPlugin);
  });

  it('its migration handler migrates an old dashboard panel', async () => {
    const plugin = mod.plugin as grafanaData.PanelPlugin;
    const panel = {
      ...structuredClone(v1Discrete),
      options: {},
      fieldConfig: { defaults: {}, overrides: [] },
    };
    const options = await plugin.onPanelMigration!(panel as never);
    expect(options).toMatchObject({ color: { mode: 'discrete' }, rows: { sort: 'asc' } });
    expect(panel.fieldConfig.defaults).toHaveProperty('mappings');
  });
});
