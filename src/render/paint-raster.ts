import { compositeOver } from './colors';
import { edgeAt, indexAt } from './edges';
import type { Layout } from './layout';
import { worstKeys, type StatusMatrix } from '../core';
import { groupOf } from './overview';

/** Background of the plot per device column: plain, or weekend-shaded where the column is a weekend. */
export interface RasterBackground {
  /** Opaque packed RGBA of the plot background. */
  plain: number;
  /** Opaque packed RGBA of a weekend column's background. */
  weekend: number;
  /** Per matrix column, 1 when it is a weekend (null: no shading). */
  weekendCols: Uint8Array | null;
}

/**
 * Pixel buffers shared by every renderer on the page, by size (painting is synchronous, so one buffer
 * can serve many panels). A dashboard of panels of the same size keeps one buffer, and a new renderer
 * does not pay for fresh memory: in a VM, first-touch page faults on a new 2 MB buffer cost more than
 * filling it.
 */
const imagePool = new Map<string, ImageData>();
const POOL_SIZE = 6;

function borrowImage(width: number, height: number): ImageData {
  const key = `${width}x${height}`;
  let image = imagePool.get(key);
  if (image) imagePool.delete(key);
  else image = new ImageData(width, height);
  imagePool.set(key, image); // most recently used last
  if (imagePool.size > POOL_SIZE) imagePool.delete(imagePool.keys().next().value as string);
  return image;
}

/** Buffers reused between frames: a scroll frame allocates nothing. */
export class RasterScratch {
  image: ImageData | null = null;
  /**
   * Slot of each device x in a line's colour table: its column, or past the columns the background of
   * a gap (colCount: plain, colCount + 1: weekend). A line is then one lookup per pixel.
   */
  slotOfX = new Int32Array(0);
  /** Colour per slot of the line being painted. */
  lineColor = new Uint32Array(0);
  /** Device x each column is folded into (columns thinner than a pixel). */
  xOfCol = new Int32Array(0);
  bgOfX = new Uint32Array(0);
  weekendX = new Uint8Array(0);
  lineStatus = new Uint16Array(0);
  lineWorst = new Int32Array(0);
  private key = '';
  private weekendCols: Uint8Array | null = null;

  prepare(l: Layout, bg: RasterBackground): void {
    this.image = borrowImage(l.canvasWidth, l.canvasHeight);
    const key = `${l.plotW}|${l.colCount}|${l.colPitch}|${l.hGap}|${bg.plain}|${bg.weekend}`;
    if (key === this.key && this.weekendCols === bg.weekendCols) return;
    this.key = key;
    this.weekendCols = bg.weekendCols;
    const w = l.plotW;
    this.bgOfX = new Uint32Array(w);
    this.weekendX = new Uint8Array(w);
    this.lineStatus = new Uint16Array(w);
    this.lineWorst = new Int32Array(w);
    this.slotOfX = new Int32Array(w);
    this.lineColor = new Uint32Array(l.colCount + 2);
    for (let x = 0; x < w; x++) {
      const c = indexAt(x, l.colPitch, l.colCount);
      const inGap = c >= 0 && l.hGap > 0 && x >= edgeAt(c + 1, l.colPitch) - l.hGap;
      this.weekendX[x] = c >= 0 && bg.weekendCols && bg.weekendCols[c] ? 1 : 0;
      this.bgOfX[x] = this.weekendX[x] ? bg.weekend : bg.plain;
      this.slotOfX[x] = inGap || c < 0 ? l.colCount + this.weekendX[x] : c;
    }
    this.xOfCol = new Int32Array(l.colPitch < 1 ? l.colCount : 0);
    for (let c = 0; c < this.xOfCol.length; c++) this.xOfCol[c] = groupOf(c, l.colPitch, w);
  }
}

/**
 * Paints the visible rows one device pixel at a time into an ImageData of the plot's size and puts it
 * in one call: the cost is the plot's pixels (the floor any canvas renderer pays) plus the visible
 * cells. Device lines that repeat the line above are copied with copyWithin. When columns are thinner
 * than a pixel, each visible row is folded to one status per device x, worst status winning (the
 * overview rule), so no failure disappears between two pixels. `l` must describe `m` (for rows
 * reduced by reduceRowsForDisplay, the layout of the reduced matrix).
 */
