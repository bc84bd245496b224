import { toIsoDate } from '../../../shared/domain/dates';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { certificatesDue } from './certificates';
import { postsView, savePosts } from './posts';
import { listDayCodes, listShiftTemplates, saveDayCode, saveShiftTemplate } from './shifts-service';
import { createStaff, getStaff, listStaff, updateStaff } from './staff-service';
import type { StaffDeps } from './staff-service';
import { maskStaff, maskStaffList } from './viewer-mask';

export function staffHandlers(ctx: HandlerContext): FeatureHandlers<'staff'> {
  const deps: StaffDeps = { store: ctx.store, actor: ctx.actor };
  const viewer = () => ctx.auth.currentUser()?.role === 'viewer';
  return {
    'staff.list': (filter) => {
      const items = listStaff(deps, filter);
      return Promise.resolve(viewer() ? maskStaffList(items) : items);
    },
    'staff.get': ({ id }) => {
      const staff = getStaff(deps, id);
      return Promise.resolve(viewer() ? maskStaff(staff) : staff);
    },
    'staff.create': (input) => createStaff(deps, input),
    'staff.update': ({ id, staff }) => updateStaff(deps, id, staff),
    'staff.certificatesDue': () =>
      Promise.resolve(certificatesDue(ctx.store().core.staff, toIsoDate(new Date()))),
    'staff.shiftTemplates': () => Promise.resolve(listShiftTemplates(ctx.store().core)),
    'staff.saveShiftTemplate': (input) => saveShiftTemplate(deps, input),
    'staff.dayCodes': () => Promise.resolve(listDayCodes(ctx.store().core)),
    'staff.saveDayCode': (input) => saveDayCode(deps, input),
    'staff.posts': () => Promise.resolve(postsView(ctx.store().core)),
    'staff.savePosts': ({ customPosts }) => savePosts(ctx.store(), ctx.actor, customPosts),
  };
}
