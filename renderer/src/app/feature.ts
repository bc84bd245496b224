import type { ComponentType, ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import type { QualifiedKey } from '../../../shared/i18n';
import type { RolePermission } from '../../../shared/ipc/permissions';

/** One entry of the sidebar. */
export interface NavEntry {
  path: string;
  /** `namespace:key` of its label, checked against the catalogue. */
  labelKey: QualifiedKey;
  icon: ReactNode;
  testId: string;
  /** Listed only for roles that hold it (the page's route says the same in its `handle`). */
  permission?: RolePermission;
  /** Shown beside the label (a count); it reads its own data. */
  Badge?: ComponentType;
  /**
   * Loads the entry's page ahead of the first click, once the first screen is
   * idle; it may also fetch the data the page opens with into the client's cache.
   */
  preload?: (client: QueryClient) => Promise<unknown>;
}

/**
 * What a feature adds to the app, exported as `feature` from its index.ts and
 * listed once in app/features.ts. Pages should be lazy (see lazyComponent), so the
 * first screen does not wait for them.
 */
export interface Feature {
  /**
   * Pages inside the frame (sidebar and header); paths relative to `/`. A page
   * only some roles may see says so with `handle: routeNeeds('users.manage')`.
   */
  routes?: RouteObject[];
  /** Paper pages, outside the frame: no sidebar or header on paper (Electron prints the same routes). */
  printRoutes?: RouteObject[];
  /** Sidebar entries, in the order shown. */
  nav?: NavEntry[];
}

/** What a route's `handle` may say: the permission its page needs. */
export interface RouteHandle {
  permission?: RolePermission;
}

/** `handle` of a route whose page only roles holding `permission` may open. */
export function routeNeeds(permission: RolePermission): RouteHandle {
  return { permission };
}
