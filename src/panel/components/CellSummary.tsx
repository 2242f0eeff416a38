import { css } from '@emotion/css';
import { dateTimeFormat, textUtil, type GrafanaTheme2, type TimeZone } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CellDetails } from '../cell-details';

interface Props {
  details: CellDetails;
  timeZone: TimeZone;
  showValues: boolean;
  showAllLabels: boolean;
}

/**
 * What both tooltips say about a cell: row, time span, status, values in the field's unit, labels
 * and the author's custom content. Row names, values and labels are React text (escaped by React);
 * custom content is the author's HTML with values escaped by expandTemplate, sanitized once more here.
 */
export function CellSummary({ details, timeZone, showValues, showAllLabels }: Props) {
  const styles = useStyles2(getStyles);
  const time = (t: number) => dateTimeFormat(t, { timeZone });
  return (
    <>
      <div className={styles.title}>{details.rowName}</div>
      <div className={styles.muted}>
        {time(details.from)} – {time(details.to)}
      </div>
      <div>
        <i className={styles.swatch} style={{ background: details.color }} />
        {details.statusLabel}
      </div>
      {showValues && details.valueTexts.length > 0 && (
        <div className={styles.muted}>Values: {details.valueTexts.join(', ')}</div>
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
    </>
  );
}

/** The box both tooltips share, in Grafana's tooltip colours. */
export const tooltipBox = (theme: GrafanaTheme2) =>
  css({
    position: 'absolute',
    zIndex: 3,
    maxWidth: 360,
    padding: theme.spacing(1, 1.5),
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z3,
    fontSize: theme.typography.bodySmall.fontSize,
    overflowWrap: 'anywhere',
  });

const getStyles = (theme: GrafanaTheme2) => ({
  title: css({ fontWeight: theme.typography.fontWeightMedium }),
  muted: css({ color: theme.colors.text.secondary }),
  swatch: css({ display: 'inline-block', width: 10, height: 10, borderRadius: 2, marginRight: 6 }),
  labels: css({ listStyle: 'none', margin: 0, padding: 0 }),
  custom: css({ marginTop: theme.spacing(0.5) }),
});
