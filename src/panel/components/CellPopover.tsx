import { css } from '@emotion/css';
import { dateTimeFormat, textUtil, type GrafanaTheme2, type TimeZone } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CellDetails } from '../cell-details';

interface Props {
  details: CellDetails;
  timeZone: TimeZone;
  showValues: boolean;
  showAllLabels: boolean;
  onClose: () => void;
}

/**
 * The frozen tooltip of a clicked cell: status, time, values, labels, links and custom content.
 * Row names, values and labels are React text (escaped by React); custom content is the author's
 * HTML with values escaped by expandTemplate, and sanitized once more here.
 */
export function CellPopover({ details, timeZone, showValues, showAllLabels, onClose }: Props) {
  const styles = useStyles2(getStyles);
  const time = (t: number) => dateTimeFormat(t, { timeZone });
  return (
    <div className={styles.popover} role="dialog" aria-label={`Details of ${details.rowName}`}>
      <button type="button" className={styles.close} aria-label="Close" onClick={onClose}>
        ×
      </button>
      <div className={styles.title}>{details.rowName}</div>
      <div className={styles.muted}>
        {time(details.from)} – {time(details.to)}
      </div>
      <div>
        <i className={styles.swatch} style={{ background: details.color }} />
        {details.statusLabel}
      </div>
      {showValues && details.values.length > 0 && (
        <div className={styles.muted}>Values: {details.values.map((v) => String(v)).join(', ')}</div>
      )}
      {showAllLabels && Object.keys(details.labels).length > 0 && (
        <ul className={styles.labels}>
          {Object.entries(details.labels).map(([k, v]) => (
            <li key={k}>
              {k}=<b>{v}</b>
            </li>
          ))}
        </ul>
      )}
      {details.customHtml && (
        <div
          className={styles.custom}
          dangerouslySetInnerHTML={{ __html: textUtil.sanitize(details.customHtml) }}
        />
      )}
      {details.links.map((link, i) => (
        <div key={i}>
          <a href={link.href} target="_blank" rel="noopener noreferrer" className={styles.link}>
            {link.text}
          </a>
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  popover: css({
    position: 'absolute',
    top: theme.spacing(1),
    right: theme.spacing(1),
    zIndex: 3,
    maxWidth: 360,
    padding: theme.spacing(1, 1.5),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z3,
    fontSize: theme.typography.bodySmall.fontSize,
    overflowWrap: 'anywhere',
  }),
  close: css({
    float: 'right',
    border: 'none',
    background: 'none',
    color: theme.colors.text.secondary,
    cursor: 'pointer',
  }),
  title: css({ fontWeight: theme.typography.fontWeightMedium }),
  muted: css({ color: theme.colors.text.secondary }),
  swatch: css({ display: 'inline-block', width: 10, height: 10, borderRadius: 2, marginRight: 6 }),
  labels: css({ listStyle: 'none', margin: 0, padding: 0 }),
  custom: css({ marginTop: theme.spacing(0.5) }),
  link: css({ color: theme.colors.text.link }),
});
