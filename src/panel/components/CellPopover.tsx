import { css, cx } from '@emotion/css';
import type { GrafanaTheme2, TimeZone } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CellDetails } from '../cell-details';
import type { Placement } from '../tooltip-placement';
import { CellLinks } from './CellLinks';
import { CellSummary, tooltipBox } from './CellSummary';

interface Props {
  details: CellDetails;
  /** Beside the clicked cell; none (keyboard selection): the plot's top right corner. */
  placement: Placement | null;
  timeZone: TimeZone;
  showValues: boolean;
  showAllLabels: boolean;
  onClose: () => void;
}

/**
 * The frozen tooltip of a clicked cell (the old plugin's "freeze on click"): it stays where it was
 * opened, takes the pointer, and carries the links, which a tooltip that follows the pointer cannot.
 */
export function CellPopover({ details, placement, timeZone, showValues, showAllLabels, onClose }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div
      className={cx(styles.box, !placement && styles.corner)}
      style={placement ?? undefined}
      role="dialog"
      aria-label={`Details of ${details.rowName}`}
    >
      <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
        ×
      </button>
      <CellSummary
        details={details}
        timeZone={timeZone}
        showValues={showValues}
        showAllLabels={showAllLabels}
      />
      <CellLinks links={[...details.links, ...details.dataLinks]} />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: tooltipBox(theme),
  corner: css({ top: theme.spacing(1), right: theme.spacing(1) }),
  close: css({
    float: 'right',
    border: 'none',
    background: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
  }),
});
