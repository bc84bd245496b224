/**
 * Shift handovers (交接班): the list with today's shifts, one shift's
 * handover compiled, edited, saved and signed by the outgoing and the
 * incoming carer, a saved one read-only with its addenda, and the record on paper.
 */
import { createElement } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { handoversPaths } from './paths';

const HandoverListPage = lazyComponent(() => import('./list/handover-list-page'), 'HandoverListPage');
const HandoverShiftPage = lazyComponent(() => import('./shift/handover-shift-page'), 'HandoverShiftPage');
const HandoverPage = lazyComponent(() => import('./view/handover-page'), 'HandoverPage');
const HandoverPrintPage = lazyComponent(() => import('./print/handover-print-page'), 'HandoverPrintPage');

export const handoversFeature: Feature = {
  routes: [
    { path: 'handovers', Component: HandoverListPage, handle: routeNeeds('elders.read') },
    { path: 'handovers/shift', Component: HandoverShiftPage, handle: routeNeeds('elders.read') },
    { path: 'handovers/:handoverId', Component: HandoverPage, handle: routeNeeds('elders.read') },
  ],
  printRoutes: [{ path: '/print/handovers/:handoverId', Component: HandoverPrintPage }],
  nav: [
    {
      path: handoversPaths.list(),
      labelKey: 'handovers:nav.list',
      icon: createElement(SwapOutlined),
      testId: 'nav-handovers',
      permission: 'elders.read',
      preload: HandoverListPage.preload,
    },
  ],
};

export { handoversPaths } from './paths';
