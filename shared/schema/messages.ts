/**
 * Zod issue messages are i18n codes under `errors:validation.*`, never prose,
 * so the renderer form and the main process translate the same code.
 * Every base schema passes `{ error: issueCode }`; specific checks pass their own code.
 */
import type { z } from 'zod';
import { ID_NUMBER_CODES } from '../domain/id-number';

export const V = {
  invalid: 'validation.invalid',
  required: 'validation.required',
  invalidType: 'validation.invalidType',
  invalidOption: 'validation.invalidOption',
  invalidFormat: 'validation.invalidFormat',
  unknownKey: 'validation.unknownKey',
  tooShort: 'validation.tooShort',
  tooLong: 'validation.tooLong',
  tooSmall: 'validation.tooSmall',
  tooLarge: 'validation.tooLarge',
  notInteger: 'validation.notInteger',
  tooFew: 'validation.tooFew',
  tooMany: 'validation.tooMany',
  date: 'validation.date',
  dateTime: 'validation.dateTime',
  time: 'validation.time',
  period: 'validation.period',
  id: 'validation.id',
  phone: 'validation.phone',
  name: 'validation.name',
  endBeforeStart: 'validation.endBeforeStart',
  duplicate: 'validation.duplicate',
  idNumber: ID_NUMBER_CODES,
  center: {
    nursingExceedsResidential: 'validation.center.nursingExceedsResidential',
    tooManyBeds: 'validation.center.tooManyBeds',
  },
  person: {
    incompleteWithoutId: 'validation.person.incompleteWithoutId',
    birthInFuture: 'validation.person.birthInFuture',
    sexRequired: 'validation.person.sexRequired',
    /** Age under 40 or over 120: the form asks the clerk and sends `confirmAge: true`. */
    ageNeedsConfirmation: 'validation.person.ageNeedsConfirmation',
  },
  ability: {
    scoreOutOfRange: 'validation.ability.scoreOutOfRange',
    scoresRequired: 'validation.ability.scoresRequired',
    assessorsDistinct: 'validation.ability.assessorsDistinct',
    legacyLevelRequired: 'validation.ability.legacyLevelRequired',
    legacyLevelRange: 'validation.ability.legacyLevelRange',
    legacyLevelOnlyOld: 'validation.ability.legacyLevelOnlyOld',
  },
  risk: {
    measuresRequired: 'validation.risk.measuresRequired',
  },
  stay: {
    dischargeReasonRequired: 'validation.stay.dischargeReasonRequired',
  },
  leave: {
    returnBeforeStart: 'validation.leave.returnBeforeStart',
  },
  bed: {
    closuresOverlap: 'validation.bed.closuresOverlap',
  },
  shift: {
    midnightMismatch: 'validation.shift.midnightMismatch',
    quarterHours: 'validation.shift.quarterHours',
    breakTooLong: 'validation.shift.breakTooLong',
    paidExceedsSpan: 'validation.shift.paidExceedsSpan',
  },
  attendance: {
    checkOutBeforeCheckIn: 'validation.attendance.checkOutBeforeCheckIn',
  },
  monthlyReturn: {
    submissionRequired: 'validation.monthlyReturn.submissionRequired',
  },
  user: {
    username: 'validation.user.username',
    passwordTooShort: 'validation.user.passwordTooShort',
    passwordTooCommon: 'validation.user.passwordTooCommon',
    passwordsDiffer: 'validation.user.passwordsDiffer',
  },
  subsidy: {
    code: 'validation.subsidy.code',
  },
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type ValidationCode = Leaves<typeof V>;

/** Every code a schema in this folder can emit (the i18n test checks each has a message). */
export const VALIDATION_CODES: readonly ValidationCode[] = (() => {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(V);
  return out as ValidationCode[];
})();

/** Maps a raw zod issue to a code when the check did not name one itself. */
export function issueCode(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return V.required;
      return issue.expected === 'int' ? V.notInteger : V.invalidType;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? V.required : V.tooShort;
      if (issue.origin === 'array' || issue.origin === 'set') return V.tooFew;
      return V.tooSmall;
    case 'too_big':
      if (issue.origin === 'string') return V.tooLong;
      if (issue.origin === 'array' || issue.origin === 'set') return V.tooMany;
      return V.tooLarge;
    case 'invalid_format':
      return V.invalidFormat;
    case 'not_multiple_of':
      return V.notInteger;
    case 'unrecognized_keys':
      return V.unknownKey;
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return V.invalidOption;
    default:
      return V.invalid;
  }
}

/** Schema params that route every default issue through `issueCode`. */
export const E = { error: issueCode } as const;
