/**
 * Run a background job every `intervalMs` while the app runs, never two at once (a slow run is not overlapped by the
 * next tick), without keeping the process alive. Its failures go to `onError`. Returns the function that stops it.
 */
export function repeatInBackground(
  intervalMs: number,
  job: () => Promise<unknown>,
  onError: (error: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    job()
      .catch(onError)
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
