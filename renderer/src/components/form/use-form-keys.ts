import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

/** Ctrl+S (Cmd+S on a Mac) saves the form from anywhere on the page, instead of the browser's "save page". */
export function useSaveShortcut(save: () => void, enabled: boolean): void {
  // The latest save, without re-listening on every render.
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/**
 * Enter in a box must not save a half-filled form (the browser's implicit submit):
 * the box itself still sees the key first, so a date picker opens or takes the
 * typed date, and a list picks its option. Text areas keep their new lines.
 */
export function preventEnterSubmit(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter') return;
  const target = event.target;
  if (target instanceof HTMLInputElement) event.preventDefault();
}