export function paintRaster(
  ctx: CanvasRenderingContext2D,
  l: Layout,
  m: StatusMatrix,
  bg: RasterBackground,
  scratch: RasterScratch
): void {
  scratch.prepare(l, bg);
  const image = scratch.image as ImageData;
  const px = new Uint32Array(image.data.buffer);
  const { plotW, plotH, plotX, plotY, rowPitch, rowCount, vGap, scrollTop } = l;
  const W = l.canvasWidth;
  const right = W - plotX - plotW;
  // The margins (labels, axis) get the background too: a put that covers the whole canvas lets the
  // browser skip clearing a new backing store first, which otherwise costs as much as the put.
  px.fill(bg.plain, 0, plotY * W);
  px.fill(bg.plain, (plotY + plotH) * W);
  const { xOfCol, bgOfX, weekendX, lineStatus, slotOfX, lineColor } = scratch;
  const weekendCols = bg.weekendCols;
  const statuses = m.statuses;
  const cols = m.colCount;
  const folded = xOfCol.length > 0;
  // Status colours composited over both backgrounds once, so the pixel loop is two lookups.
  const table = m.table.rgba;
  const onPlain = new Uint32Array(table.length);
  const onWeekend = new Uint32Array(table.length);
  for (let s = 0; s < table.length; s++) {
    onPlain[s] = table[s] >>> 24 === 0 ? bg.plain : compositeOver(table[s], bg.plain);
    onWeekend[s] = table[s] >>> 24 === 0 ? bg.weekend : compositeOver(table[s], bg.weekend);
  }
  lineColor[cols] = bg.plain;
  lineColor[cols + 1] = bg.weekend;
  const keys = folded ? worstKeys(m.table.severity) : null;

  let lineKey = -2; // row painted on the previous device line (-1: background line)
  let row = indexAt(scrollTop, rowPitch, rowCount);
  let rowEnd = row < 0 ? Infinity : edgeAt(row + 1, rowPitch);
  for (let y = 0; y < plotH; y++) {
    const cy = y + scrollTop;
    while (row >= 0 && cy >= rowEnd) {
      row++;
      if (row >= rowCount) {
        row = -1;
        rowEnd = Infinity;
      } else rowEnd = edgeAt(row + 1, rowPitch);
    }
    const key = row < 0 || (vGap > 0 && cy >= rowEnd - vGap) ? -1 : row;
    const line = (y + plotY) * W;
    const at = line + plotX;
    if (key === lineKey) {
      px.copyWithin(line, line - W, line);
      continue;
    }
    lineKey = key;
    px.fill(bg.plain, line, at);
    if (right > 0) px.fill(bg.plain, at + plotW, line + W);
    if (key < 0) {
      px.set(bgOfX, at);
      continue;
    }
    const base = key * cols;
    if (keys) {
      foldRow(statuses, base, cols, keys, xOfCol, lineStatus, scratch.lineWorst);
      paintFoldedLine(px, at, plotW, lineStatus, weekendX, onPlain, onWeekend);
      continue;
    }
    // A colour per column first (a few hundred), then one lookup per pixel (a thousand or more).
    lineColors(lineColor, statuses, base, cols, weekendCols, onPlain, onWeekend);
    paintLine(px, at, plotW, lineColor, slotOfX);
  }
  ctx.putImageData(image, 0, 0);
}

// The per-line loops are functions of their own: V8 optimises a small function after a few calls,
// while a loop inside one long call runs unoptimised far longer. The first paint in a new page (cold
// code) at 5000 x 300: 165 ms median this way, 183 ms with the loops inline (20 alternated pages each).

/** The colour of each column of a row (weekend columns over the weekend background). */
function lineColors(
  lineColor: Uint32Array,
  statuses: Uint16Array,
  base: number,
  cols: number,
  weekendCols: Uint8Array | null,
  onPlain: Uint32Array,
  onWeekend: Uint32Array
): void {
  for (let c = 0; c < cols; c++) {
    const s = statuses[base + c];
    lineColor[c] = weekendCols && weekendCols[c] ? onWeekend[s] : onPlain[s];
  }
}

/** One device line of the plot: the colour of the slot (column or gap) under each pixel. */
function paintLine(
  px: Uint32Array,
  at: number,
  width: number,
  lineColor: Uint32Array,
  slotOfX: Int32Array
): void {
  for (let x = 0; x < width; x++) px[at + x] = lineColor[slotOfX[x]];
}

/** One device line of columns folded below a pixel: the worst status's colour per pixel. */
function paintFoldedLine(
  px: Uint32Array,
  at: number,
  width: number,
  lineStatus: Uint16Array,
  weekendX: Uint8Array,
  onPlain: Uint32Array,
  onWeekend: Uint32Array
): void {
  for (let x = 0; x < width; x++)
    px[at + x] = weekendX[x] ? onWeekend[lineStatus[x]] : onPlain[lineStatus[x]];
}

/** Worst status (worstKeys) per device x of one row whose columns are thinner than a pixel. */
function foldRow(
  st: Uint16Array,
  base: number,
  cols: number,
  keys: Uint16Array,
  xOfCol: Int32Array,
  out: Uint16Array,
  acc: Int32Array
): void {
  out.fill(0);
  acc.fill(-1); // below every key: the first column of each pixel always counts
  for (let c = 0; c < cols; c++) {
    const s = st[base + c];
    const k = keys[s];
    const x = xOfCol[c];
    if (k > acc[x]) {
      acc[x] = k;
      out[x] = s;
    }
  }
}
