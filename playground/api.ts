/** The handle the playground page exposes as window.playground, for the browser tests and the bench. */
import type { StatusMatrix } from '../src/core';
import type { StatusmapRenderer } from '../src/render';
import type { DatasetSpec } from './datasets';

export interface PlaygroundApi {
  renderer: StatusmapRenderer;
  /** Loads a dataset (a spec, a DATASETS name, or "rows x cols [density]") and paints it. */
  load: (spec: DatasetSpec | string) => void;
  matrix: () => StatusMatrix;
  ready: boolean;
}

declare global {
  interface Window {
    playground: PlaygroundApi;
  }
}
