import { v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/** Makes new record ids (UUIDv7: time-ordered, so inserts stay index-friendly). */
export type IdSource = () => string;

/** Ids from the real clock and crypto randomness. */
export const randomIds: IdSource = () => uuidv7();

/** Deterministic ids from a clock and a seed, for the demo branch, tests and benchmarks. */
export function seededIds(clock: Clock, seed = 1): IdSource {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: tiny, fast and good enough for id bytes that only need to be distinct and repeatable.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return () => {
    const random = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const value = next();
      random[i] = value & 0xff;
      random[i + 1] = (value >>> 8) & 0xff;
      random[i + 2] = (value >>> 16) & 0xff;
      random[i + 3] = (value >>> 24) & 0xff;
    }
    return uuidv7({ msecs: clock.now().getTime(), random });
  };
}
