/**
 * The renderer playground: synthetic datasets of 100 to 10,000 rows with controls for row height,
 * spacing, rounding, paint mode, theme and labels. Settings come from the query string too
 * (?dataset=...&rowHeight=8&mode=pixels&theme=dark), which the browser tests and the bench use.
 */
import type { StatusMatrix } from '../src/core';
import {
  DARK_THEME,
  LIGHT_THEME,
  StatusmapRenderer,
  type CellDescription,
  type PaintMode,
  type RenderOptions,
} from '../src/render';
import type {} from './api';
import { DATASETS, makeDataset, type DatasetSpec } from './datasets';

interface State {
  dataset: string;
  rowHeight: string;
  hSpacing: number;
  vSpacing: number;
  rounding: number;
  mode: PaintMode;
  theme: 'light' | 'dark';
  splitLabels: boolean;
  yAxis: boolean;
  weekend: boolean;
  timeZone: string;
}

const params = new URLSearchParams(location.search);
const state: State = {
  dataset: params.get('dataset') ?? '1,000 rows, dense',
  rowHeight: params.get('rowHeight') ?? '12',
  hSpacing: Number(params.get('hSpacing') ?? 1),
  vSpacing: Number(params.get('vSpacing') ?? 1),
  rounding: Number(params.get('rounding') ?? 0),
  mode: (params.get('mode') as PaintMode | null) ?? 'auto',
  theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  splitLabels: params.get('splitLabels') !== '0',
  yAxis: params.get('yAxis') !== '0',
  weekend: params.get('weekend') !== '0',
  timeZone: params.get('tz') ?? 'utc',
};

/** A dataset given as "rows x cols [density]" in the query string, e.g. dataset=5000x300 sparse. */
function specOf(name: string): DatasetSpec {
  const known = DATASETS[name];
  if (known) return known;
  const m = /^(\d+)x(\d+)(?:\s+(dense|sparse|pattern))?$/.exec(name.trim());
  if (m)
    return { rows: Number(m[1]), cols: Number(m[2]), density: (m[3] as DatasetSpec['density']) ?? 'dense' };
  return DATASETS['1,000 rows, dense'];
}

const chart = document.getElementById('chart') as HTMLElement;
const controls = document.getElementById('controls') as HTMLElement;
const status = document.createElement('output');
const dprParam = params.get('dpr');

let matrix: StatusMatrix = makeDataset(specOf(state.dataset));
let lastCell: CellDescription | null = null;
const renderer = new StatusmapRenderer(
  chart,
  toOptions(),
  {
    onSelect: (cell) => {
      lastCell = cell;
      showStatus();
    },
  },
  dprParam ? Number(dprParam) : undefined
);

function toOptions(): Partial<RenderOptions> {
  return {
    rowHeight: state.rowHeight === 'auto' ? 'auto' : Number(state.rowHeight),
    hSpacing: state.hSpacing,
    vSpacing: state.vSpacing,
    rounding: state.rounding,
    mode: state.mode,
    theme: state.theme === 'dark' ? DARK_THEME : LIGHT_THEME,
    showYAxis: state.yAxis,
    weekendShading: state.weekend,
    timeZone: state.timeZone,
  };
}

function shown(m: StatusMatrix): StatusMatrix {
  return state.splitLabels ? m : { ...m, rowLevels: m.rowNames.map((n) => [n]) };
}

function showStatus(): void {
  const l = renderer.layout();
  const s = renderer.stats;
  const picked = lastCell ? ` | selected: ${lastCell.text}` : '';
  status.textContent = `${matrix.rowCount} x ${matrix.colCount} | mode ${s.mode} | rows ${l.firstRow}-${l.endRow - 1} | paint ${lastPaintMs.toFixed(1)} ms${picked}`;
}

let lastPaintMs = 0;
function repaint(): void {
  document.body.className = state.theme;
  const t0 = performance.now();
  renderer.setOptions(toOptions());
  renderer.setData(shown(matrix));
  renderer.render();
  lastPaintMs = performance.now() - t0;
  showStatus();
}

function select<T extends string>(label: string, value: T, options: readonly T[], set: (v: T) => void): void {
  const el = document.createElement('select');
  el.name = label;
  for (const o of options) el.add(new Option(o, o, o === value, o === value));
  el.onchange = () => {
    set(el.value as T);
    repaint();
  };
  wrap(label, el);
}

function number(label: string, value: number, set: (v: number) => void): void {
  const el = document.createElement('input');
  el.type = 'number';
  el.name = label;
  el.min = '0';
  el.max = '20';
  el.value = String(value);
  el.oninput = () => {
    set(Number(el.value) || 0);
    repaint();
  };
  wrap(label, el);
}

function check(label: string, value: boolean, set: (v: boolean) => void): void {
  const el = document.createElement('input');
  el.type = 'checkbox';
  el.name = label;
  el.checked = value;
  el.onchange = () => {
    set(el.checked);
    repaint();
  };
  wrap(label, el);
}

function wrap(label: string, el: HTMLElement): void {
  const l = document.createElement('label');
  l.append(label, el);
  controls.append(l);
}

const names = Object.keys(DATASETS);
select('dataset', names.includes(state.dataset) ? state.dataset : names[2], names, (v) => {
  state.dataset = v;
  matrix = makeDataset(specOf(v));
});
select(
  'row height',
  state.rowHeight,
  ['auto', '1', '2', '4', '8', '12', '16', '24'],
  (v) => (state.rowHeight = v)
);
number('h spacing', state.hSpacing, (v) => (state.hSpacing = v));
number('v spacing', state.vSpacing, (v) => (state.vSpacing = v));
number('rounding', state.rounding, (v) => (state.rounding = v));
select('mode', state.mode, ['auto', 'cells', 'pixels', 'overview'] as PaintMode[], (v) => (state.mode = v));
select('theme', state.theme, ['light', 'dark'] as const, (v) => (state.theme = v));
check('split labels', state.splitLabels, (v) => (state.splitLabels = v));
check('y axis', state.yAxis, (v) => (state.yAxis = v));
check('weekends', state.weekend, (v) => (state.weekend = v));
controls.append(status);
renderer.scroller.addEventListener('scroll', showStatus);

repaint();

window.playground = {
  renderer,
  load: (spec) => {
    matrix = makeDataset(typeof spec === 'string' ? specOf(spec) : spec);
    repaint();
  },
  matrix: () => matrix,
  ready: true,
};
