/**
 * Incidents: the list (open first), the report form in the order of the paper
 * 意外事件报告, one incident with the family notification, the review and
 * closing, and the printed report.
 */
import { createElement } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { incidentsPaths } from './paths';

const IncidentsListPage = lazyComponent(() => import('./list/incidents-list-page'), 'IncidentsListPage');
const ReportIncidentPage = lazyComponent(() => import('./form/report-page'), 'ReportIncidentPage');
const EditIncidentPage = lazyComponent(() => import('./form/edit-page'), 'EditIncidentPage');
const IncidentPage = lazyComponent(() => import('./detail/incident-page'), 'IncidentPage');
const IncidentPrintPage = lazyComponent(() => import('./print/incident-print-page'), 'IncidentPrintPage');

export const incidentsFeature: Feature = {
  routes: [
    { path: 'incidents', Component: IncidentsListPage, handle: routeNeeds('elders.read') },
    { path: 'incidents/new', Component: ReportIncidentPage, handle: routeNeeds('care.record') },
    { path: 'incidents/:incidentId', Component: IncidentPage, handle: routeNeeds('elders.read') },
    { path: 'incidents/:incidentId/edit', Component: EditIncidentPage, handle: routeNeeds('care.record') },
  ],
  printRoutes: [{ path: '/print/incidents/:incidentId', Component: IncidentPrintPage }],
  nav: [
    {
      path: incidentsPaths.list(),
      labelKey: 'incidents:nav.list',
      icon: createElement(AlertOutlined),
      testId: 'nav-incidents',
      permission: 'elders.read',
      preload: IncidentsListPage.preload,
    },
  ],
};

export { incidentsPaths } from './paths';
