/**
 * A stand-in for Grafana (none can run on these machines, DESIGN.md section 6): it loads the built
 * dist/module.js as Grafana's loader does (AMD, with react and @grafana/* handed in as externals)
 * and renders it through @grafana/scenes in Grafana's real panel chrome, fed with frames built by
 * @grafana/data. Tests drive it through window.host.
 */
import * as emotionCss from '@emotion/css';
import * as grafanaData from '@grafana/data';
import {
  FieldType,
  LoadingState,
  toDataFrame,
  type FieldConfigSource,
  type PanelPlugin,
} from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import { setAppEvents, setPluginImportUtils } from '@grafana/runtime';
import {
  EmbeddedScene,
  SceneDataNode,
  SceneFlexItem,
  SceneFlexLayout,
  SceneTimeRange,
  VizPanel,
} from '@grafana/scenes';
import * as grafanaUi from '@grafana/ui';
import { ThemeContext } from '@grafana/ui';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { registerGrafanaRegistries } from '../../../support/grafana-registries';

export interface HostRow {
  name: string;
  labels?: Record<string, string>;
  times: number[];
  values: (number | string | null)[];
}

export interface HostSpec {
  rows: HostRow[];
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  from: number;
  to: number;
  theme?: 'light' | 'dark';
  timeZone?: string;
  /** How many copies of the panel share the dashboard (shared crosshair tests); default 1. */
  panels?: number;
  /** Panel title; default "Statusmap 1", "Statusmap 2", ... (screenshots want a plain one). */
  title?: string;
}

const PLUGIN_ID = 'statusboard-statusmap-panel';
const externals: Record<string, unknown> = {
  react: React,
  'react-dom': ReactDOM,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@grafana/runtime': grafanaRuntime,
  '@emotion/css': emotionCss,
};

/** Grafana's loader: SystemJS with an AMD extra; here the minimum of it. */
async function loadPlugin(): Promise<PanelPlugin> {
  const source = await (await fetch('/dist/module.js')).text();
  const meta = await (await fetch('/dist/plugin.json')).json();
  let plugin: PanelPlugin | undefined;
  const define = (deps: string[], factory: (...args: unknown[]) => { plugin: PanelPlugin }) => {
    plugin = factory(...deps.map((d) => externals[d] ?? missing(d))).plugin;
  };
  new Function('define', source)(define);
  if (!plugin) throw new Error('dist/module.js did not define a plugin');
  plugin.meta = {
    ...meta,
    module: `public/plugins/${PLUGIN_ID}/module.js`,
    baseUrl: `public/plugins/${PLUGIN_ID}`,
  };
  return plugin;
}

function missing(dep: string): never {
  throw new Error(`dist/module.js needs an external the host does not provide: ${dep}`);
}

registerGrafanaRegistries();
// Grafana's app-wide event bus, which scenes hands panels as props.eventBus (shared crosshair).
setAppEvents(new grafanaData.EventBusSrv());

let root: Root | null = null;
let panel: VizPanel | null = null;
let sceneTimeRange: SceneTimeRange | null = null;

async function render(spec: HostSpec): Promise<void> {
  renderFrames(spec, toFrames(spec));
}

/** Frames as a Prometheus query hands them over: one per series, a legend display name, labels. */
function toFrames(spec: HostSpec): grafanaData.DataFrame[] {
  return spec.rows.map((r) =>
    toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: r.times },
        {
          name: 'Value',
          type: r.values.some((v) => typeof v === 'string') ? FieldType.string : FieldType.number,
          values: r.values,
          labels: r.labels,
          config: { displayNameFromDS: r.name },
        },
      ],
    })
  );
}

