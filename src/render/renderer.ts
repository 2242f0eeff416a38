import type { StatusMatrix } from '../core';
import { describeShown, type CellDescription } from './describe';
import { hitTest, type CellRef } from './hit-test';
import { moveFocus } from './keyboard';
import { context, el, ensureStyle, resizeCanvas } from './dom';
import { computeLayout, scrollToShowRow, type Layout } from './layout';
import { DEFAULT_OPTIONS, X_AXIS_HEIGHT, type RenderOptions } from './options';
import { fontFor, measureLabelColumns } from './paint-axes';
import { paintFrame } from './paint-frame';
import { paintOverlay } from './paint-overlay';
import { reduceRowsForDisplay } from './overview';
import { borrowStatuses, returnStatuses } from './status-buffers';
import { RasterScratch } from './paint-raster';
import { TextFitter } from './text-fit';
import { timeAtX, xOfTime } from './time-x';
import { TooltipView } from './tooltip-view';
import { weekendColumns } from './time-axis';

export interface RendererEvents {
  /** Pointer entered a cell (or left every cell: null). */
  onHover?: (cell: CellDescription | null) => void;
  /** A cell was clicked, or Space pressed on the focused one. */
  onSelect?: (cell: CellDescription | null) => void;
  /** The tooltip opened (hover or Enter) or closed. Set `options.drawTooltip = false` to draw your own. */
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
  private readonly tooltipView: TooltipView;
  private readonly spacer: HTMLDivElement;
  private readonly baseCtx: CanvasRenderingContext2D;
  /**
   * Created on the first overlay frame: a context costs a few tenths of a ms, which a panel nobody
   * hovers never needs to pay.
   */
  private overlayCtx: CanvasRenderingContext2D | null = null;
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
    ensureStyle(doc);
    this.root = el(doc, 'div', 'sm-root');
    this.scroller = el(doc, 'div', 'sm-scroller');
    this.stage = el(doc, 'div', 'sm-stage');
    this.spacer = el(doc, 'div', 'sm-spacer');
    // As computeLayout sets it when nothing scrolls: the first layout then needs no second pass.
    this.spacer.style.height = '0px';
    this.base = el(doc, 'canvas', 'sm-base');
    this.overlay = el(doc, 'canvas', 'sm-overlay');
    this.tooltip = el(doc, 'div', 'sm-tooltip');
    this.tooltipView = new TooltipView(this.tooltip);
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
    // The old data's folded grid goes back to the pool now, even if the new data is not folded.
    if (this.overview && this.overview.source !== matrix) this.releaseOverview();
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
    return describeShown(m, this.shownMatrix(), this.layout(), cell, this.options.timeZone);
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
    this.releaseOverview();
    // Give the backing stores back now, not at the next GC: a dashboard switch frees them at once.
    for (const c of [this.base, this.overlay]) c.width = c.height = 0;
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
    this.tooltipView.applyTheme(t);
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

  /** Gives the overview's memory back to the page's pool (status-buffers.ts). */
  private releaseOverview(): void {
    const o = this.overview;
    this.overview = null;
    if (o && o.m !== o.source) returnStatuses(o.m.statuses);
  }

  /** Matrix actually painted: the data, or its rows folded to one per pixel when they are thinner. */
  private shownMatrix(): StatusMatrix {
    const m = this.matrix as StatusMatrix;
    const l = this.layout();
    if (!(l.rowPitch < 1)) return m;
    if (!this.overview || this.overview.source !== m || this.overview.rows !== l.plotH) {
      this.releaseOverview();
      this.overview = { rows: l.plotH, source: m, m: reduceRowsForDisplay(m, l.plotH, borrowStatuses) };
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
    ctx.fillStyle = this.options.theme.background;
    this.stats.frames++;
    const m = this.matrix;
    if (!m || m.rowCount === 0 || m.colCount === 0) {
      ctx.fillRect(0, 0, l.canvasWidth, l.canvasHeight);
      this.stats.mode = 'none';
      return;
    }
    const shown = this.shownMatrix();
    this.stats.mode = l.mode;
    this.stats.paintedRows = shown.rowCount;
    this.stats.paintedCols = Math.min(shown.colCount, l.plotW);
    const o = this.options;
    const columns =
      o.yAxisWidth !== undefined ? fitColumns(this.labelColumns, o.yAxisWidth) : this.labelColumns;
    paintFrame(ctx, {
      layout: l,
      data: m,
      shown,
      options: o,
      weekend: this.weekendCols(shown),
      labelColumns: columns,
      fitter: this.fitter,
      scratch: this.scratch,
    });
  }

  private paintOverlayNow(): void {
    const l = this.layout();
    if (resizeCanvas(this.overlay, l, this.size)) this.overlayDrawn = false;
    // An overlay with nothing on it stays untouched (a canvas never drawn costs no backing store).
    const sharedX = this.matrix && this.sharedTime !== null ? xOfTime(this.matrix, l, this.sharedTime) : null;
    const empty =
      !this.pointer && !this.hover && !this.selected && !this.focused && sharedX === null && !this.drag;
    if (empty && !this.overlayDrawn) return;
    this.overlayDrawn = !empty;
    this.stats.overlayFrames++;
    paintOverlay(
      (this.overlayCtx ??= context(this.overlay)),
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
    if (!info || !cell || !this.options.drawTooltip) {
      this.tooltipView.hide();
      return;
    }
    this.tooltipView.show(info, cell, this.layout(), this.size);
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
    const m = this.matrix;
    if (!m || m.colCount === 0) return;
    const a = timeAtX(m, this.layout(), drag.startX);
    const b = timeAtX(m, this.layout(), e.offsetX);
    if (a !== b) this.events.onTimeRange?.({ from: Math.min(a, b), to: Math.max(a, b) });
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
