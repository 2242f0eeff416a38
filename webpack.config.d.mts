import type { Configuration } from 'webpack';

/** Types of webpack.config.mjs, for tests that build the panel through webpack's Node API. */
declare const makeConfig: (env?: {
  production?: boolean;
}) => Configuration & { output: NonNullable<Configuration['output']> };
export default makeConfig;
