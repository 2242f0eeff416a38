/** Bundles the panel host page with esbuild and builds dist/ with webpack, both into `outDir`. */
import { build, type Plugin } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildPanel } from '../../support/build-panel';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

/**
 * @grafana/scenes imports react-router-dom v6 APIs while @grafana/ui 13.1.1 runs on v5 through
 * react-router-dom-v5-compat (DESIGN.md section 6): v6 (npm alias react-router-dom-v6) for
 * imports from scenes only.
 */
const routerV6ForScenes: Plugin = {
  name: 'router-v6-for-scenes',
  setup(b) {
    b.onResolve({ filter: /^react-router-dom$/ }, (args) =>
      args.importer.includes(`${path.sep}@grafana${path.sep}scenes${path.sep}`)
        ? { path: require.resolve('react-router-dom-v6', { paths: [root] }) }
        : undefined
    );
  },
};

export async function buildHost(outDir: string): Promise<void> {
  await mkdir(path.join(outDir, 'host'), { recursive: true });
  await buildPanel(path.join(outDir, 'dist'));
  await build({
    entryPoints: [path.join(root, 'tests/e2e/panel/host/host.tsx')],
    outfile: path.join(outDir, 'host/host.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    loader: { '.svg': 'empty', '.css': 'empty', '.woff': 'empty', '.woff2': 'empty', '.png': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    minify: true,
    logLevel: 'error',
    plugins: [routerV6ForScenes],
  });
  await copyFile(path.join(root, 'tests/e2e/panel/host/index.html'), path.join(outDir, 'host/index.html'));
}
