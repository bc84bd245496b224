import { useEffect, useRef } from 'react';

/**
 * Calls `run` once calls have stopped for `delay` ms: the search box asks the
 * main process once per pause in typing, not once per key.
 */
export function useDebouncedCallback<A extends unknown[]>(
  run: (...args: A) => void,
  delay: number,
): (...args: A) => void {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  }, [run]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (...args: A) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(...args), delay);
  };
}
