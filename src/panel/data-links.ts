import type { Field, LinkModel } from '@grafana/data';
import type { CellPoint } from './cell-point';
import { safeHref } from './safe-href';

/** A link in the tooltip: the old plugin's link templates and Grafana data links alike. */
export interface CellLink {
  href: string;
  /** Shown as text, never as HTML. */
  text: string;
  /** The old plugin's item icon: a Font Awesome 4 name, drawn as the Grafana icon that fits (link-icon.ts). */
  icon?: string;
  target?: string;
  /** Grafana's own handler of some data links (e.g. to Explore); called instead of following href. */
  onClick?: (event: MouseEvent) => void;
}

/**
 * Grafana data links of a cell's field (the panel's defaults plus the links of matching overrides,
 * which Grafana merges into the field's config), interpolated by the field's link supplier with the
 * dashboard's variables and the cell's point as its value row (`${__value.raw}`, `${__value.time}`,
 * `${__series.name}`, `${__field.labels.x}`). A cell without a point gets the field's links with
 * series variables only. Hrefs that are not http(s) or relative become "#".
 */
export function dataLinks(field: Field | undefined, point: CellPoint | null): CellLink[] {
  if (!field?.getLinks || !field.config.links || field.config.links.length === 0) return [];
  const models: LinkModel<Field>[] = field.getLinks(point ? { valueRowIndex: point.frameRow } : {});
  return models.map((m) => {
    const href = safeHref(m.href ?? '');
    return {
      href,
      text: m.title || href,
      target: m.target,
      onClick: m.onClick && ((event: MouseEvent) => m.onClick?.(event, m.origin)),
    };
  });
}
