// Builds the panel as Grafana loads it: dist/module.js, an AMD module whose react, @grafana/* and
// friends are externals Grafana provides at run time. Follows @grafana/create-plugin's conventions
// (webpack + SWC, plugin.json copied with %VERSION% / %TODAY% filled in) without its deprecated
// @grafana/toolkit ancestor.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const pluginJson = JSON.parse(readFileSync(path.join(root, 'src/panel/plugin.json'), 'utf8'));

/** What Grafana's SystemJS loader hands a plugin instead of bundling its own copy. */
const externals = [
  'react',
  'react-dom',
  'react-redux',
  'redux',
  'rxjs',
  'lodash',
  'moment',
  'jquery',
  'emotion',
  '@emotion/css',
  '@emotion/react',
  'i18next',
  ({ request }, callback) => {
    // Every @grafana/* package Grafana ships, except the ones meant to be bundled.
    if (request && /^@grafana\/(?!plugin-e2e|e2e-selectors)/.test(request))
      return callback(undefined, request);
    callback();
  },
];

export default (env = {}) => ({
  mode: env.production === false ? 'development' : 'production',
  context: path.join(root, 'src/panel'),
  entry: { module: './module.ts' },
  devtool: 'source-map',
  externals,
  output: {
    path: path.join(root, 'dist'),
    filename: '[name].js',
    library: { type: 'amd' },
    publicPath: `public/plugins/${pluginJson.id}/`,
    uniqueName: pluginJson.id,
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.[tj]sx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              baseUrl: root,
              target: 'es2022',
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
            },
          },
        },
      },
    ],
  },
  plugins: [
    new CopyWebpackPlugin({
      patterns: [
        {
          from: 'plugin.json',
          to: '.',
          transform: (content) =>
            content
              .toString()
              .replace('%VERSION%', pkg.version)
              .replace('%TODAY%', new Date().toISOString().slice(0, 10)),
        },
        { from: 'img', to: 'img' },
        { from: path.join(root, 'README.md'), to: '.' },
        { from: path.join(root, 'CHANGELOG.md'), to: '.' },
        { from: path.join(root, 'LICENSE'), to: '.' },
      ],
    }),
  ],
  performance: { hints: false },
});
