import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

/**
 * A component whose code is loaded when it is first shown:
 * `lazyComponent(() => import('./x-page'), 'XPage')`. Every page is one, and so is
 * anything heavy that a feature's index.ts lends to others (the index is loaded
 * with the first screen, so it must stay light). Named exports stay the rule;
 * this picks the component out of its module for React.lazy. The nearest
 * <Suspense> shows a spinner meanwhile (the frame has one around its pages).
 */
export function lazyComponent<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
