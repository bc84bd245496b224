import {
  defaultSettings,
  type BuiltInPost,
  type Bed,
  type Building,
  type CenterProfile,
  type DayCode,
  type Partner,
  type Room,
  type Settings,
  type ShiftTemplate,
  type Staff,
  type SubsidyType,
  type VillagePoint,
} from '../../../shared/schema';
import { stamp, timestamps, type DemoContext, type StaffRoster } from './context';
import { addDays } from './dates';
import { DAYS_LET_BEFORE_WINDOW } from './residential';
import { mobile, staffName, type Sex } from './names';
import { staffPapers } from './staff-papers';
import { CENTER_ADDRESS, CENTER_NAME, DEMO_COUNTY, DEMO_TOWNSHIP, PARTNERS, VILLAGES } from './places';

export const SHIFT_CODES = { day: '白', night: '夜', office: '常', admin: '行政', rest: '休' } as const;

/** The demo's one round area: the whole house. */
export const DEMO_ROUND_AREA = '全院';

/** Center profile and settings, written in the first batch like a first-run setup. */
export function makeCenter(ctx: Omit<DemoContext, 'staff'>, director: Staff, dayCareBeds: number): void {
  const { beds } = ctx.shape.options;
  const center: CenterProfile = {
    id: ctx.ids.uuid(),
    ...timestamps(ctx.start, 9),
    name: CENTER_NAME,
    township: DEMO_TOWNSHIP,
    county: DEMO_COUNTY,
    licenceNumber: `43062600${String(ctx.random.int(1000, 9999))}`,
    contactPerson: director.name,
    phone: `0730-${String(ctx.random.int(5_200_000, 5_299_999))}`,
    address: CENTER_ADDRESS,
    beds: { residential: beds, dayCare: dayCareBeds, nursing: Math.floor(beds / 3) },
  };
  const settings: Settings = {
    ...defaultSettings(new Date(stamp(ctx.start, 9))),
    villages: [...VILLAGES],
    // The demo's carers walk the house at 22:00, 01:00 and 04:00, and at 10:00 and 15:00 by day.
    roundPlan: [
      {
        name: DEMO_ROUND_AREA,
        places: [],
        night: { from: '22:00', to: '04:00', everyHours: 3 },
        dayTimes: ['10:00', '15:00'],
        dayEvery: null,
      },
    ],
  };
  ctx.plan.setCenter(ctx.start, center, settings);
}

/**
 * 1号楼 (residential) and, for larger centers, 2号楼 (nursing); 2-3 beds a room.
 * Day-care places are not beds: the center profile counts them.
 */
export function makeFacility(ctx: Omit<DemoContext, 'staff'>): { beds: Bed[] } {
  const { beds: bedCount } = ctx.shape.options;
  const nursing = Math.floor(bedCount / 3);
  const made: Bed[] = [];
  const day = ctx.start;
  const building = (name: string, notes: string): Building => {
    const b: Building = { id: ctx.ids.uuid(), ...timestamps(day, 9, 5), name, notes };
    ctx.plan.core('buildings', day, b);
    return b;
  };
  const room = (buildingId: string, name: string, floor: number): Room => {
    const r: Room = { id: ctx.ids.uuid(), ...timestamps(day, 9, 10), buildingId, name, floor };
    ctx.plan.core('rooms', day, r);
    return r;
  };
  const addBeds = (r: Room, count: number, type: Bed['type']): void => {
    for (let i = 1; i <= count; i++) {
      const bed: Bed = {
        id: ctx.ids.uuid(),
        ...timestamps(day, 9, 15),
        roomId: r.id,
        label: `${r.name}-${i}`,
        type,
        // Residents admitted before the history window lay in these beds already.
        inServiceFrom: addDays(day, -DAYS_LET_BEFORE_WINDOW),
        closures: [],
        sortOrder: made.length,
      };
      ctx.plan.core('beds', day, bed);
      made.push(bed);
    }
  };
  const fill = (b: Building, count: number, type: Bed['type']): void => {
    let left = count;
    let floor = 1;
    let number = 1;
    while (left > 0) {
      const size = Math.min(left, left === 4 ? 2 : ctx.random.pick([2, 2, 3]));
      addBeds(room(b.id, `${floor}${String(number).padStart(2, '0')}`, floor), size, type);
      left -= size;
      number += 1;
      if (number > 12) {
        floor += 1;
        number = 1;
      }
    }
  };
  const main = building('1号楼', '综合楼：居住、食堂、日间照料室');
  fill(main, bedCount - nursing, 'residential');
  if (nursing > 0) fill(building('2号楼', '护理楼'), nursing, 'nursing');
  return { beds: made };
}

