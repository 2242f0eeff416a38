/**
 * `npm run build`'s output, written to `outDir` through webpack's Node API: for tests and benches
 * that load the built panel. Kept apart from the host page's esbuild step, which jsdom cannot load.
 */
import webpack from 'webpack';
import makeConfig from '../../webpack.config.mjs';

export function buildPanel(outDir: string): Promise<void> {
  const config = makeConfig({ production: true });
  config.output.path = outDir;
  return new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString('errors-only'))) : resolve()
    )
  );
}
