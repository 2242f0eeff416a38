/**
 * Reading the statusmap's base canvas in a real Grafana page: how much is painted, how much in one
 * colour, and a point inside a cell to hover (over the gap between cells the tooltip hides).
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Opaque pixels of colour `rgb` (±2 per channel); without `rgb`, those unlike the panel background,
 * which the canvas paints too and its top-left corner shows: cells, labels, axis.
 */
export function countPixels(canvas: Locator, rgb?: [number, number, number]): Promise<number> {
  return canvas.evaluate((el, rgb) => {
    const c = el as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const want = rgb ?? [data[0], data[1], data[2]];
    let n = 0;
    for (let o = 0; o < data.length; o += 4) {
      if (data[o + 3] < 250) continue;
      const near = [0, 1, 2].every((k) => Math.abs(data[o + k] - want[k]) <= 2);
      if (near === !!rgb) n++;
    }
    return n;
  }, rgb);
}

/** Moves the mouse into a cell near the middle of the plot: one whose colour fills 3 px around. */
export async function hoverCell(page: Page, canvas: Locator): Promise<void> {
  const at = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const scale = c.width / c.getBoundingClientRect().width;
    const inset = Math.ceil(3 * scale);
    const same = (i: number, j: number) => [0, 1, 2, 3].every((k) => data[i * 4 + k] === data[j * 4 + k]);
    // The canvas paints the panel background too (gaps, margins); its top-left corner shows it.
    const cell = (i: number) => data[i * 4 + 3] > 250 && !same(i, 0);
    // Right of the row labels (drawn on the same canvas), scanning down from the first row.
    const x = Math.floor(width * 0.6);
    for (let y = 0; y + inset < height; y++) {
      const i = y * width + x;
      if (cell(i) && same(i, i + inset * width + inset) && same(i, i + inset))
        return { x: (x + inset / 2) / scale, y: (y + inset / 2) / scale };
    }
    return null;
  });
  if (!at) throw new Error('no painted cell on the statusmap canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the statusmap canvas is not on screen');
  await page.mouse.move(box.x + at.x, box.y + at.y);
}
