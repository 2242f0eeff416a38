/**
 * What the specs open in Grafana: the dashboards provisioned from provisioning/dashboards/ (docker
 * compose mounts that folder), and the names Grafana shows for our plugin and its option groups.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const plugin = JSON.parse(readFileSync(path.join(ROOT, 'src/panel/plugin.json'), 'utf8'));

export const PLUGIN_ID: string = plugin.id;
/** The name the panel editor shows for the visualization. */
export const PLUGIN_NAME: string = plugin.name;

/** A statusmap panel on TestData series mapped to up / degraded / down. */
export const DASHBOARD = { fileName: 'statusmap-e2e.json', panelId: '1', panelTitle: 'Statusmap' };
/** A panel saved by flant-statusmap-panel (settings at the top level), its JSON `type` changed to ours. */
export const FLANT_DASHBOARD = {
  fileName: 'statusmap-e2e-flant.json',
  panelId: '1',
  panelTitle: 'Old flant statusmap',
};

/** The option groups of src/panel/options/index.ts, in the editor's order. */
export const OPTION_CATEGORIES = ['Colors', 'Buckets', 'Rows', 'Axes', 'Legend', 'Tooltip'];

/**
 * Our DOM hooks: the renderer's base canvas, the legend's accessible name, and the hover tooltip: the
 * panel's React one (role tooltip) or the renderer's plain one (.sm-tooltip); callers keep the
 * visible one.
 */
export const SEL = {
  base: 'canvas.sm-base',
  tooltip: '[role="tooltip"], .sm-tooltip',
  legend: '[aria-label="Legend"]',
};
