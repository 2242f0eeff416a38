/**
 * In-page measurements for bench/render.bench.ts, all in one page and one run: our renderer, an SVG
 * rect per cell built with d3-selection (as the old flant-statusmap-panel did), a canvas fillRect per
 * cell, and the floor (putImageData of a prefilled buffer the size of the canvas).
 */
import { select } from 'd3-selection';
import { rgbaToCss, type StatusMatrix } from '../src/core';
import { StatusmapRenderer, type RenderOptions } from '../src/render';
import { makeDataset } from './datasets';

export const WIDTH = 1000;
export const HEIGHT = 600;

const host = document.getElementById('host') as HTMLElement;
host.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;position:relative`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
const round = (x: number): number => Math.round(x * 1000) / 1000;
/** Reading one pixel makes the canvas finish its drawing: timings include the raster work. */
const flush = (c: HTMLCanvasElement): void => {
  (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, 1, 1);
};
const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

const cache = new Map<string, StatusMatrix>();
function dataset(rows: number, cols: number): StatusMatrix {
  const key = `${rows}x${cols}`;
  let m = cache.get(key);
  if (!m) {
    m = makeDataset({ rows, cols, density: 'dense' });
    cache.set(key, m);
  }
  return m;
}

/** First paint of a fresh renderer: DOM, label measurement, reduction and pixels included. */
function oursOnce(m: StatusMatrix, options: Partial<RenderOptions>): { ms: number; mode: string } {
  const t0 = performance.now();
  const r = new StatusmapRenderer(host, { weekendShading: false, ...options }, {}, 1);
  r.setData({ ...m });
  r.render();
  flush(r.base);
  const ms = performance.now() - t0;
  const mode = r.stats.mode;
  r.destroy();
  return { ms, mode };
}

function canvas(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = WIDTH;
  c.height = HEIGHT;
  host.appendChild(c);
  return c;
}

/** What a straightforward canvas port does: one fillStyle and fillRect per cell, every cell. */
function naiveOnce(m: StatusMatrix): number {
  const c = canvas();
  const t0 = performance.now();
  const ctx = c.getContext('2d') as CanvasRenderingContext2D;
  const w = WIDTH / m.colCount;
  const h = HEIGHT / m.rowCount;
  const css = Array.from(m.table.rgba, (v) => rgbaToCss(v));
  for (let r = 0; r < m.rowCount; r++) {
    for (let col = 0; col < m.colCount; col++) {
      ctx.fillStyle = css[m.statuses[r * m.colCount + col]];
      ctx.fillRect(col * w, r * h, w, h);
    }
  }
  flush(c);
  const ms = performance.now() - t0;
  c.remove();
  return ms;
}

function floorOnce(buffer: ImageData): number {
  const c = canvas();
  const t0 = performance.now();
  (c.getContext('2d') as CanvasRenderingContext2D).putImageData(buffer, 0, 0);
  flush(c);
  const ms = performance.now() - t0;
  c.remove();
  return ms;
}

/**
 * The old plugin's way: an SVG rect per cell appended with d3-selection data joins, row by row,
 * then the time until the browser has laid it out and painted a frame. Building stops at capMs.
 */
async function svgOnce(
  m: StatusMatrix,
  capMs: number
): Promise<{ ms: number; capped: boolean; built: number; actual: number }> {
  const css = Array.from(m.table.statuses, (s) => s.color);
  const w = WIDTH / m.colCount;
  const h = HEIGHT / m.rowCount;
  const cols = Array.from({ length: m.colCount }, (_, c) => c);
  const t0 = performance.now();
  const svg = select(host).append('svg').attr('width', WIDTH).attr('height', HEIGHT);
  let built = 0;
  let capped = false;
  for (let r = 0; r < m.rowCount; r++) {
    svg
      .append('g')
      .selectAll('rect')
      .data(cols)
      .enter()
      .append('rect')
      .attr('x', (c) => c * w)
      .attr('y', r * h)
      .attr('width', w)
      .attr('height', h)
      .attr('rx', 0)
      .attr('ry', 0)
      .style('fill', (c) => css[m.statuses[r * m.colCount + c]]);
    built += m.colCount;
    if (performance.now() - t0 > capMs) {
      capped = true;
      break;
    }
  }
  if (!capped) {
    (svg.node() as SVGSVGElement).getBoundingClientRect();
    await nextFrame();
    await nextFrame();
  }
  const ms = performance.now() - t0;
  svg.remove();
  await nextFrame();
  // Layout and paint cannot be interrupted: a build that finished under the cap may still end past it.
  return { ms: Math.min(ms, capMs), capped: capped || ms > capMs, built, actual: ms };
}

/** New data into a mounted renderer (a panel's query returning): reduction, pixels, labels, axis. */
function oursWarmOnce(r: StatusmapRenderer, m: StatusMatrix): number {
  const t0 = performance.now();
  r.setData({ ...m });
  r.render();
  flush(r.base);
  return performance.now() - t0;
}

function floorWarmOnce(c: HTMLCanvasElement, buffer: ImageData): number {
  const t0 = performance.now();
  (c.getContext('2d') as CanvasRenderingContext2D).putImageData(buffer, 0, 0);
  flush(c);
  return performance.now() - t0;
}

/**
 * Rounds of every contender before the measured ones. Our code is JavaScript that V8 compiles in tiers
 * over its first calls (and the page's allocator settles), while the floor is one native call: medians
 * are taken after this warm-up, and the very first paint in the page is reported apart (first_ms).
 */
const WARMUP_ROUNDS = 12;

export interface FirstPaintResult {
  /** The first paint of this case in the page, before any warm-up: cold code, cold memory. */
  ours_first_ms: number;
  floor_first_ms: number;
  ours_warm_ms: number;
  floor_warm_ms: number;
  ours_ms: number;
  ours_scroll_ms: number;
  mode: string;
  scroll_mode: string;
  naive_ms: number;
  floor_ms: number;
  baseline_ms: number;
  baseline_capped: boolean;
  baseline_cells_built: number;
  /** Time until the SVG build stopped and its frame was painted, even past the cap. */
  baseline_actual_ms: number;
  runs: number;
}

export async function firstPaint(
  rows: number,
  cols: number,
  runs: number,
  naiveRuns: number,
  capMs: number
): Promise<FirstPaintResult> {
  const m = dataset(rows, cols);
  const buffer = new ImageData(WIDTH, HEIGHT);
  new Uint32Array(buffer.data.buffer).fill(0xff4ba656);
  const ours: number[] = [];
  const oursScroll: number[] = [];
  const floor: number[] = [];
  const oursWarm: number[] = [];
  const floorWarm: number[] = [];
  const mounted = new StatusmapRenderer(host, { rowHeight: 'auto', weekendShading: false }, {}, 1);
  const warmCanvas = canvas();
  let mode = '';
  let scrollMode = '';
  // Interleaved, so noise on these shared machines hits every contender alike, and in a rotating
  // order, so the garbage collection a round starts with does not always land on the same one.
  let first: { ours: number; floor: number } | null = null;
  for (let i = 0; i < runs + WARMUP_ROUNDS; i++) {
    let a = { ms: 0, mode: '' };
    let b = { ms: 0, mode: '' };
    let f = 0;
    let w = 0;
    let fw = 0;
    const contenders = [
      () => (a = oursOnce(m, { rowHeight: 'auto' })),
      () => (b = oursOnce(m, { rowHeight: 8 })),
      () => (f = floorOnce(buffer)),
      () => (w = oursWarmOnce(mounted, m)),
      () => (fw = floorWarmOnce(warmCanvas, buffer)),
    ];
    for (let k = 0; k < contenders.length; k++) contenders[(i + k) % contenders.length]();
    mode = a.mode;
    scrollMode = b.mode;
    first ??= { ours: a.ms, floor: f };
    if (i < WARMUP_ROUNDS) {
      await nextFrame();
      continue;
    }
    ours.push(a.ms);
    oursScroll.push(b.ms);
    floor.push(f);
    oursWarm.push(w);
    floorWarm.push(fw);
    await nextFrame();
  }
  mounted.destroy();
  warmCanvas.remove();
  const naive: number[] = [];
  for (let i = 0; i < naiveRuns; i++) naive.push(naiveOnce(m));
  const svg = await svgOnce(m, capMs);
  return {
    ours_first_ms: round(first?.ours ?? NaN),
    floor_first_ms: round(first?.floor ?? NaN),
    ours_warm_ms: round(median(oursWarm)),
    floor_warm_ms: round(median(floorWarm)),
    ours_ms: round(median(ours)),
    ours_scroll_ms: round(median(oursScroll)),
    mode,
    scroll_mode: scrollMode,
    naive_ms: round(median(naive)),
    floor_ms: round(median(floor)),
    baseline_ms: round(svg.ms),
    baseline_capped: svg.capped,
    baseline_cells_built: svg.built,
    baseline_actual_ms: round(svg.actual),
    runs,
  };
}

export interface FrameResult {
  ours_ms: number;
  p95_ms: number;
  floor_ms: number;
  samples: number;
  mode: string;
}

/** Per pointer move: hit test, hover state, tooltip and overlay redraw (crosshair + outline), flushed. */
export async function hover(
  rows: number,
  cols: number,
  rowHeight: number | 'auto',
  samples: number
): Promise<FrameResult> {
  const m = dataset(rows, cols);
  const r = new StatusmapRenderer(host, { rowHeight, weekendShading: false }, {}, 1);
  r.setData(m);
  r.render();
  const l = r.layout();
  const times: number[] = [];
  for (let i = 0; i < samples + 10; i++) {
    // A diagonal sweep: every move lands in another cell.
    const x = (l.plotX + ((i * 37) % l.plotW)) / l.dpr + 0.5;
    const y = (l.plotY + ((i * 23) % l.plotH)) / l.dpr + 0.5;
    const t0 = performance.now();
    r.pointerAt(x, y);
    flush(r.overlay);
    if (i >= 10) times.push(performance.now() - t0);
  }
  const floor = overlayFloor(r.overlay, samples);
  const mode = r.stats.mode;
  r.destroy();
  await nextFrame();
  return { ours_ms: round(median(times)), p95_ms: round(p95(times)), floor_ms: floor, samples, mode };
}

/** Floor of an overlay frame: clearing the canvas and drawing one line, flushed. */
function overlayFloor(c: HTMLCanvasElement, samples: number): number {
  const ctx = c.getContext('2d') as CanvasRenderingContext2D;
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.fillRect(i % c.width, 0, 1, c.height);
    flush(c);
    times.push(performance.now() - t0);
  }
  return round(median(times));
}

/** Per scroll frame: set the offset, repaint the rows in view (cells, labels, axis, overlay), flushed. */
export async function scroll(
  rows: number,
  cols: number,
  rowHeight: number,
  samples: number
): Promise<FrameResult> {
  const m = dataset(rows, cols);
  const r = new StatusmapRenderer(host, { rowHeight, weekendShading: false }, {}, 1);
  r.setData(m);
  r.render();
  const max = r.layout().scrollMaxCss;
  const times: number[] = [];
  for (let i = 0; i < samples + 10; i++) {
    const top = (((i * 7919) % 1000) / 1000) * max;
    const t0 = performance.now();
    r.scrollTo(top);
    flush(r.base);
    if (i >= 10) times.push(performance.now() - t0);
  }
  const mode = r.stats.mode;
  r.destroy();
  // A scroll frame paints into an existing canvas: its floor is a put into an existing canvas too.
  const buffer = new ImageData(WIDTH, HEIGHT);
  const c = canvas();
  const floor: number[] = [];
  for (let i = 0; i < samples; i++) floor.push(floorWarmOnce(c, buffer));
  c.remove();
  await nextFrame();
  return {
    ours_ms: round(median(times)),
    p95_ms: round(p95(times)),
    floor_ms: round(median(floor)),
    samples,
    mode,
  };
}

/** One cold first paint, for profiling (ms). */
export function coldOnce(rows: number, cols: number, rowHeight: number | 'auto'): number {
  return oursOnce(dataset(rows, cols), { rowHeight }).ms;
}

declare global {
  interface Window {
    renderBench: {
      firstPaint: typeof firstPaint;
      hover: typeof hover;
      scroll: typeof scroll;
      coldOnce: typeof coldOnce;
    };
  }
}
window.renderBench = { firstPaint, hover, scroll, coldOnce };
