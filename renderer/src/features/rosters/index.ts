/**
 * Rosters (排班): the month and week grid worked from the keyboard with its
 * cover and warnings, patterns, copies, swaps and publishing; the center's
 * holidays; the roster rules; the printed roster on one A4 landscape page.
 */
import { createElement } from 'react';
import { ScheduleOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { rostersPaths } from './paths';

const RosterPage = lazyComponent(() => import('./grid/roster-page'), 'RosterPage');
const HolidaysPage = lazyComponent(() => import('./holidays/holidays-page'), 'HolidaysPage');
const RulesPage = lazyComponent(() => import('./rules/rules-page'), 'RulesPage');
const RosterPrintPage = lazyComponent(() => import('./print/roster-print-page'), 'RosterPrintPage');

export const rostersFeature: Feature = {
  routes: [
    { path: 'rosters', Component: RosterPage, handle: routeNeeds('rosters.read') },
    { path: 'rosters/holidays', Component: HolidaysPage, handle: routeNeeds('rosters.read') },
    { path: 'rosters/rules', Component: RulesPage, handle: routeNeeds('settings.manage') },
  ],
  printRoutes: [{ path: '/print/rosters', Component: RosterPrintPage }],
  nav: [
    {
      path: rostersPaths.grid(),
      labelKey: 'rostersUi:nav.roster',
      icon: createElement(ScheduleOutlined),
      testId: 'nav-rosters',
      permission: 'rosters.read',
      preload: RosterPage.preload,
    },
  ],
};

export { rostersPaths } from './paths';
