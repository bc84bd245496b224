/** Ability (GB/T 42195) and safety-risk (GB 38600) assessments, the due list, history and the printed form. */
import { createElement } from 'react';
import { ClockCircleOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { assessmentPaths } from './paths';
import { DueCountBadge } from './due/due-count-badge';

const AbilityAssessmentPage = lazyComponent(
  () => import('./ability/ability-assessment-page'),
  'AbilityAssessmentPage',
);
const RiskAssessmentPage = lazyComponent(() => import('./risk/risk-assessment-page'), 'RiskAssessmentPage');
const ReassessmentDuePage = lazyComponent(() => import('./due/reassessment-due-page'), 'ReassessmentDuePage');
const AbilityFormPrintPage = lazyComponent(
  () => import('./print/ability-form-print-page'),
  'AbilityFormPrintPage',
);

export const assessmentsFeature: Feature = {
  routes: [
    {
      path: 'people/:id/assess/ability',
      Component: AbilityAssessmentPage,
      handle: routeNeeds('assessments.write'),
    },
    {
      path: 'people/:id/assess/risk',
      Component: RiskAssessmentPage,
      handle: routeNeeds('assessments.write'),
    },
    { path: 'assessments/due', Component: ReassessmentDuePage },
  ],
  printRoutes: [{ path: '/print/people/:id/assessments/:assessmentId', Component: AbilityFormPrintPage }],
  nav: [
    {
      path: assessmentPaths.reassessmentDue,
      labelKey: 'people:nav.due',
      icon: createElement(ClockCircleOutlined),
      testId: 'nav-due',
      Badge: DueCountBadge,
      preload: ReassessmentDuePage.preload,
    },
  ],
};

export { assessmentPaths } from './paths';
export { AbilityLevelTag } from './ability-level-tag';
/** The person page's history of assessments, with the level chart. */
export const AssessmentHistory = lazyComponent(
  () => import('./history/assessment-history'),
  'AssessmentHistory',
);
