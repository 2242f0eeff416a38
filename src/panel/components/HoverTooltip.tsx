import { css, cx } from '@emotion/css';
import type { GrafanaTheme2, TimeZone } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CellDetails } from '../cell-details';
import type { CellAnchor } from '../tooltip-placement';
import { placeBeside } from '../tooltip-placement';
import type { TooltipTarget, TooltipTargetStore } from '../tooltip-target';
import { CellLinks } from './CellLinks';
import { CellSummary, tooltipBox } from './CellSummary';

/** How long a tooltip with links waits before following the pointer elsewhere: time to reach it. */
export const HOLD_MS = 200;
/** Gap between the cell and a tooltip the pointer never enters. */
const GAP = 8;

interface Props {
  store: TooltipTargetStore;
  describe: (row: number, col: number) => CellDetails | null;
  anchor: (row: number, col: number) => CellAnchor | null;
  /** The clicked cell's frozen tooltip already says all about it. */
  frozen: { row: number; col: number } | null;
  /** The old plugin's freeze on click: links then wait for the click; otherwise this tooltip has them. */
  freezeOnClick: boolean;
  timeZone: TimeZone;
  showValues: boolean;
  showAllLabels: boolean;
}

/**
 * The tooltip of the hovered (or, with Enter, focused) cell, drawn by React instead of the renderer
 * so it can show values in the field's unit, custom content and links. Without freeze on click it
 * lists the links and can be reached: it sits level with the cell, waits HOLD_MS before following the
 * pointer to another cell, and stays while the pointer is on it.
 */
export function HoverTooltip(props: Props) {
  const { store, describe, anchor, frozen, freezeOnClick } = props;
  const styles = useStyles2(getStyles);
  const target = useSyncExternalStore(store.subscribe, store.get);
  const [shown, setShown] = useState<TooltipTarget | null>(target);
  const held = useRef(false);
  const details = useMemo(() => (shown ? describe(shown.row, shown.col) : null), [shown, describe]);
  const links = details ? [...details.links, ...details.dataLinks] : [];
  const reachable = !freezeOnClick && links.length > 0;

  useEffect(() => {
    if (target === shown) return;
    if (!reachable) {
      setShown(target);
      return;
    }
    if (held.current) return;
    const timer = setTimeout(() => {
      if (!held.current) setShown(store.get());
    }, HOLD_MS);
    return () => clearTimeout(timer);
  }, [target, shown, reachable, store]);

  if (!shown || !details) return null;
  if (frozen && frozen.row === shown.row && frozen.col === shown.col) return null;
  const box = anchor(shown.row, shown.col);
  const placement = box ? placeBeside(box, reachable ? 0 : GAP) : null;
  return (
    <div
      className={cx(styles.box, reachable ? styles.reachable : styles.passive, !placement && styles.corner)}
      style={placement ?? undefined}
      role="tooltip"
      onPointerEnter={() => (held.current = true)}
      onPointerLeave={() => {
        held.current = false;
        setShown(store.get());
      }}
    >
      <CellSummary
        details={details}
        timeZone={props.timeZone}
        showValues={props.showValues}
        showAllLabels={props.showAllLabels}
      />
      {reachable ? (
        <CellLinks links={links} />
      ) : (
        links.length > 0 && <div className={styles.hint}>Click the cell to follow its links</div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: tooltipBox(theme),
  passive: css({ pointerEvents: 'none' }),
  reachable: css({ pointerEvents: 'auto' }),
  corner: css({ top: theme.spacing(1), right: theme.spacing(1) }),
  hint: css({ marginTop: theme.spacing(0.5), color: theme.colors.text.secondary, fontStyle: 'italic' }),
});
