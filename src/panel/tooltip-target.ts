/** The cell a hover tooltip is about: hovered with the pointer, or opened with Enter on the focused cell. */
export interface TooltipTarget {
  row: number;
  col: number;
  source: 'pointer' | 'keyboard';
}

/**
 * The tooltip's target outside React state: the renderer reports every cell the pointer crosses, and
 * only the tooltip should re-render for that, not the whole panel (legend, notices, pipeline memos).
 * Shaped for useSyncExternalStore.
 */
export class TooltipTargetStore {
  private target: TooltipTarget | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): TooltipTarget | null => this.target;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(target: TooltipTarget | null): void {
    const t = this.target;
    if (
      t === target ||
      (t && target && t.row === target.row && t.col === target.col && t.source === target.source)
    )
      return;
    this.target = target;
    for (const listener of this.listeners) listener();
  }
}
