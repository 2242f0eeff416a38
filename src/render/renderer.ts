import type { StatusMatrix } from '../core';
import { opaqueCss } from './colors';
import { describeCell, type CellDescription } from './describe';
import { hitTest, type CellRef } from './hit-test';
import { moveFocus } from './keyboard';
import { computeLayout, rowTop, colLeft, scrollToShowRow, type Layout } from './layout';
import { DEFAULT_OPTIONS, X_AXIS_HEIGHT, type RenderOptions } from './options';
import { fontFor, measureLabelColumns, paintXAxis, paintYLabels } from './paint-axes';
import { paintCells } from './paint-cells';
import { paintOverlay } from './paint-overlay';
import { groupOf, reduceRowsForDisplay, severityRanks } from './overview';
import { paintRaster, RasterScratch, type RasterBackground } from './paint-raster';
import { TextFitter } from './text-fit';
import { weekendColumns } from './time-axis';

export interface RendererEvents {
  /** Pointer entered a cell (or left every cell: null). */
  onHover?: (cell: CellDescription | null) => void;
  /** A cell was clicked, or Space pressed on the focused one. */
  onSelect?: (cell: CellDescription | null) => void;
  /** The tooltip opened (hover or Enter) or closed. Set `options.hoverTooltip = false` to draw your own. */
  onTooltip?: (cell: CellDescription | null) => void;
  /** A time range was dragged across the plot (at least DRAG_MIN_PX wide), in ms; a shorter drag is a click. */
  onTimeRange?: (range: { from: number; to: number }) => void;
}

/** Narrower drags are clicks: a hand never holds perfectly still. */
export const DRAG_MIN_PX = 5;

/** Counters for tests and the bench: which painter ran and how many frames. */
export interface RenderStats {
  frames: number;
  overlayFrames: number;
  mode: Layout['mode'] | 'none';
  /** Rows of the painted matrix (reduced in overview). */
  paintedRows: number;
  paintedCols: number;
}

