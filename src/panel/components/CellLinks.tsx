import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import type { MouseEvent } from 'react';
import type { CellLink } from '../data-links';
import { linkIconName } from '../link-icon';

/**
 * Links of a cell: the old plugin's templates, then Grafana data links. Hrefs were made safe when
 * they were built (safeHref); titles are React text, so a series name full of markup stays text.
 */
export function CellLinks({ links }: { links: CellLink[] }) {
  const styles = useStyles2(getStyles);
  if (links.length === 0) return null;
  return (
    <ul className={styles.links} aria-label="Links">
      {links.map((link, i) => {
        const icon = linkIconName(link.icon);
        return (
          <li key={i}>
            <a
              href={link.href}
              target={link.target}
              rel="noopener noreferrer"
              className={styles.link}
              onClick={link.onClick && ((e: MouseEvent<HTMLAnchorElement>) => follow(e, link))}
            >
              {icon && (
                <span className={styles.icon} data-icon={icon} aria-hidden>
                  <Icon name={icon} size="sm" />
                </span>
              )}
              {link.text}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** As Grafana's data link buttons: its handler runs unless the user asked for a new tab or window. */
function follow(e: MouseEvent<HTMLAnchorElement>, link: CellLink): void {
  if (e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  link.onClick?.(e.nativeEvent);
}

const getStyles = (theme: GrafanaTheme2) => ({
  links: css({ listStyle: 'none', margin: theme.spacing(0.5, 0, 0), padding: 0 }),
  link: css({ color: theme.colors.text.link }),
  icon: css({ marginRight: theme.spacing(0.5) }),
});
