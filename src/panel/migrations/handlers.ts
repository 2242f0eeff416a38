import type { FieldConfigSource, PanelMigrationHandler, PanelModel } from '@grafana/data';
import { defaultOptions, type StatusmapOptions } from '../types';
import { migrateBuiltin } from './builtin';
import { isFlantOptions, migrateFlant, type MigratedPanel } from './flant';
import { isObject, obj, type Json } from './read';

export const FLANT_PLUGIN_ID = 'flant-statusmap-panel';
/** What Grafana hands onPanelMigration (its own type for it is not exported). */
type PanelMigrationModel<T> = Parameters<PanelMigrationHandler<T>>[0];

const BUILTIN_IDS = new Set(['status-history', 'state-timeline']);

/** Said on the panel when it was switched from the old plugin but Grafana handed over no options. */
export const NOTHING_TO_MIGRATE =
  'This panel was switched from flant-statusmap-panel, but Grafana passed none of its old settings, so defaults are shown. ' +
  'To keep them, undo the change and instead edit the dashboard JSON: set the panel "type" to "statusboard-statusmap-panel" ' +
  'and keep its old keys; they are migrated when the dashboard loads.';

/** Where a saved panel may keep flant options: in `options`, under `options.angular`, or at its top level. */
function findFlantOptions(...candidates: unknown[]): Json | undefined {
  for (const c of candidates) {
    if (!isObject(c)) continue;
    if (isObject(c.angular) && isFlantOptions(c.angular)) return c.angular;
    if (isFlantOptions(c)) return c;
  }
  return undefined;
}

function apply(panel: { fieldConfig: FieldConfigSource }, migrated: MigratedPanel): StatusmapOptions {
  // Grafana keeps the field config a handler leaves on the panel: that is how mappings travel.
  panel.fieldConfig = migrated.fieldConfig;
  return migrated.options;
}

/**
 * onPanelMigration: runs when a dashboard loads. Idempotent: options already ours come back as
 * they are. Old options are found in `options` (or its `angular`), or at the panel's top level,
 * where Grafana copies an Angular panel's keys when its options are empty (a dashboard whose JSON
 * `type` was edited to ours).
 */
export function migrationHandler(
  panel: PanelMigrationModel<Partial<StatusmapOptions>>
): Partial<StatusmapOptions> {
  const options = obj(panel.options);
  const old = findFlantOptions(
    options,
    Object.keys(options).length === 0 ? (panel as unknown as Json) : undefined
  );
  if (!old) return panel.options;
  return apply(panel, migrateFlant(old, panel.fieldConfig));
}

/** onPanelTypeChanged: the panel is switched to ours in the editor (or by Grafana's auto-migration). */
export function panelChangeHandler(
  panel: PanelModel<Partial<StatusmapOptions>>,
  prevPluginId: string,
  prevOptions: Record<string, unknown>,
  prevFieldConfig: FieldConfigSource
): Partial<StatusmapOptions> {
  if (prevPluginId === FLANT_PLUGIN_ID) {
    const old = findFlantOptions(prevOptions, panel as unknown as Json);
    if (!old) return { ...defaultOptions, migrationNotice: NOTHING_TO_MIGRATE };
    return apply(panel, migrateFlant(old, prevFieldConfig ?? panel.fieldConfig));
  }
  if (BUILTIN_IDS.has(prevPluginId)) {
    return apply(panel, migrateBuiltin(prevPluginId, obj(prevOptions), prevFieldConfig ?? panel.fieldConfig));
  }
  return {};
}