const CSS = `
.sm-root{position:relative;width:100%;height:100%;overflow:hidden;outline:none}
.sm-scroller{position:absolute;inset:0;overflow-x:hidden;overflow-y:auto;outline:none}
.sm-scroller:focus-visible{box-shadow:inset 0 0 0 2px var(--sm-focus)}
.sm-stage{position:sticky;top:0;left:0;width:100%;overflow:hidden}
.sm-stage canvas{position:absolute;left:0;top:0;display:block}
.sm-tooltip{position:absolute;z-index:2;pointer-events:none;padding:4px 8px;border-radius:3px;font:12px/1.4 sans-serif;
  white-space:nowrap;box-shadow:0 2px 6px rgba(0,0,0,.3);display:none}
.sm-tooltip i{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;vertical-align:-1px}
.sm-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/**
 * The statusmap renderer: mounts two canvases (cells + axes, and an overlay for pointer feedback) in
 * a native scroll container, so the browser does the scrolling and the renderer paints only the rows in
 * view. Redraws are batched per animation frame with dirty flags (base, overlay); a scroll or a pointer
 * move repaints synchronously in its event, which the browser delivers at most once per frame.
 */
export class StatusmapRenderer {
  readonly root: HTMLDivElement;
  readonly scroller: HTMLDivElement;
  readonly base: HTMLCanvasElement;
  readonly overlay: HTMLCanvasElement;
  readonly live: HTMLDivElement;
  readonly tooltip: HTMLDivElement;
  readonly stats: RenderStats = { frames: 0, overlayFrames: 0, mode: 'none', paintedRows: 0, paintedCols: 0 };

  private readonly stage: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly baseCtx: CanvasRenderingContext2D;
  private readonly overlayCtx: CanvasRenderingContext2D;
  private options: RenderOptions;
  private matrix: StatusMatrix | null = null;
  private layoutCache: Layout | null = null;
  private labelColumns: number[] = [];
  private labelsFor: unknown = null;
  private overview: { rows: number; source: StatusMatrix; m: StatusMatrix } | null = null;
  private weekend: { key: string; cols: Uint8Array } | null = null;
  private readonly scratch = new RasterScratch();
  private readonly fitter = new TextFitter();
  private pointer: { x: number; y: number } | null = null;
  private sharedTime: number | null = null;
  /** A drag across the plot in progress, CSS px from the canvas' left edge. */
  private drag: { startX: number; x: number } | null = null;
  private suppressClick = false;
  private hover: CellRef | null = null;
  private selected: CellRef | null = null;
  private focused: CellRef | null = null;
  private tooltipCell: CellRef | null = null;
  private tooltipParts: {
    row: HTMLElement;
    time: HTMLElement;
    swatch: HTMLElement;
    status: HTMLElement;
  } | null = null;
  private overlayDrawn = false;
  private dirtyBase = true;
  private dirtyOverlay = true;
  private frame = 0;
  private size = { width: 0, height: 0 };
  private readonly resizeObserver: ResizeObserver | null;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    container: HTMLElement,
    options: Partial<RenderOptions> = {},
    private readonly events: RendererEvents = {},
    /** devicePixelRatio override (tests); defaults to window.devicePixelRatio, followed on change. */
    private dprOverride?: number
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    const doc = container.ownerDocument;
    if (!doc.getElementById('sm-style')) {
      const style = doc.createElement('style');
      style.id = 'sm-style';
      style.textContent = CSS;
      doc.head.appendChild(style);
    }
    this.root = el(doc, 'div', 'sm-root');
    this.scroller = el(doc, 'div', 'sm-scroller');
    this.stage = el(doc, 'div', 'sm-stage');
    this.spacer = el(doc, 'div', 'sm-spacer');
    this.base = el(doc, 'canvas', 'sm-base');
    this.overlay = el(doc, 'canvas', 'sm-overlay');
    this.tooltip = el(doc, 'div', 'sm-tooltip');
    this.live = el(doc, 'div', 'sm-live');
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute('role', 'application');
    this.scroller.setAttribute('aria-roledescription', 'status map');
    this.scroller.setAttribute(
      'aria-label',
      'Status map. Arrow keys move between cells, Enter shows details.'
    );
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.stage.append(this.base, this.overlay);
    this.scroller.append(this.stage, this.spacer);
    this.root.append(this.scroller, this.tooltip, this.live);
    container.appendChild(this.root);
    this.baseCtx = context(this.base);
    this.overlayCtx = context(this.overlay);

    this.listen(this.scroller, 'scroll', () => this.onScroll());
    this.listen(this.overlay, 'pointermove', (e) =>
      this.pointerAt((e as PointerEvent).offsetX, (e as PointerEvent).offsetY)
    );
    this.listen(this.overlay, 'pointerleave', () => this.pointerAt(null, null));
    this.listen(this.overlay, 'click', (e) => this.onClick(e as MouseEvent));
    this.listen(this.overlay, 'pointerdown', (e) => this.onDragStart(e as PointerEvent));
    this.listen(this.overlay, 'pointerup', (e) => this.onDragEnd(e as PointerEvent));
    this.listen(this.scroller, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    this.listen(this.scroller, 'focus', () => {
      if (!this.focused && this.matrix && this.matrix.rowCount > 0)
        this.setFocus({ row: this.layout().firstRow, col: 0 });
    });
    // Only a real size change repaints (the observer also reports the initial size).
    const onResize = (): void => {
      const { clientWidth, clientHeight } = this.scroller;
      if (clientWidth !== this.size.width || clientHeight !== this.size.height) this.invalidate();
    };
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
    this.resizeObserver?.observe(this.root);
    this.watchDpr();
    this.applyTheme();
  }

  /** Replaces the data; keeps scroll, focus and selection when they still fit. */
  setData(matrix: StatusMatrix): void {
    this.matrix = matrix;
    const fits = (c: CellRef | null): CellRef | null =>
      c && c.row < matrix.rowCount && c.col < matrix.colCount ? c : null;
    this.hover = fits(this.hover);
    this.selected = fits(this.selected);
    this.focused = fits(this.focused);
    this.invalidate();
  }

  setOptions(options: Partial<RenderOptions>): void {
    this.options = { ...this.options, ...options };
    this.applyTheme();
    this.invalidate();
  }

  getOptions(): Readonly<RenderOptions> {
    return this.options;
  }

  /** Layout of the last frame (device px); recomputed when something changed. */
  layout(): Layout {
    if (!this.layoutCache) this.layoutCache = this.computeLayout();
    return this.layoutCache;
  }

  /** Marks everything dirty and paints on the next animation frame. */
  invalidate(): void {
    this.layoutCache = null;
    this.dirtyBase = true;
    this.dirtyOverlay = true;
    this.schedule();
  }

  /** Paints now whatever is dirty (tests and the bench call it to measure one frame). */
  render(): void {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    if (this.dirtyBase) {
      this.dirtyBase = false;
      this.paintBase();
    }
    if (this.dirtyOverlay) {
      this.dirtyOverlay = false;
      this.paintOverlayNow();
    }
  }

  /** Scrolls to an offset in CSS px and repaints in the same call. */
  scrollTo(top: number): void {
    this.scroller.scrollTop = top;
    this.onScroll();
  }

  /**
   * Shows a vertical line at time t (ms) that another panel hovers (Grafana's shared crosshair), or
   * removes it (null). Times outside the drawn range show nothing.
   */
  setSharedTime(t: number | null): void {
    if (t === this.sharedTime) return;
    this.sharedTime = t;
    this.dirtyOverlay = true;
    this.render();
  }

  /**
   * Moves the pointer to (x, y) in CSS px over the drawing (null: pointer left), updates hover,
   * crosshair and tooltip, and redraws the overlay now.
   */
  pointerAt(x: number | null, y: number | null): CellRef | null {
    const l = this.layout();
    if (x === null || y === null) {
      this.pointer = null;
      this.setHover(null);
    } else {
      this.pointer = { x: x * l.dpr, y: y * l.dpr };
      if (this.drag) this.drag.x = x;
      this.setHover(hitTest(l, x, y));
    }
    this.dirtyOverlay = true;
    this.render();
    return this.hover;
  }

  /**
   * Describes a cell of the data. In the overview it describes what is drawn at that place: the worst
   * status of the rows and columns folded into the cell's pixel, with their names and time span.
   */
  describe(cell: CellRef): CellDescription {
    const m = this.matrix as StatusMatrix;
    const tz = this.options.timeZone;
    const l = this.layout();
    const shown = this.shownMatrix();
    const row = shown === m ? cell.row : groupOf(cell.row, shown.rowCount / m.rowCount, shown.rowCount);
    if (!(l.colPitch < 1)) return { ...describeCell(shown, { row, col: cell.col }, tz), row: cell.row };
    // Columns folded into the same device pixel as cell.col; the worst one is what the pixel shows.
    const x = groupOf(cell.col, l.colPitch, l.plotW);
    let first = cell.col;
    while (first > 0 && groupOf(first - 1, l.colPitch, l.plotW) === x) first--;
    let last = cell.col;
    while (last + 1 < m.colCount && groupOf(last + 1, l.colPitch, l.plotW) === x) last++;
    const rank = severityRanks(shown.table.severity);
    let status = 0;
    for (let c = first; c <= last; c++) {
      const s = shown.statuses[row * shown.colCount + c];
      if (rank[s] > rank[status]) status = s;
    }
    return {
      ...describeCell(shown, { row, col: first }, tz, { lastCol: last, status }),
      row: cell.row,
      col: cell.col,
    };
  }

  get focusedCell(): CellRef | null {
    return this.focused;
  }

  get selectedCell(): CellRef | null {
    return this.selected;
  }

  get hoveredCell(): CellRef | null {
    return this.hover;
  }

  /** Focuses a cell: scrolls it into view, outlines it and announces it in the aria-live region. */
  setFocus(cell: CellRef | null): void {
    this.focused = cell;
    if (cell) {
      const top = scrollToShowRow(this.layout(), cell.row);
      if (Math.abs(top - this.scroller.scrollTop) >= 0.5) this.scrollTo(top);
      this.live.textContent = this.describe(cell).text;
    }
    if (this.tooltipCell) this.showTooltip(null);
    this.dirtyOverlay = true;
    this.render();
  }

  select(cell: CellRef | null): void {
    this.selected = cell;
    this.events.onSelect?.(cell ? this.describe(cell) : null);
    this.dirtyOverlay = true;
    this.render();
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.resizeObserver?.disconnect();
    for (const off of this.cleanup) off();
    this.root.remove();
  }

  // --- internals ---

  private listen(target: EventTarget, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanup.push(() => target.removeEventListener(type, fn));
  }

  /** Repaints at the new devicePixelRatio when the page is zoomed or moved to another screen. */
  private watchDpr(): void {
    if (this.dprOverride !== undefined || typeof matchMedia !== 'function') return;
    const query = matchMedia(`(resolution: ${this.dpr()}dppx)`);
    const onChange = (): void => {
      query.removeEventListener('change', onChange);
      this.invalidate();
      this.watchDpr();
    };
    query.addEventListener('change', onChange);
    this.cleanup.push(() => query.removeEventListener('change', onChange));
  }

  private schedule(): void {
    if (this.frame || typeof requestAnimationFrame !== 'function') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private applyTheme(): void {
    const t = this.options.theme;
    this.root.style.background = t.background;
    this.root.style.setProperty('--sm-focus', t.focus);
    this.tooltip.style.background = t.name === 'dark' ? '#22252b' : '#ffffff';
    this.tooltip.style.color = t.text;
    this.tooltip.style.border = `1px solid ${t.axisLine}`;
  }

  private dpr(): number {
    return (
      this.dprOverride ??
      (typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1)
    );
  }

  private computeLayout(): Layout {
    const m = this.matrix;
    const o = this.options;
    const width = this.scroller.clientWidth;
    const height = this.scroller.clientHeight;
    this.size = { width, height };
    if (m && o.showYAxis && this.labelsFor !== labelKey(m, o)) {
      this.labelColumns = measureLabelColumns(this.baseCtx, m, o.theme, o.maxLabelWidth);
      this.labelsFor = labelKey(m, o);
    }
    const labelWidth = !o.showYAxis ? 0 : (o.yAxisWidth ?? this.labelColumns.reduce((a, b) => a + b, 0));
    const input = {
      rowCount: m ? m.rowCount : 0,
      colCount: m ? m.colCount : 0,
      width,
      height,
      dpr: this.dpr(),
      scrollTop: this.scroller.scrollTop,
      labelWidth,
      axisHeight: o.showXAxis ? X_AXIS_HEIGHT : 0,
      options: o,
    };
    let l = computeLayout(input);
    const spacer = `${Math.max(0, Math.floor(l.scrollMaxCss))}px`;
    if (this.spacer.style.height !== spacer) {
      this.spacer.style.height = spacer;
      // A scrollbar that appears or goes narrows or widens the drawing: lay out again at the new width.
      if (this.scroller.clientWidth !== width) {
        this.size.width = this.scroller.clientWidth;
        l = computeLayout({ ...input, width: this.scroller.clientWidth, scrollTop: this.scroller.scrollTop });
      }
    }
    return l;
  }

  private onScroll(): void {
    // The scroll event that follows a programmatic scrollTo finds the frame already painted.
    const done = this.layoutCache;
    if (done && !this.dirtyBase && Math.round(this.scroller.scrollTop * done.dpr) === done.scrollTop) return;
    this.layoutCache = null;
    this.dirtyBase = true;
    this.dirtyOverlay = true;
    if (this.pointer) {
      const l = this.layout();
      this.setHover(hitTest(l, this.pointer.x / l.dpr, this.pointer.y / l.dpr));
    }
    if (this.tooltipCell) this.showTooltip(null);
    this.render();
  }

  /** Matrix actually painted: the data, or its rows folded to one per pixel when they are thinner. */
  private shownMatrix(): StatusMatrix {
    const m = this.matrix as StatusMatrix;
    const l = this.layout();
    if (!(l.rowPitch < 1)) return m;
    if (!this.overview || this.overview.source !== m || this.overview.rows !== l.plotH) {
      this.overview = { rows: l.plotH, source: m, m: reduceRowsForDisplay(m, l.plotH) };
    }
    return this.overview.m;
  }

  private weekendCols(m: StatusMatrix): Uint8Array | null {
    const o = this.options;
    if (!o.weekendShading) return null;
    const key = `${m.to}|${m.colCount}|${m.intervalMs}|${o.timeZone}`;
    if (!this.weekend || this.weekend.key !== key) {
      this.weekend = { key, cols: weekendColumns(m.to, m.colCount, m.intervalMs, o.timeZone) };
    }
    return this.weekend.cols;
  }

  private paintBase(): void {
    const l = this.layout();
    resizeCanvas(this.base, l, this.size);
    if (resizeCanvas(this.overlay, l, this.size)) this.overlayDrawn = false;
    const ctx = this.baseCtx;
    const o = this.options;
    const t = o.theme;
    ctx.fillStyle = t.background;
    this.stats.frames++;
    const m = this.matrix;
    if (!m || m.rowCount === 0 || m.colCount === 0) {
      ctx.fillRect(0, 0, l.canvasWidth, l.canvasHeight);
      this.stats.mode = 'none';
      return;
    }
    const shown = this.shownMatrix();
    // The painters work on the matrix they draw: for the overview, a layout of the reduced grid.
    const pl: Layout =
      shown === m
        ? l
        : // Rows are folded only when they all fit the height: nothing scrolls then.
          {
            ...l,
            rowCount: shown.rowCount,
            rowPitch: l.plotH / shown.rowCount,
            scrollTop: 0,
            firstRow: 0,
            endRow: shown.rowCount,
          };
    this.stats.mode = l.mode;
    this.stats.paintedRows = shown.rowCount;
    this.stats.paintedCols = Math.min(shown.colCount, l.plotW);
    const weekend = this.weekendCols(shown);
    const background = opaqueCss(t.background);
    if (l.mode === 'cells') {
      ctx.fillRect(0, 0, l.canvasWidth, l.canvasHeight);
      if (weekend) this.shadeWeekends(pl, weekend, pl.plotY);
      paintCells(ctx, pl, shown);
    } else {
      // The pixel buffer covers the plot (weekends baked in), put first: on a new canvas the first
      // operation pays for the backing store, and a put is the cheapest one to pay it with.
      const bg: RasterBackground = {
        plain: background,
        weekend: weekend ? opaqueCss(t.weekend, background) : background,
        weekendCols: weekend,
      };
      paintRaster(ctx, pl, shown, bg, this.scratch);
      ctx.fillStyle = t.background;
      ctx.fillRect(0, 0, l.plotX, l.canvasHeight);
      ctx.fillRect(l.plotX, l.plotY + l.plotH, l.plotW, l.canvasHeight - l.plotY - l.plotH);
      if (weekend) this.shadeWeekends(pl, weekend, pl.plotY + pl.plotH);
    }
    if (o.showYAxis) {
      const columns =
        o.yAxisWidth !== undefined ? fitColumns(this.labelColumns, o.yAxisWidth) : this.labelColumns;
      paintYLabels(ctx, pl, shown, columns, t, this.fitter);
    }
    if (o.showXAxis) paintXAxis(ctx, l, m.to - m.colCount * m.intervalMs, m.to, t, o.timeZone);
  }

  /** Weekend bands from `top` to the bottom of the canvas (under the cells, or under the axis only). */
  private shadeWeekends(pl: Layout, weekend: Uint8Array, top: number): void {
    const ctx = this.baseCtx;
    ctx.fillStyle = this.options.theme.weekend;
    for (let c = 0; c < weekend.length; c++) {
      if (!weekend[c]) continue;
      let end = c + 1;
      while (end < weekend.length && weekend[end]) end++;
      ctx.fillRect(colLeft(pl, c), top, colLeft(pl, end) - colLeft(pl, c), pl.canvasHeight - top);
      c = end;
    }
  }

  private paintOverlayNow(): void {
    const l = this.layout();
    if (resizeCanvas(this.overlay, l, this.size)) this.overlayDrawn = false;
    // An overlay with nothing on it stays untouched (a canvas never drawn costs no backing store).
    const sharedX = this.sharedX(l);
    const empty =
      !this.pointer && !this.hover && !this.selected && !this.focused && sharedX === null && !this.drag;
    if (empty && !this.overlayDrawn) return;
    this.overlayDrawn = !empty;
    this.stats.overlayFrames++;
    paintOverlay(
      this.overlayCtx,
      l,
      {
        pointer: this.pointer,
        hover: this.hover,
        selected: this.selected,
        focused: this.focused,
        crosshair: this.options.crosshair,
        sharedX,
        band: this.drag && { x0: this.drag.startX * l.dpr, x1: this.drag.x * l.dpr },
      },
      this.options.theme
    );
  }

  /** Device-px x of the shared time on the plot, or null when there is none or it is off the range. */
  private sharedX(l: Layout): number | null {
    const m = this.matrix;
    if (this.sharedTime === null || !m || m.colCount === 0) return null;
    const start = m.to - m.colCount * m.intervalMs;
    const f = (this.sharedTime - start) / (m.to - start);
    return f >= 0 && f <= 1 ? l.plotX + f * l.plotW : null;
  }

  private setHover(cell: CellRef | null): void {
    const same =
      cell === this.hover ||
      (cell && this.hover && cell.row === this.hover.row && cell.col === this.hover.col);
    if (same) return;
    this.hover = cell;
    const info = cell && this.matrix ? this.describe(cell) : null;
    this.events.onHover?.(info);
    if (this.options.hoverTooltip) this.showTooltip(cell);
  }

  private showTooltip(cell: CellRef | null): void {
    this.tooltipCell = cell;
    const info = cell && this.matrix ? this.describe(cell) : null;
    this.events.onTooltip?.(info);
    if (!info || !cell) {
      this.tooltip.style.display = 'none';
      return;
    }
    const l = this.layout();
    // Built once, then only texts change: a pointer move allocates no DOM.
    if (!this.tooltipParts) {
      const doc = this.tooltip.ownerDocument;
      const parts = {
        row: doc.createElement('div'),
        time: doc.createElement('div'),
        swatch: doc.createElement('i'),
        status: doc.createElement('b'),
      };
      const line = doc.createElement('div');
      line.append(parts.swatch, parts.status);
      this.tooltip.replaceChildren(parts.row, parts.time, line);
      this.tooltipParts = parts;
    }
    const p = this.tooltipParts;
    p.row.textContent = info.rowName;
    p.time.textContent = info.time;
    p.status.textContent = info.statusLabel;
    p.swatch.style.background = info.color;
    this.tooltip.style.display = 'block';
    // Next to the cell, on the side with more room: decided from the cell's position, not the
    // tooltip's size, so a pointer move never forces a layout to measure it.
    const cellX = colLeft(l, cell.col) / l.dpr;
    const cellY = rowTop(l, cell.row) / l.dpr;
    const right = cellX < this.size.width / 2;
    const below = cellY < this.size.height / 2;
    const x = right ? colLeft(l, cell.col + 1) / l.dpr + 8 : cellX - 8;
    const y = below ? rowTop(l, cell.row + 1) / l.dpr + 8 : cellY - 8;
    this.tooltip.style.left = `${Math.round(x)}px`;
    this.tooltip.style.top = `${Math.round(y)}px`;
    this.tooltip.style.transform = `translate(${right ? 0 : -100}%, ${below ? 0 : -100}%)`;
  }

  private onDragStart(e: PointerEvent): void {
    if (e.button !== 0 || !this.events.onTimeRange) return;
    // Keep receiving moves and the release when the pointer leaves the canvas mid-drag.
    this.overlay.setPointerCapture?.(e.pointerId);
    this.drag = { startX: e.offsetX, x: e.offsetX };
  }

  private onDragEnd(e: PointerEvent): void {
    const drag = this.drag;
    this.drag = null;
    if (!drag) return;
    this.dirtyOverlay = true;
    this.render();
    if (Math.abs(e.offsetX - drag.startX) < DRAG_MIN_PX) return;
    this.suppressClick = true;
    const a = this.timeAt(drag.startX);
    const b = this.timeAt(e.offsetX);
    if (a !== null && b !== null && a !== b)
      this.events.onTimeRange?.({ from: Math.min(a, b), to: Math.max(a, b) });
  }

  /** The time under x (CSS px), clamped to the drawn range; null without data. */
  private timeAt(x: number): number | null {
    const m = this.matrix;
    if (!m || m.colCount === 0) return null;
    const l = this.layout();
    const start = m.to - m.colCount * m.intervalMs;
    const f = Math.min(1, Math.max(0, (x * l.dpr - l.plotX) / l.plotW));
    return start + f * (m.to - start);
  }

  private onClick(e: MouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false; // the click that ends a drag selects nothing
      return;
    }
    const cell = hitTest(this.layout(), e.offsetX, e.offsetY);
    if (cell) {
      this.focused = cell;
      this.live.textContent = this.describe(cell).text;
    }
    this.select(cell);
  }

  private onKey(e: KeyboardEvent): void {
    const m = this.matrix;
    if (!m) return;
    if (e.key === 'Enter') {
      if (this.focused) this.showTooltip(this.focused);
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape') {
      this.showTooltip(null);
      return;
    }
    if (e.key === ' ') {
      if (this.focused) this.select(this.focused);
      e.preventDefault();
      return;
    }
    const l = this.layout();
    const page = Math.max(1, Math.floor(l.plotH / Math.max(1, l.rowPitch)) - 1);
    const next = moveFocus(this.focused, e.key, m.rowCount, m.colCount, page);
    if (!next) return;
    e.preventDefault();
    this.setFocus(next);
  }
}

function fitColumns(columns: readonly number[], width: number): number[] {
  const total = columns.reduce((a, b) => a + b, 0) || 1;
  return columns.map((w) => (w * width) / total);
}

function labelKey(m: StatusMatrix, o: RenderOptions): string {
  return `${m.rowNames.length}|${m.rowNames[0]}|${m.rowNames[m.rowNames.length - 1]}|${fontFor(o.theme, 1)}|${o.maxLabelWidth}`;
}

/** Sizes a canvas to the layout; true when its backing store was reset (which also clears it). */
function resizeCanvas(
  canvas: HTMLCanvasElement,
  l: Layout,
  size: { width: number; height: number }
): boolean {
  let reset = false;
  if (canvas.width !== l.canvasWidth) {
    canvas.width = l.canvasWidth;
    reset = true;
  }
  if (canvas.height !== l.canvasHeight) {
    canvas.height = l.canvasHeight;
    reset = true;
  }
  const w = `${size.width}px`;
  const h = `${size.height}px`;
  if (canvas.style.width !== w) canvas.style.width = w;
  if (canvas.style.height !== h) {
    canvas.style.height = h;
    const stage = canvas.parentElement;
    if (stage) stage.style.height = h;
  }
  return reset;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('StatusmapRenderer: no 2D canvas context');
  return ctx;
}