function renderFrames(spec: HostSpec, series: grafanaData.DataFrame[]): void {
  const timeRange = new SceneTimeRange({
    from: new Date(spec.from).toISOString(),
    to: new Date(spec.to).toISOString(),
    timeZone: spec.timeZone ?? 'utc',
  });
  sceneTimeRange = timeRange;
  const panels = Array.from(
    { length: spec.panels ?? 1 },
    (_, i) =>
      new VizPanel({
        pluginId: PLUGIN_ID,
        title: spec.title ?? `Statusmap ${i + 1}`,
        options: spec.options ?? {},
        fieldConfig: spec.fieldConfig ?? { defaults: {}, overrides: [] },
        $data: new SceneDataNode({
          data: { state: LoadingState.Done, series, timeRange: timeRange.state.value },
        }),
      })
  );
  panel = panels[0];
  const scene = new EmbeddedScene({
    $timeRange: timeRange,
    body: new SceneFlexLayout({
      direction: 'column',
      children: panels.map((body) => new SceneFlexItem({ minHeight: 200, body })),
    }),
  });
  const theme = grafanaData.createTheme({ colors: { mode: spec.theme ?? 'dark' } });
  root ??= createRoot(document.getElementById('root')!);
  root.render(
    <ThemeContext.Provider value={theme}>
      <div style={{ width: '100%', height: '100vh', background: theme.colors.background.canvas }}>
        <scene.Component model={scene} />
      </div>
    </ThemeContext.Provider>
  );
}

declare global {
  interface Window {
    host: {
      ready: boolean;
      error?: string;
      render: typeof render;
      options: () => unknown;
      fieldConfig: () => unknown;
      /** A Grafana colour name as the given theme paints it, as [r, g, b]. */
      rgb: (color: string, mode: 'light' | 'dark') => [number, number, number];
      measure: typeof measure;
      /** The dashboard's time range now, ms (panels change it by zooming). */
      timeRange: () => { from: number; to: number } | null;
    };
  }
}

/** Resolves after the legend lists `label` (the pipeline ran) and two animation frames (the renderer painted). */
async function painted(label: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const check = () => {
      const legend = document.querySelector('[aria-label="Legend"]');
      if (legend?.textContent?.includes(label)) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/**
 * Data arrival to first paint, twice: `mountMs` with a new panel (plugin, React and scenes set-up
 * included), `updateMs` for new data reaching the mounted panel, as on a dashboard refresh. The
 * frames are built before the clock starts: in Grafana they arrive built.
 */
async function measure(spec: HostSpec, updateLabel: string): Promise<{ mountMs: number; updateMs: number }> {
  const frames = toFrames(spec);
  let t0 = performance.now();
  renderFrames(spec, frames);
  await painted('');
  const mountMs = performance.now() - t0;
  const next = toFrames({
    ...spec,
    rows: spec.rows.map((r) => ({ ...r, values: r.values.map((v) => (v === 0 ? 2 : v)) })),
  });
  t0 = performance.now();
  (panel!.state.$data as SceneDataNode).setState({
    data: {
      state: LoadingState.Done,
      series: next,
      timeRange: (panel!.state.$data as SceneDataNode).state.data.timeRange,
    },
  });
  await painted(updateLabel);
  return { mountMs, updateMs: performance.now() - t0 };
}

function rgb(color: string, mode: 'light' | 'dark'): [number, number, number] {
  const theme = grafanaData.createTheme({ colors: { mode } });
  const css =
    color === 'background' ? theme.colors.background.primary : theme.visualization.getColorByName(color);
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

window.host = {
  ready: false,
  render,
  options: () => panel?.state.options,
  fieldConfig: () => panel?.state.fieldConfig,
  rgb,
  measure,
  timeRange: () => {
    const v = sceneTimeRange?.state.value;
    return v ? { from: v.from.valueOf(), to: v.to.valueOf() } : null;
  },
};
loadPlugin().then(
  (plugin) => {
    setPluginImportUtils({ importPanelPlugin: async () => plugin, getPanelPluginFromCache: () => plugin });
    window.host.ready = true;
  },
  (e: unknown) => {
    window.host.error = String(e);
  }
);
