import { PanelPlugin } from '@grafana/data';
import { StatusmapPanel } from './components/StatusmapPanel';
import { migrationHandler, panelChangeHandler } from './migrations/handlers';
import { buildOptions } from './options';
import type { StatusmapOptions } from './types';

/** The statusmap panel: wiring only; the work is in src/core, src/render and the files beside this one. */
export const plugin = new PanelPlugin<StatusmapOptions>(StatusmapPanel)
  .setPanelOptions(buildOptions)
  .useFieldConfig()
  .setMigrationHandler(migrationHandler)
  .setPanelChangeHandler(panelChangeHandler);
