import { describe, expect, it } from 'vitest';
import { validateIdNumber } from '../../shared/domain/id-number';
import type { CoreDoc } from '../../shared/schema';
import { checkStaffConsistency } from '../../electron/core/checks';
import { generateDemo } from '../../electron/core/demo';
import { certificatesDue } from '../../electron/core/staff/certificates';

const TODAY = '2026-03-15';

/** The core document the demo's batches would write, collection by collection. */
function demoCore(): Pick<CoreDoc, 'staff' | 'shiftTemplates' | 'dayCodes' | 'users' | 'settings'> {
  const plan = generateDemo({ seed: 3, years: 1, beds: 20, members: 6, today: TODAY });
  const core = { staff: [], shiftTemplates: [], dayCodes: [], users: [] } as unknown as Record<
    string,
    { id: string }[]
  >;
  let settings: CoreDoc['settings'] | undefined;
  for (const batch of plan.batches) {
    settings = batch.settings ?? settings;
    for (const put of batch.core) {
      const list = (core[put.collection] ??= []);
      const at = list.findIndex((r) => r.id === put.record.id);
      if (at >= 0) list[at] = put.record;
      else list.push(put.record);
    }
  }
  return { ...(core as unknown as CoreDoc), settings: settings ?? ({ customPosts: [] } as never) };
}

describe('demo staff', () => {
  const core = demoCore();

  it('has certificates that expired and that expire within 30 days of the demo today', () => {
    const due = certificatesDue(core.staff, TODAY);
    expect(due.some((d) => d.daysLeft < 0)).toBe(true);
    expect(due.some((d) => d.daysLeft >= 0 && d.daysLeft <= 30)).toBe(true);
    const carersAndNurses = core.staff.filter((s) => s.post === 'carer' || s.post === 'nurse');
    expect(carersAndNurses.every((s) => s.certificates.some((c) => c.kind === 'health'))).toBe(true);
    expect(
      core.staff
        .filter((s) => s.post === 'nurse')
        .every((s) => s.certificates.some((c) => c.kind === 'nurseLicence')),
    ).toBe(true);
  });

  it('has the day codes 休 假 调休 培训 and coloured shift templates, every code once', () => {
    expect(core.dayCodes.map((d) => d.code)).toEqual(['休', '假', '调休', '培训']);
    expect(core.shiftTemplates.every((t) => /^#[0-9a-f]{6}$/i.test(t.colour))).toBe(true);
    expect(checkStaffConsistency(core)).toEqual([]);
  });

  it('gives staff valid, distinct ID numbers and hire dates before today', () => {
    const ids = core.staff.map((s) => s.idNumber);
    expect(ids.every((id) => id !== undefined && validateIdNumber(id, TODAY).ok)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(core.staff.every((s) => s.hireDate !== undefined && s.hireDate < TODAY)).toBe(true);
  });
});
