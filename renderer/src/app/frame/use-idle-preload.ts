import { useEffect, useRef } from 'react';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Once the first screen has its data and the main thread is idle, loads the
 * pages one click away (and the data they open with), so that click does not
 * wait for them. Only once: a preload that fetches data makes the app busy and
 * idle again. Failures are left to the real visit, which shows them.
 */
export function useIdlePreload(preloads: readonly ((client: QueryClient) => Promise<unknown>)[]): void {
  const client = useQueryClient();
  const settled = useIsFetching() === 0;
  const started = useRef(false);
  useEffect(() => {
    if (!settled || started.current) return;
    const run = () => {
      started.current = true;
      for (const preload of preloads) preload(client).catch(() => undefined);
    };
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(run, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [settled, preloads, client]);
}
