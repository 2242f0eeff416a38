/**
 * Writes a screenshot only when it differs visibly from the one on disk, so `npm test` leaves the
 * committed PNGs alone unless the panel's look changed. PNG bytes differ between runs even for the
 * same picture (encoder, font hinting), so pixels are compared, decoded by the browser itself:
 * no PNG library needed.
 */
import type { Browser } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';

/** A pixel counts as changed when a channel moves by more than this (0-255): antialiasing jitter does not. */
const CHANNEL_TOLERANCE = 24;
/** Share of changed pixels above which the picture is a different picture. */
const CHANGED_SHARE = 0.005;

export interface PngDiff {
  sameSize: boolean;
  changedShare: number;
}

/** Decodes two PNGs in a blank page and measures how many pixels differ. */
export async function diffPng(browser: Browser, a: Buffer, b: Buffer): Promise<PngDiff> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ a, b, tolerance }) => {
        const decode = async (base64: string) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = [await decode(a), await decode(b)];
        if (x.width !== y.width || x.height !== y.height) return { sameSize: false, changedShare: 1 };
        let changed = 0;
        for (let p = 0; p < x.data.length; p += 4) {
          for (let c = 0; c < 4; c++) {
            if (Math.abs(x.data[p + c] - y.data[p + c]) > tolerance) {
              changed++;
              break;
            }
          }
        }
        return { sameSize: true, changedShare: changed / (x.width * x.height) };
      },
      { a: a.toString('base64'), b: b.toString('base64'), tolerance: CHANNEL_TOLERANCE }
    );
  } finally {
    await page.close();
  }
}

/** Writes `png` to `file` unless the file already shows the same picture; says whether it wrote. */
export async function writePngIfChanged(browser: Browser, file: string, png: Buffer): Promise<boolean> {
  const old = await readFile(file).catch(() => null);
  if (old) {
    const diff = await diffPng(browser, old, png);
    if (diff.sameSize && diff.changedShare <= CHANGED_SHARE) return false;
  }
  await writeFile(file, png);
  return true;
}
