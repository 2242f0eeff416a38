/** Dry run: which currently firing alerts would these matcher sets silence? Nothing is written. */
import { AlertmanagerError, type AlertmanagerClient } from './alertmanager';
import { AppError } from './errors';
import { matchesLabels, type MatcherSet } from './matchers';

export interface PreviewResult {
  alerts: Array<{ labels: Record<string, string>; startsAt: string; state: string; matcherSets: number[] }>;
  total: number;
}

export async function previewAlerts(am: AlertmanagerClient, sets: MatcherSet[]): Promise<PreviewResult> {
  let alerts;
  try {
    alerts = await am.alerts();
  } catch (err) {
    if (err instanceof AlertmanagerError) throw new AppError('ALERTMANAGER_UNAVAILABLE', err.message);
    throw err;
  }
  const hits = alerts
    .map((a) => ({
      labels: a.labels,
      startsAt: a.startsAt,
      state: a.status.state,
      matcherSets: sets.flatMap((s, i) => (matchesLabels(s, a.labels) ? [i] : [])),
    }))
    .filter((a) => a.matcherSets.length > 0);
  return { alerts: hits, total: alerts.length };
}
