import { useEffect } from 'react';

/**
 * Call `onIdle` once nobody has touched the screen (key, pointer, touch) for `idleMs`, while `active`: a kiosk left
 * half-way through a sign-in goes back to its start, so the next person never sees what the last one typed.
 * A timer of the machine's clock is right here: it measures a pause, not a date.
 */
export function useIdleReset(active: boolean, idleMs: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return undefined;
    let timer = window.setTimeout(onIdle, idleMs);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, idleMs);
    };
    const events = ['keydown', 'pointerdown', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, touched);
    return () => {
      window.clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touched);
    };
  }, [active, idleMs, onIdle]);
}
