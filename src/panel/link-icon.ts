import { availableIconsIndex, type IconName } from '@grafana/data';

/**
 * The old plugin's link icons were Font Awesome 4 names (its editor showed `fa fa-<name>`); Grafana
 * ships its own icon set. The names its users picked most, by what they depict; a name that already is
 * a Grafana icon is used as it is.
 */
const FONT_AWESOME: Readonly<Record<string, IconName>> = {
  'external-link': 'external-link-alt',
  'external-link-square': 'external-link-alt',
  link: 'link',
  chain: 'link',
  'line-chart': 'chart-line',
  'area-chart': 'chart-line',
  'bar-chart': 'chart-line',
  'bar-chart-o': 'chart-line',
  dashboard: 'tachometer-fast',
  tachometer: 'tachometer-fast',
  'info-circle': 'info-circle',
  question: 'question-circle',
  'question-circle': 'question-circle',
  warning: 'exclamation-triangle',
  'exclamation-triangle': 'exclamation-triangle',
  'bell-o': 'bell',
  file: 'file-alt',
  'file-o': 'file-alt',
  'file-text': 'file-alt',
  'file-text-o': 'file-alt',
  gear: 'cog',
  cogs: 'cog',
  list: 'list-ul',
  'clock-o': 'clock-nine',
  calendar: 'calendar-alt',
  users: 'users-alt',
  heartbeat: 'heart-rate',
  'folder-open': 'folder',
  'folder-o': 'folder',
  comment: 'comment-alt',
  comments: 'comment-alt',
  refresh: 'sync',
  close: 'times',
  'code-fork': 'code-branch',
};

/** The Grafana icon for an old link icon name (with or without "fa-"), or undefined when none fits. */
export function linkIconName(icon: string | undefined): IconName | undefined {
  const name = (icon ?? '').trim().toLowerCase().replace(/^fa-/, '');
  if (name === '') return undefined;
  if (Object.hasOwn(FONT_AWESOME, name)) return FONT_AWESOME[name];
  // Own keys only: Grafana's isIconName also accepts "__proto__" (an index lookup).
  return Object.hasOwn(availableIconsIndex, name) ? (name as IconName) : undefined;
}