export function makeStaff(ctx: Omit<DemoContext, 'staff'>): StaffRoster {
  const random = ctx.random.fork('staff');
  // Papers draw from their own stream, so names and ids stay as they were before papers existed.
  const papersRandom = ctx.random.fork('staff-papers');
  const seen: Partial<Record<BuiltInPost, number>> = {};
  const person = (post: BuiltInPost, sex: Sex): Staff => {
    const nth = seen[post] ?? 0;
    seen[post] = nth + 1;
    const s: Staff = {
      id: ctx.ids.uuid(),
      ...timestamps(ctx.start, 10),
      name: staffName(random, sex),
      post,
      phone: mobile(random),
      // Care work round the clock is usually approved as 综合计算工时; office posts keep the standard week.
      workingTime: post === 'carer' || post === 'nurse' ? 'comprehensive' : 'standard',
      ...staffPapers(ctx, papersRandom, post, sex, nth),
      active: true,
    };
    ctx.plan.core('staff', ctx.start, s);
    return s;
  };
  const many = (n: number, post: BuiltInPost, femaleShare: number): Staff[] =>
    Array.from({ length: n }, () => person(post, random.chance(femaleShare) ? 'female' : 'male'));
  const director = person('management', random.chance(0.5) ? 'male' : 'female');
  const nurses = many(Math.max(2, Math.ceil(ctx.shape.options.beds / 30)), 'nurse', 0.95);
  const carers = many(ctx.shape.carers, 'carer', 0.8);
  const socialWorkers = many(1, 'socialWorker', 0.6);
  const doctor = person('doctor', 'male');
  const cooks = many(2, 'cook', 0.5);
  const driver = person('driver', 'male');
  return {
    director,
    nurses,
    carers,
    socialWorkers,
    doctor,
    cooks,
    driver,
    all: [director, ...nurses, ...carers, ...socialWorkers, doctor, ...cooks, driver],
  };
}

export function makeShiftTemplates(ctx: Omit<DemoContext, 'staff'>): void {
  const shift = (
    code: string,
    name: string,
    times: [string, string],
    paid: [number, number],
    look: [boolean, string],
  ): void => {
    const [start, end] = times;
    const [breakMinutes, paidHours] = paid;
    const [night, colour] = look;
    const t: ShiftTemplate = {
      id: ctx.ids.uuid(),
      ...timestamps(ctx.start, 10, 30),
      code,
      name,
      start,
      end,
      crossesMidnight: end <= start,
      breakMinutes,
      paidHours,
      night,
      colour,
      active: true,
    };
    ctx.plan.core('shiftTemplates', ctx.start, t);
  };
  shift(SHIFT_CODES.day, '白班', ['08:00', '20:00'], [60, 11], [false, '#fff1b8']);
  shift(SHIFT_CODES.night, '夜班', ['20:00', '08:00'], [60, 11], [true, '#d6e4ff']);
  shift(SHIFT_CODES.office, '常日班', ['08:00', '17:00'], [60, 8], [false, '#d9f7be']);
  shift(SHIFT_CODES.admin, '行政班', ['08:30', '17:30'], [60, 8], [false, '#f4ffb8']);
}

