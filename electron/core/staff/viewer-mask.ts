import { maskIdNumber, maskPhone } from '../../../shared/domain/mask';
import type { StaffListItem } from '../../../shared/ipc/staff';
import type { Staff } from '../../../shared/schema/staff';

/** The finer check on top of `staff.read`: viewers (inspectors) see staff phones and ID numbers masked too. */
export function maskStaffList(items: StaffListItem[]): StaffListItem[] {
  return items.map((item) => ({ ...item, phone: item.phone === null ? null : maskPhone(item.phone) }));
}

export function maskStaff(staff: Staff): Staff {
  return {
    ...staff,
    ...(staff.phone === undefined ? {} : { phone: maskPhone(staff.phone) }),
    ...(staff.idNumber === undefined ? {} : { idNumber: maskIdNumber(staff.idNumber) }),
  };
}
