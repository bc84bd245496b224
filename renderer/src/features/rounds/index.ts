/**
 * Rounds (查房/巡视) and fire patrols (防火巡查): the rounds of a day, a round
 * recorded by keyboard, the patrols night by night, the round plan and the
 * patrol checklist, and the printed round sheet.
 */
import { createElement } from 'react';
import { EyeOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { roundsPaths } from './paths';

const RoundsDayPage = lazyComponent(() => import('./day/rounds-day-page'), 'RoundsDayPage');
const RecordRoundPage = lazyComponent(() => import('./record/record-round-page'), 'RecordRoundPage');
const PatrolNightsPage = lazyComponent(() => import('./patrols/patrol-nights-page'), 'PatrolNightsPage');
const RecordPatrolPage = lazyComponent(() => import('./patrols/record-patrol-page'), 'RecordPatrolPage');
const RoundPlanPage = lazyComponent(() => import('./plan/round-plan-page'), 'RoundPlanPage');
const RoundSheetPrintPage = lazyComponent(
  () => import('./print/round-sheet-print-page'),
  'RoundSheetPrintPage',
);

export const roundsFeature: Feature = {
  routes: [
    { path: 'rounds', Component: RoundsDayPage, handle: routeNeeds('elders.read') },
    { path: 'rounds/new', Component: RecordRoundPage, handle: routeNeeds('care.record') },
    { path: 'rounds/patrols', Component: PatrolNightsPage, handle: routeNeeds('elders.read') },
    { path: 'rounds/patrols/new', Component: RecordPatrolPage, handle: routeNeeds('care.record') },
    { path: 'rounds/plan', Component: RoundPlanPage, handle: routeNeeds('settings.manage') },
  ],
  printRoutes: [{ path: '/print/rounds/sheet', Component: RoundSheetPrintPage }],
  nav: [
    {
      path: roundsPaths.day(),
      labelKey: 'rounds:nav.rounds',
      icon: createElement(EyeOutlined),
      testId: 'nav-rounds',
      permission: 'elders.read',
      preload: RoundsDayPage.preload,
    },
  ],
};

export { roundsPaths } from './paths';
export { RoundPlanCard } from './plan/round-plan-card';
