import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

/** A lazy component that can also be asked to load ahead of its first showing. */
export type PreloadableComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
};

/**
 * A component whose code is loaded when it is first shown:
 * `lazyComponent(() => import('./x-page'), 'XPage')`. Every page is one, and so is
 * anything heavy that a feature's index.ts lends to others (the index is loaded
 * with the first screen, so it must stay light). Named exports stay the rule;
 * this picks the component out of its module for React.lazy. The nearest
 * <Suspense> shows a spinner meanwhile (the frame has one around its pages).
 * `preload()` starts the same load early (the sidebar does so once the app is idle).
 */
export function lazyComponent<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): PreloadableComponent<P> {
  let pending: Promise<Record<K, ComponentType<P>>> | undefined;
  const loadOnce = () => (pending ??= load());
  const component = lazy(async () => ({ default: (await loadOnce())[name] }));
  return Object.assign(component, { preload: loadOnce });
}
