/**
 * `npm run bench -- render`: the canvas renderer against an SVG rect per cell (d3-selection, as the old
 * plugin), a canvas fillRect per cell, and the floor (putImageData of a canvas-sized buffer), measured
 * side by side in one Chromium in one run, each first-paint case in a page of its own. Medians of
 * several runs; the SVG baseline is built once per case and capped (baseline_capped: true when it hit
 * the cap).
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '../playground/bench';
import type { Page } from '@playwright/test';
import { launchChromium } from '../scripts/chromium';
import { listen, staticServer } from '../scripts/playground-serve';
import { round, type BenchSuite } from './result';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Cap of the SVG baseline's build, per case. */
const SVG_CAP_MS = Number(process.env.RENDER_BENCH_SVG_CAP_MS ?? 20_000);

const FIRST_PAINT_CASES: { rows: number; cols: number; runs: number; naiveRuns: number }[] = [
  { rows: 1000, cols: 300, runs: 25, naiveRuns: 5 },
  { rows: 5000, cols: 300, runs: 25, naiveRuns: 3 },
  { rows: 10_000, cols: 1000, runs: 7, naiveRuns: 1 },
];

const suite: BenchSuite = async (emit) => {
  const dir = await mkdtemp(join(tmpdir(), 'render-bench-'));
  await build({
    entryPoints: [join(ROOT, 'playground', 'bench.ts')],
    outfile: join(dir, 'bench', 'bench.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'bench', 'index.html'),
    '<!doctype html><html><body style="margin:0"><div id="host"></div><script type="module" src="./bench.js"></script></body></html>'
  );
  const server = staticServer(dir);
  const base = await listen(server, 0);
  const browser = await launchChromium();
  try {
    const open = async (): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 700 }, deviceScaleFactor: 1 });
      await page.goto(`${base}/bench/`);
      await page.waitForFunction(() => typeof window.renderBench === 'object');
      return page;
    };

    // A fresh page per case: an SVG baseline leaves hundreds of thousands of dead DOM nodes behind,
    // and the next case's timings would include collecting them.
    for (const c of FIRST_PAINT_CASES) {
      const page = await open();
      const r = await page.evaluate(
        ([rows, cols, runs, naiveRuns, cap]) =>
          window.renderBench.firstPaint(rows, cols, runs, naiveRuns, cap),
        [c.rows, c.cols, c.runs, c.naiveRuns, SVG_CAP_MS] as const
      );
      emit({
        bench: 'render.firstPaint',
        case: `${c.rows}x${c.cols}`,
        ...r,
        canvas: '1000x600@1x',
        ours_vs_floor: round(r.ours_ms / r.floor_ms, 2),
        ours_first_vs_floor_first: round(r.ours_first_ms / r.floor_first_ms, 2),
        ours_warm_vs_floor_warm: round(r.ours_warm_ms / r.floor_warm_ms, 2),
        baseline_vs_ours: round(r.baseline_ms / r.ours_ms, 1),
        naive_vs_ours: round(r.naive_ms / r.ours_ms, 1),
      });
      await page.close();
    }

    const page = await open();

    for (const [rows, cols, rowHeight] of [
      [10_000, 300, 8],
      [10_000, 300, 'auto'],
    ] as const) {
      const r = await page.evaluate(
        ([rows, cols, rowHeight]) => window.renderBench.hover(rows, cols, rowHeight, 300),
        [rows, cols, rowHeight] as const
      );
      emit({ bench: 'render.hover', case: `${rows}x${cols} rowHeight=${rowHeight}`, ...r });
    }

    for (const [rows, cols, rowHeight] of [
      [10_000, 300, 8],
      [10_000, 1000, 8],
      [10_000, 300, 24],
    ] as const) {
      const r = await page.evaluate(
        ([rows, cols, rowHeight]) => window.renderBench.scroll(rows, cols, rowHeight, 120),
        [rows, cols, rowHeight] as const
      );
      emit({ bench: 'render.scroll', case: `${rows}x${cols} rowHeight=${rowHeight}`, ...r });
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  }
};

export default suite;
