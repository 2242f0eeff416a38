import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

/** Plain statements of what the panel could not do, instead of silently drawing something else. */
export function Notices({ notices }: { notices: string[] }) {
  const styles = useStyles2(getStyles);
  if (notices.length === 0) return null;
  return (
    <div className={styles.notices} role="status">
      {notices.map((n, i) => (
        <div key={i} className={styles.notice}>
          {n}
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  notices: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(0.5),
  }),
  notice: css({
    padding: theme.spacing(0.5, 1),
    borderLeft: `3px solid ${theme.colors.warning.main}`,
    background: theme.colors.warning.transparent,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
