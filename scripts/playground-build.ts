/**
 * Bundles the renderer playground (playground/main.ts + index.html + css) into dist/web/playground/,
 * with relative asset URLs so it works at /playground/ under any server (StatusBoard serves dist/web/).
 */
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PLAYGROUND_OUT = join(ROOT, 'dist', 'web', 'playground');

export async function buildPlayground(outdir = PLAYGROUND_OUT, minify = true): Promise<string> {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'playground', 'main.ts')],
    outfile: join(outdir, 'main.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    sourcemap: true,
    logLevel: 'warning',
  });
  await copyFile(join(ROOT, 'playground', 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(ROOT, 'playground', 'playground.css'), join(outdir, 'playground.css'));
  return outdir;
}

// `tsx scripts/playground-build.ts` builds without serving (for StatusBoard, which serves dist/web/).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`playground built in ${await buildPlayground()}`);
}
