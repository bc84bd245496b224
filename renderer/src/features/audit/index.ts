/** The audit trail in view (administrators and managers), and recording that a print page was opened. */
import { createElement } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { auditPaths } from './paths';

const AuditPage = lazyComponent(() => import('./audit-page'), 'AuditPage');

export const auditFeature: Feature = {
  routes: [{ path: 'audit', Component: AuditPage, handle: routeNeeds('audit.read') }],
  nav: [
    {
      path: auditPaths.audit,
      labelKey: 'audit:nav',
      icon: createElement(AuditOutlined),
      testId: 'nav-audit',
      permission: 'audit.read',
      preload: AuditPage.preload,
    },
  ],
};

export { auditPaths } from './paths';
export { useRecordPrint } from './use-record-print';