/** Roster marks without times: rest, leave, time off in lieu and training. */
export function makeDayCodes(ctx: Omit<DemoContext, 'staff'>): void {
  const ids = ctx.random.fork('day-codes');
  const day = (code: string, name: string, kind: DayCode['kind'], colour: string): void => {
    const d: DayCode = {
      id: ids.uuid(),
      ...timestamps(ctx.start, 10, 35),
      code,
      name,
      kind,
      colour,
      active: true,
    };
    ctx.plan.core('dayCodes', ctx.start, d);
  };
  day('休', '休息', 'rest', '#f0f0f0');
  day('假', '请假', 'leave', '#ffd8bf');
  day('调休', '调休', 'compensatory', '#efdbff');
  day('培训', '培训', 'training', '#b5f5ec');
}

export interface Network {
  county: Partner;
  townshipHospital: Partner;
  countyHospital: Partner;
  otherCenter: Partner;
  villagePoints: VillagePoint[];
}

export function makeNetwork(ctx: Omit<DemoContext, 'staff'>): Network {
  const random = ctx.random.fork('network');
  const partner = (name: string, kind: Partner['kind']): Partner => {
    const p: Partner = {
      id: ctx.ids.uuid(),
      ...timestamps(ctx.start, 11),
      name,
      kind,
      contactPerson: staffName(random, random.chance(0.5) ? 'male' : 'female'),
      phone: `0730-${String(random.int(5_200_000, 5_299_999))}`,
      active: true,
    };
    ctx.plan.core('partners', ctx.start, p);
    return p;
  };
  const county = partner(PARTNERS.county, 'countyInstitution');
  const townshipHospital = partner(PARTNERS.townshipHospital, 'hospital');
  const countyHospital = partner(PARTNERS.countyHospital, 'hospital');
  partner(PARTNERS.tcmHospital, 'hospital');
  const otherCenter = partner(`${DEMO_COUNTY}白石镇区域养老服务中心`, 'otherCenter');

  const kinds: [VillagePoint['kind'], string][] = [
    ['mutualAid', '互助养老点'],
    ['diningHall', '老年食堂'],
    ['neighbourHelp', '邻里互助点'],
  ];
  const villagePoints: VillagePoint[] = [];
  const pointCount = Math.min(VILLAGES.length, 4 + Math.floor(ctx.shape.options.beds / 40));
  for (let i = 0; i < pointCount; i++) {
    const village = VILLAGES[(i * 3 + 1) % VILLAGES.length] as string;
    const [kind, suffix] = kinds[i % kinds.length] as [VillagePoint['kind'], string];
    const point: VillagePoint = {
      id: ctx.ids.uuid(),
      ...timestamps(ctx.start, 11, 30),
      name: `${village}${suffix}`,
      village,
      kind,
      contactPerson: staffName(random, random.chance(0.6) ? 'female' : 'male'),
      phone: mobile(random),
      active: true,
    };
    ctx.plan.core('villagePoints', ctx.start, point);
    villagePoints.push(point);
  }
  return { county, townshipHospital, countyHospital, otherCenter, villagePoints };
}

export function makeSubsidyTypes(ctx: Omit<DemoContext, 'staff'>): void {
  const types: Omit<SubsidyType, 'id' | 'createdAt' | 'updatedAt'>[] = [
    {
      code: 'oldAgeAllowance',
      name: '高龄津贴',
      amount: 50,
      unit: 'month',
      categories: ['poorOldAge'],
      active: true,
    },
    {
      code: 'careSubsidy',
      name: '护理补贴',
      amount: 100,
      unit: 'month',
      categories: ['poorDisabled'],
      active: true,
    },
    {
      code: 'serviceSubsidy',
      name: '养老服务补贴',
      amount: 80,
      unit: 'month',
      categories: ['poorOldAge', 'poorDisabled', 'minimumLiving'],
      active: true,
    },
  ];
  for (const t of types)
    ctx.plan.core('subsidyTypes', ctx.start, { id: ctx.ids.uuid(), ...timestamps(ctx.start, 11, 45), ...t });
}
