/** Beds and stays: the stay pages (admission, move, leave, discharge, 病危) and their paper pages. */
import { lazyComponent } from '../../app';
import type { Feature } from '../../app';
import { stayPrintRoutes, stayRoutes } from './stays/routes';

export const bedsFeature: Feature = {
  routes: [...stayRoutes],
  printRoutes: [...stayPrintRoutes],
};

export { bedsPaths } from './paths';

/** 入住/住院情况 on the elder's page; loaded with it, not with the first screen. */
export const PersonResidenceCard = lazyComponent(
  () => import('./stays/person-residence-card'),
  'PersonResidenceCard',
);
