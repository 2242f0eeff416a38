import { css, cx } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { EMPTY_STATUS, type StatusMatrix } from '../../core';

interface Props {
  matrix: StatusMatrix;
  counts: Uint32Array;
  continuous: boolean;
  showCounts: boolean;
  /** Statuses chosen to filter rows by; empty: no filter. */
  chosen: ReadonlySet<number>;
  onToggle?: (status: number) => void;
  onClear: () => void;
}

/**
 * Discrete statuses with their cell counts; clicking one shows only the rows that have it (click
 * more to widen, again to drop). Continuous modes show the colour ramp from its low to high end.
 */
export function Legend({ matrix, counts, continuous, showCounts, chosen, onToggle, onClear }: Props) {
  const styles = useStyles2(getStyles);
  const statuses = matrix.table.statuses;
  if (continuous) {
    const ramp = statuses.slice(2).map((s) => s.color);
    const stops = [ramp[0], ramp[Math.floor(ramp.length / 2)], ramp[ramp.length - 1]].join(', ');
    return (
      <div className={styles.legend} aria-label="Legend">
        <span>{statuses[2]?.label}</span>
        <span className={styles.ramp} style={{ background: `linear-gradient(to right, ${stops})` }} />
        <span>{statuses[statuses.length - 1]?.label}</span>
      </div>
    );
  }
  const shown = statuses.map((s, i) => ({ ...s, i })).filter(({ i }) => i !== EMPTY_STATUS && counts[i] > 0);
  return (
    <div className={styles.legend} role="group" aria-label="Legend">
      {shown.map(({ i, label, color }) => (
        <button
          key={i}
          type="button"
          className={cx(styles.item, chosen.has(i) && styles.chosen)}
          aria-pressed={chosen.has(i)}
          disabled={!onToggle}
          title={onToggle ? `Show only rows with "${label}"` : undefined}
          onClick={() => onToggle?.(i)}
        >
          <i className={styles.swatch} style={{ background: color }} />
          {label}
          {showCounts && <span className={styles.count}>{counts[i]}</span>}
        </button>
      ))}
      {chosen.size > 0 && (
        <button type="button" className={styles.item} onClick={onClear}>
          Show all rows
        </button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  legend: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 1.5),
    padding: theme.spacing(0.5, 0, 0),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  item: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    border: `1px solid transparent`,
    borderRadius: theme.shape.radius.default,
    background: 'none',
    color: theme.colors.text.primary,
    padding: theme.spacing(0, 0.5),
    cursor: 'pointer',
    '&:disabled': { cursor: 'default' },
  }),
  chosen: css({ borderColor: theme.colors.primary.border, background: theme.colors.action.selected }),
  swatch: css({ display: 'inline-block', width: 10, height: 10, borderRadius: 2 }),
  count: css({ color: theme.colors.text.secondary }),
  ramp: css({ display: 'inline-block', width: 160, height: 10, borderRadius: 2 }),
});
