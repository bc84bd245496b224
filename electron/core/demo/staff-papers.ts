import type { BuiltInPost, Certificate } from '../../../shared/schema';
import type { DemoContext } from './context';
import { addDays, addYears } from './dates';
import { makeIdNumber } from './id-numbers';
import type { Sex } from './names';
import type { Random } from './random';

export interface StaffPapers {
  idNumber: string;
  hireDate: string;
  area?: string;
  certificates: Certificate[];
}

/**
 * Days from the demo's today to the expiry of the n-th health certificate of
 * a post: the first carer's has run out, the second's and the first nurse's
 * licence run out within the month, so the "certificates due" list is never
 * empty; the rest fall later in the year.
 */
const FIXED_EXPIRY: Partial<Record<BuiltInPost, readonly number[]>> = {
  carer: [-12, 9, 26],
  nurse: [45],
  cook: [-3],
};
const NURSE_LICENCE_EXPIRY = [21];

const AREAS: Partial<Record<BuiltInPost, readonly string[]>> = {
  carer: ['1号楼一层', '1号楼二层', '2号楼护理区'],
  nurse: ['医务室'],
  doctor: ['医务室'],
  cook: ['食堂'],
};

/**
 * ID number, hire date, area and certificates of one demo staff member, drawn
 * from the staff papers' own stream so the rest of the demo stays as it was.
 * Health certificates (健康证) are renewed every year by carers, nurses and
 * cooks; carers hold a skill level (which does not expire), nurses a licence
 * renewed every five years.
 */
export function staffPapers(
  ctx: Pick<DemoContext, 'today' | 'start' | 'idNumbers'>,
  random: Random,
  post: BuiltInPost,
  sex: Sex,
  nth: number,
): StaffPapers {
  const age = random.int(24, 54);
  const birthDate = addDays(addYears(ctx.today, -age), -random.int(0, 364));
  const papers: StaffPapers = {
    idNumber: makeIdNumber(random, birthDate, sex, ctx.idNumbers),
    hireDate: addDays(ctx.start, -random.int(30, 2000)),
    certificates: [],
  };
  const areas = AREAS[post];
  if (areas) papers.area = areas[nth % areas.length];
  const serial = (prefix: string) => `${prefix}${String(random.int(100000, 999999))}`;
  const id = () => random.uuid();
  if (post === 'carer' || post === 'nurse' || post === 'cook') {
    const expiresOn = addDays(ctx.today, FIXED_EXPIRY[post]?.[nth] ?? random.int(40, 330));
    papers.certificates.push({
      id: id(),
      kind: 'health',
      number: serial('JK'),
      issuedOn: addYears(expiresOn, -1),
      expiresOn,
    });
  }
  if (post === 'carer') {
    papers.certificates.push({
      id: id(),
      kind: 'carerSkill',
      level: random.pick([5, 5, 4, 4, 3] as const),
      number: serial('Y00043'),
      issuedOn: addDays(papers.hireDate, random.int(60, 400)),
    });
  }
  if (post === 'nurse') {
    const expiresOn = addDays(ctx.today, NURSE_LICENCE_EXPIRY[nth] ?? random.int(200, 1500));
    papers.certificates.push({
      id: id(),
      kind: 'nurseLicence',
      number: serial('2019430'),
      issuedOn: addYears(expiresOn, -5),
      expiresOn,
    });
  }
  return papers;
}
