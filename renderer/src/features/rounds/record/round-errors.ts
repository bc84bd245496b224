import { ApiError } from '../../../api/api-error';

/** The boxes of the round form a refusal can stand beside; `marks` is the list as a whole, `form` the rest. */
export type RoundField = 'area' | 'date' | 'time' | 'shiftCode' | 'staffId' | 'findings' | 'marks' | 'form';

export interface RoundErrors {
  fields: Partial<Record<RoundField, string>>;
  /** A note's complaint, by the resident it belongs to. */
  notes: Record<string, string>;
}

const FIELD_OF_CODE: Record<string, RoundField> = {
  'rounds.future': 'time',
  'rounds.staffRequired': 'staffId',
  'rounds.staffNotFound': 'staffId',
  'rounds.unknownArea': 'area',
  'rounds.markedTwice': 'marks',
  'rounds.notInArea': 'marks',
};

const TOP_FIELDS: readonly RoundField[] = [
  'area',
  'date',
  'time',
  'shiftCode',
  'staffId',
  'findings',
  'marks',
];

/**
 * Where each of the core's complaints about a round goes: field issues by
 * their path (a note's by the resident of that mark), refusals by their code,
 * anything else above the save button.
 */
export function roundErrorsOf(error: unknown, markPersonIds: readonly string[]): RoundErrors {
  const out: RoundErrors = { fields: {}, notes: {} };
  if (!(error instanceof ApiError)) {
    out.fields.form = error instanceof Error ? error.message : String(error);
    return out;
  }
  for (const issue of error.fields) {
    const [head, index] = issue.path.split('.');
    const personId = head === 'marks' && index !== undefined ? markPersonIds[Number(index)] : undefined;
    if (personId !== undefined) out.notes[personId] = issue.message;
    else if (TOP_FIELDS.includes(head as RoundField)) out.fields[head as RoundField] ??= issue.message;
    else out.fields.form ??= issue.message;
  }
  if (error.fields.length === 0) out.fields[FIELD_OF_CODE[error.code] ?? 'form'] = error.message;
  return out;
}
