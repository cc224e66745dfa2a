/** Why a store was refused: each has its own sentence, and the hosts show only the sentence. */
export type StoreRefusal =
  | 'unreadable'
  | 'not-a-store'
  | 'newer-version'
  | 'out-of-order'
  | 'half-upgraded'
  | 'damaged'
  | 'busy'
  | 'upgrade-failed'
  | 'network-share';

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

/** The refusal for a migration that failed: the store was left at the version before it (the runner's promise). */
export function upgradeFailed(path: string, step: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'upgrade-failed',
    `The store at ${path} could not be upgraded (step ${step} failed: ${oneLine(error)}) ` +
      'and was left as it was; keep using the previous version of Neighbourhood Hub and report this.',
  );
}

/** An underlying error's message on one line (SQLite quotes CHECK constraints with their line breaks). */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
