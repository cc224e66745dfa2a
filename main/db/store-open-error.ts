/** Why a store was refused: each has its own sentence, and the hosts show only the sentence. */
export type StoreRefusal =
  | 'unreadable'
  | 'not-a-store'
  | 'newer-version'
  | 'out-of-order'
  | 'half-upgraded'
  | 'damaged'
  | 'busy'
  | 'upgrade-failed';

/** Raised when the store cannot be opened safely; the message is one sentence for the person at the desk. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
  constructor(
    /** Which kind of refusal, for tests and logs. */
    readonly refusal: StoreRefusal,
    message: string,
  ) {
    super(message);
  }
}
