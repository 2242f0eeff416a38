import { DataHoverClearEvent, DataHoverEvent, type EventBus } from '@grafana/data';
import type { CellDescription } from '../render';

/**
 * Grafana's shared crosshair, both ways: our hovered bucket is published as a DataHoverEvent (its
 * middle as `point.time`, as time series panels read it) and other panels' hover times are handed
 * to `show`. Our own events come back through the same bus and are ignored.
 */
export function shareCrosshair(eventBus: EventBus | undefined, show: (time: number | null) => void) {
  if (!eventBus) {
    // A host without an app event bus (Grafana always has one): nothing to share with.
    return { onHover: () => undefined, unsubscribe: () => undefined };
  }
  const own = new Set<object>();
  const publish = (event: DataHoverEvent | DataHoverClearEvent) => {
    own.add(event);
    try {
      eventBus.publish(event);
    } finally {
      own.delete(event);
    }
  };
  const hover = eventBus.getStream(DataHoverEvent).subscribe((e) => {
    if (own.has(e)) return;
    const time = e.payload.point.time;
    show(typeof time === 'number' ? time : null);
  });
  const clear = eventBus.getStream(DataHoverClearEvent).subscribe((e) => {
    if (!own.has(e)) show(null);
  });
  return {
    /** Called with the renderer's hovered cell (null when the pointer leaves). */
    onHover(cell: CellDescription | null): void {
      publish(
        cell
          ? new DataHoverEvent({ point: { time: (cell.start + cell.end) / 2 } })
          : new DataHoverClearEvent()
      );
    },
    unsubscribe(): void {
      hover.unsubscribe();
      clear.unsubscribe();
    },
  };
}
