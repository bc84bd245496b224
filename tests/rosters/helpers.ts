import type { TestApp } from '../people/helpers';

export { openClockedApp, residents, type ClockedApp } from '../rounds/helpers';

/** The center's codes used by the roster tests: 白 08-20, 夜 20-08 (night), 行政 08-17, 早 07-15, 休 rest, 培 training. */
export async function rosterCodes(app: TestApp): Promise<void> {
  const shift = (code: string, name: string, start: string, end: string, paidHours: number, night: boolean) =>
    app.ok('staff.saveShiftTemplate', {
      code,
      name,
      start,
      end,
      breakMinutes: 60,
      paidHours,
      night,
      colour: '#ffffff',
      active: true,
    });
  await shift('白', '白班', '08:00', '20:00', 11, false);
  await shift('夜', '夜班', '20:00', '08:00', 11, true);
  await shift('行政', '行政班', '08:00', '17:00', 8, false);
  await shift('早', '早班', '07:00', '15:00', 7, false);
  await app.ok('staff.saveDayCode', {
    code: '休',
    name: '休息',
    kind: 'rest',
    colour: '#eeeeee',
    active: true,
  });
  await app.ok('staff.saveDayCode', {
    code: '培',
    name: '培训',
    kind: 'training',
    colour: '#eeeeee',
    active: true,
  });
}

/** A staff member without an account; returns the id. */
export async function addStaff(
  app: TestApp,
  name: string,
  post: string,
  seq: string,
  options: { area?: string; workingTime?: 'standard' | 'comprehensive'; active?: boolean } = {},
): Promise<string> {
  const staff = await app.ok('staff.create', {
    name,
    post,
    phone: `1391234${seq}`,
    hireDate: '2024-03-01',
    area: options.area ?? '',
    workingTime: options.workingTime ?? 'comprehensive',
    certificates: [],
    active: options.active ?? true,
  });
  return staff.id;
}
