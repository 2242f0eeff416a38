/**
 * A React root in jsdom for component tests: a fresh container per test, unmounted after it, and
 * render calls wrapped in act() so effects have run when the call returns.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mount {
  /** The container of the current test. */
  readonly host: HTMLDivElement;
  render(element: ReactElement): void;
}

/** Registers the per-test set-up and tear-down; call once at the top of a test file. */
export function useReactMount(): Mount {
  let host: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  return {
    get host() {
      if (!host) throw new Error('useReactMount: used outside a test');
      return host;
    },
    render: (element) => act(() => root?.render(element)),
  };
}
