/** Staff: the list with certificates due, the staff form, shift templates, day codes and posts. */
import { createElement } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import { lazyComponent, routeNeeds } from '../../app';
import type { Feature } from '../../app';
import { staffPaths } from './paths';

const StaffListPage = lazyComponent(() => import('./list/staff-list-page'), 'StaffListPage');
const StaffEditPage = lazyComponent(() => import('./form/staff-edit-page'), 'StaffEditPage');
const ShiftsPage = lazyComponent(() => import('./shifts/shifts-page'), 'ShiftsPage');

export const staffFeature: Feature = {
  routes: [
    { path: 'staff', Component: StaffListPage, handle: routeNeeds('staff.read') },
    { path: 'staff/new', Component: StaffEditPage, handle: routeNeeds('staff.manage') },
    { path: 'staff/shifts', Component: ShiftsPage, handle: routeNeeds('staff.read') },
    { path: 'staff/:id/edit', Component: StaffEditPage, handle: routeNeeds('staff.manage') },
  ],
  nav: [
    {
      path: staffPaths.staff,
      labelKey: 'staff:nav.staff',
      icon: createElement(IdcardOutlined),
      testId: 'nav-staff',
      permission: 'staff.read',
      preload: StaffListPage.preload,
    },
  ],
};

export { staffPaths } from './paths';
