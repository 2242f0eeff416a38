import type { CellDescription } from './describe';
import type { CellRef } from './hit-test';
import { colLeft, rowTop, type Layout } from './layout';
import type { RenderTheme } from './theme';

/**
 * The renderer's built-in tooltip (row, time span, status with its colour), placed next to a cell.
 * Texts go in as textContent only: series names and labels are user data and must stay text.
 */
export class TooltipView {
  /** Built on first show, then only texts change: a pointer move allocates no DOM. */
  private parts: { row: HTMLElement; time: HTMLElement; swatch: HTMLElement; status: HTMLElement } | null =
    null;

  constructor(private readonly element: HTMLElement) {}

  applyTheme(t: RenderTheme): void {
    const style = this.element.style;
    style.background = t.name === 'dark' ? '#22252b' : '#ffffff';
    style.color = t.text;
    style.border = `1px solid ${t.axisLine}`;
  }

  hide(): void {
    this.element.style.display = 'none';
  }

  show(info: CellDescription, cell: CellRef, l: Layout, size: { width: number; height: number }): void {
    const p = this.parts ?? this.build();
    p.row.textContent = info.rowName;
    p.time.textContent = info.time;
    p.status.textContent = info.statusLabel;
    p.swatch.style.background = info.color;
    const style = this.element.style;
    style.display = 'block';
    // Next to the cell, on the side with more room: decided from the cell's position, not the
    // tooltip's size, so a pointer move never forces a layout to measure it.
    const cellX = colLeft(l, cell.col) / l.dpr;
    const cellY = rowTop(l, cell.row) / l.dpr;
    const right = cellX < size.width / 2;
    const below = cellY < size.height / 2;
    const x = right ? colLeft(l, cell.col + 1) / l.dpr + 8 : cellX - 8;
    const y = below ? rowTop(l, cell.row + 1) / l.dpr + 8 : cellY - 8;
    style.left = `${Math.round(x)}px`;
    style.top = `${Math.round(y)}px`;
    style.transform = `translate(${right ? 0 : -100}%, ${below ? 0 : -100}%)`;
  }

  private build(): NonNullable<TooltipView['parts']> {
    const doc = this.element.ownerDocument;
    const parts = {
      row: doc.createElement('div'),
      time: doc.createElement('div'),
      swatch: doc.createElement('i'),
      status: doc.createElement('b'),
    };
    const line = doc.createElement('div');
    line.append(parts.swatch, parts.status);
    this.element.replaceChildren(parts.row, parts.time, line);
    this.parts = parts;
    return parts;
  }
}
