/**
 * The stay pages and their paper pages, for the beds feature's index.ts to
 * spread into its routes (paths relative to `/`, as bedsPaths builds them).
 */
import type { RouteObject } from 'react-router-dom';
import { lazyComponent, routeNeeds } from '../../../app';

const AdmitPage = lazyComponent(() => import('./admit-page'), 'AdmitPage');
const MovePage = lazyComponent(() => import('./move-page'), 'MovePage');
const LeaveOutPage = lazyComponent(() => import('./leave-out-page'), 'LeaveOutPage');
const LeaveBackPage = lazyComponent(() => import('./leave-back-page'), 'LeaveBackPage');
const DischargePage = lazyComponent(() => import('./discharge-page'), 'DischargePage');
const CriticalPage = lazyComponent(() => import('./critical-page'), 'CriticalPage');
const AdmissionPrintPage = lazyComponent(() => import('../print/admission-print-page'), 'AdmissionPrintPage');
const BelongingsPrintPage = lazyComponent(
  () => import('../print/belongings-print-page'),
  'BelongingsPrintPage',
);

export const stayRoutes: RouteObject[] = [
  { path: 'beds/admit', Component: AdmitPage, handle: routeNeeds('stays.manage') },
  { path: 'beds/residents/:personId/move', Component: MovePage, handle: routeNeeds('stays.manage') },
  { path: 'beds/residents/:personId/leave', Component: LeaveOutPage, handle: routeNeeds('care.record') },
  {
    path: 'beds/residents/:personId/leave/:leaveId/back',
    Component: LeaveBackPage,
    handle: routeNeeds('care.record'),
  },
  {
    path: 'beds/residents/:personId/discharge',
    Component: DischargePage,
    handle: routeNeeds('stays.manage'),
  },
  { path: 'beds/residents/:personId/critical', Component: CriticalPage, handle: routeNeeds('care.record') },
];

export const stayPrintRoutes: RouteObject[] = [
  { path: '/print/beds/admission/:stayId', Component: AdmissionPrintPage },
  { path: '/print/beds/belongings/:stayId', Component: BelongingsPrintPage },
];
