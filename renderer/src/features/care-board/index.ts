/**
 * The 24-hour care board: the home page (app/pages/home-page.tsx shows it)
 * and its summary on one A4 sheet.
 */
import { lazyComponent } from '../../app';
import type { Feature } from '../../app';

const CareBoardPrintPage = lazyComponent(() => import('./print/care-board-print-page'), 'CareBoardPrintPage');

export const careBoardFeature: Feature = {
  printRoutes: [{ path: '/print/care-board', Component: CareBoardPrintPage }],
};

export { careBoardKeys } from './queries';
export { careBoardPaths } from './paths';
export { CareBoard } from './care-board';
