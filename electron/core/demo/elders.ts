import type { DatedCategory, Person } from '../../../shared/schema';
import type { CategoryCode } from '../../../shared/domain/categories';
import { timestamps, type DemoContext } from './context';
import { ageOn } from '../../../shared/domain/dates';
import { addDays, addYears } from './dates';
import { makeIdNumber } from './id-numbers';
import { childName, elderName, mobile, surname, type Sex } from './names';
import { GROUPS_PER_VILLAGE, VILLAGES, villageAddress } from './places';
import type { Random } from './random';

/** Latent health of a generated elder, used to draw consistent assessments and events. */
export interface Health {
  /** 0 = fully able, 1 = completely dependent; grows with time. */
  physical: number;
  cognitive: number;
  dementia: boolean;
  psychiatric: boolean;
  /** Yearly worsening. */
  drift: number;
}

export interface Elder {
  person: Person;
  health: Health;
}

const DIAGNOSES: readonly (readonly [string, string, number])[] = [
  ['高血压', 'I10', 40],
  ['2型糖尿病', 'E11.9', 15],
  ['脑梗死后遗症', 'I69.3', 12],
  ['冠心病', 'I25.1', 12],
  ['慢性阻塞性肺疾病', 'J44.9', 10],
  ['骨关节炎', 'M19.9', 15],
  ['白内障', 'H26.9', 10],
  ['骨质疏松', 'M81.9', 8],
  ['慢性胃炎', 'K29.5', 6],
  ['前列腺增生', 'N40', 5],
];
const DEMENTIA = [
  ['阿尔茨海默病性痴呆', 'F00.9'],
  ['血管性痴呆', 'F01.9'],
] as const;
const PSYCHIATRIC = [
  ['精神分裂症', 'F20.9'],
  ['抑郁症', 'F32.9'],
] as const;
const DIETS = ['', '', '低盐饮食', '低糖饮食', '软食', '流质饮食'];

/**
 * Birth date so that the elder is at least 60 on `startDay` (when services begin)
 * and at most 99 on `today`; ages cluster around 75-88 as in real centers.
 */
function birthDate(random: Random, startDay: string, today: string): string {
  const targetAge = random.weighted([
    [random.int(60, 69), 2],
    [random.int(70, 79), 4],
    [random.int(80, 89), 5],
    [random.int(90, 96), 1],
  ] as const);
  const latest = addDays(addYears(startDay, -60), -1);
  const earliest = addDays(addYears(today, -100), 1);
  let day = addDays(addYears(startDay, -targetAge), -random.int(0, 364));
  if (day > latest) day = latest;
  if (day < earliest) day = addDays(earliest, random.int(0, 200));
  return day > latest ? latest : day;
}

export interface ElderOptions {
  /** The day the center first serves this person. */
  startDay: string;
  /** Higher for residents of the nursing building, lower for day-care members. */
  frailty: number;
  categories: (birth: string) => DatedCategory[];
  living: Person['livingSituation'];
}

export function makeElder(ctx: Omit<DemoContext, 'staff'>, random: Random, options: ElderOptions): Elder {
  const sex: Sex = random.chance(0.55) ? 'female' : 'male';
  const name = elderName(random, sex);
  const birth = birthDate(random, options.startDay, ctx.today);
  const village = random.pick(VILLAGES);
  const dementia = random.chance(0.09);
  const psychiatric = !dementia && random.chance(0.04);
  const health: Health = {
    physical: Math.min(0.95, Math.max(0, options.frailty + (random.next() - 0.5) * 0.4)),
    cognitive: dementia
      ? 0.45 + random.next() * 0.4
      : psychiatric
        ? 0.3 + random.next() * 0.3
        : random.next() * 0.25,
    dementia,
    psychiatric,
    drift: 0.03 + random.next() * 0.08,
  };
  const diagnoses = DIAGNOSES.filter(([, , weight]) => random.chance(weight / 100)).map(([n, icd10]) => ({
    name: n,
    icd10,
  }));
  if (dementia) {
    const [n, icd10] = random.pick(DEMENTIA);
    diagnoses.push({ name: n, icd10 });
  }
  if (psychiatric) {
    const [n, icd10] = random.pick(PSYCHIATRIC);
    diagnoses.push({ name: n, icd10 });
  }
  const family = name.slice(0, 1);
  const categories = options.categories(birth);
  const supported = !categories.some(
    (c) => c.category === 'extremePoorCentral' || c.category === 'extremePoorDispersed',
  );
  const contactSex: Sex = random.chance(0.6) ? 'male' : 'female';
  const contact = supported
    ? {
        name: childName(random, family, contactSex),
        relation: random.pick(contactSex === 'male' ? ['儿子', '侄子', '孙子'] : ['女儿', '儿媳', '侄女']),
        phone: mobile(random),
      }
    : {
        name: surname(random) + random.pick(['建华', '志勇', '红梅', '国平']),
        relation: '村干部',
        phone: mobile(random),
      };
  const group = random.int(1, GROUPS_PER_VILLAGE);
  const person: Person = {
    id: ctx.ids.uuid(),
    ...timestamps(options.startDay, 9, random.int(0, 59)),
    name,
    sex,
    birthDate: birth,
    idNumber: makeIdNumber(random, birth, sex, ctx.idNumbers),
    ethnicity: '汉族',
    village,
    address: villageAddress(village, group, random.int(1, 60)),
    ...(random.chance(0.4) ? { phone: mobile(random) } : {}),
    maritalStatus: random.weighted([
      ['widowed', 5],
      ['married', 3],
      ['single', supported ? 0.5 : 3],
      ['divorced', 0.5],
    ] as const),
    livingSituation: options.living,
    emergencyContacts: [contact],
    health: {
      diagnoses,
      dementia,
      psychiatric,
      allergies: random.chance(0.08) ? random.pick(['青霉素过敏', '磺胺类药物过敏', '海鲜过敏']) : '',
      diet: random.pick(DIETS),
      medicationNotes: diagnoses.some((d) => d.icd10 === 'I10') ? '每日早晨服降压药，护理员督促' : '',
    },
    categories,
    status: 'active',
    incomplete: false,
  };
  return { person, health };
}

/** The person as recorded on the day they died. */
export function deceased(person: Person, day: string): Person {
  return {
    ...person,
    ...timestamps(day, 10),
    createdAt: person.createdAt,
    status: 'deceased',
    deathDate: day,
  };
}

/** Category flags from `from`; some 低保 households later move to 低保边缘. */
export function categoryFlags(
  random: Random,
  main: CategoryCode,
  from: string,
  today: string,
  birth: string,
  extras: { frail: boolean },
): DatedCategory[] {
  const flags: DatedCategory[] = [];
  if (main === 'minimumLiving' && random.chance(0.15)) {
    const change = addDays(from, random.int(90, 700));
    if (change < today) {
      flags.push({ category: 'minimumLiving', from, to: addDays(change, -1) });
      flags.push({ category: 'nearMinimumLiving', from: change, to: null });
    } else flags.push({ category: main, from, to: null });
  } else {
    flags.push({ category: main, from, to: null });
  }
  const poor = main !== 'ordinary';
  const turns80 = addYears(birth, 80);
  if (poor && turns80 <= today) {
    flags.push({ category: 'poorOldAge', from: turns80 > from ? turns80 : from, to: null });
  }
  if (poor && extras.frail) flags.push({ category: 'poorDisabled', from, to: null });
  if (random.chance(0.03)) flags.push({ category: 'familyPlanningSpecial', from, to: null });
  return flags;
}

export function ageAt(person: Person, day: string): number {
  return ageOn(person.birthDate, day);
}
