/** The IPC channel a renderer invokes to call a procedure. Shared by the preload and the main-side adapter. */
export const RPC_CHANNEL = 'rpc';
/** The IPC channel the main process sends push events on. */
export const EVENT_CHANNEL = 'event';
