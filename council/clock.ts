import { randomUUID } from 'node:crypto';

/** The council service's only source of "now", injected so tests and benches are deterministic. */
export interface CouncilClock {
  now(): Date;
}

/** The real clock. */
export const systemClock: CouncilClock = { now: () => new Date() };

/** Makes record ids. */
export type CouncilIds = () => string;

/** Random ids (the council's own records: tokens, accounts). */
export const randomIds: CouncilIds = () => randomUUID();
