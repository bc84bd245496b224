import { useEffect } from 'react';
import { useIsFetching } from '@tanstack/react-query';

/**
 * Once the first screen has its data and the main thread is idle, loads the
 * pages one click away, so that click does not wait for their code. Failures
 * are left to the real visit, which shows them.
 */
export function useIdlePreload(preloads: readonly (() => Promise<unknown>)[]): void {
  const settled = useIsFetching() === 0;
  useEffect(() => {
    if (!settled) return;
    const run = () => {
      for (const preload of preloads) preload().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(run, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [settled, preloads]);
}
