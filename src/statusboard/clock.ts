/** Injectable time, so tests can stand at a DST night or jump past an event's end without sleeping. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
