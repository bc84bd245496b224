import { useEffect } from 'react';
import { useLock } from './queries';

/** What counts as someone at the keyboard. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the screen after `minutes` without a key press or mouse movement
 * (settings.idleLockMinutes). The page stays; the core forgets who is signed
 * in until the password is typed again. 0 or less turns the lock off.
 */
export function useIdleLock(minutes: number, enabled: boolean): void {
  const lock = useLock();
  const { mutate } = lock;
  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    const wait = minutes * 60_000;
    let timer = window.setTimeout(() => mutate(), wait);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => mutate(), wait);
    };
    for (const kind of ACTIVITY) window.addEventListener(kind, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const kind of ACTIVITY) window.removeEventListener(kind, restart, { capture: true });
    };
  }, [minutes, enabled, mutate]);
}
