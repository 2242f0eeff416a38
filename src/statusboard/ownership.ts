/**
 * How StatusBoard recognises its own silences after a restart: createdBy is `statusboard` and the comment
 * carries a marker with the event id and the matcher set's index. Silences anyone else made are never
 * touched.
 */
export const OWNER = 'statusboard';

export interface SilenceKey {
  eventId: string;
  setIndex: number;
}

const MARKER = /\[statusboard event=([A-Za-z0-9-]{1,64}) set=(\d{1,4})\]/;

export const keyString = (k: SilenceKey): string => `${k.eventId}/${k.setIndex}`;

export function silenceComment(k: SilenceKey, title: string, ticketUrl: string | null): string {
  const text = `${title}${ticketUrl ? ` (${ticketUrl})` : ''}`.slice(0, 400);
  return `${text} [statusboard event=${k.eventId} set=${k.setIndex}]`;
}

export function parseOwner(createdBy: string, comment: string): SilenceKey | null {
  if (createdBy !== OWNER) return null;
  const m = MARKER.exec(comment);
  return m ? { eventId: m[1], setIndex: Number(m[2]) } : null;
}
