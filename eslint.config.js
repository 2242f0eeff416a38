// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Import boundaries from DESIGN.md section 2: core <- render <- panel, core (+ render) <- statusboard.
 * Nothing imports panel or statusboard, and other folders are reached only through their index.ts.
 * A crossing fails `npm test` instead of waiting for a review.
 */
const reachOnlyThroughIndex = (folder) => ({
  group: [`**/${folder}/*`, `!**/${folder}/index`, `!**/${folder}/index.js`, `!**/${folder}/index.ts`],
  message: `Import src/${folder} through its index.ts, its public surface.`,
});
const forbid = (folder, why) => ({ group: [`**/${folder}`, `**/${folder}/**`], message: why });
const grafanaOnlyInPanel = {
  group: ['@grafana/*', 'react', 'react-dom'],
  message: 'Only src/panel may import @grafana/* or React (DESIGN.md section 2).',
};

const boundaries = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'test-results/', '.cache/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  boundaries(
    ['src/core/**'],
    [
      forbid('render', 'src/core depends on nothing else in src.'),
      forbid('panel', 'Nothing imports src/panel.'),
      forbid('statusboard', 'Nothing imports src/statusboard.'),
      grafanaOnlyInPanel,
    ]
  ),
  boundaries(
    ['src/render/**'],
    [
      reachOnlyThroughIndex('core'),
      forbid('panel', 'Nothing imports src/panel.'),
      forbid('statusboard', 'Nothing imports src/statusboard.'),
      grafanaOnlyInPanel,
    ]
  ),
  boundaries(
    ['src/panel/**'],
    [
      reachOnlyThroughIndex('core'),
      reachOnlyThroughIndex('render'),
      forbid('statusboard', 'Nothing imports src/statusboard.'),
    ]
  ),
  boundaries(
    ['src/statusboard/**'],
    [
      reachOnlyThroughIndex('core'),
      reachOnlyThroughIndex('render'),
      forbid('panel', 'Nothing imports src/panel.'),
      grafanaOnlyInPanel,
    ]
  )
);
