import { crossCheckIdNumber, validateIdNumber } from '../../../../shared/domain/id-number';
import type { ImportFieldKey, ImportMapping, ImportProblem, ImportRow } from '../../../../shared/ipc/people';
import { IMPORT_FIELDS } from '../../../../shared/ipc/people';
import type { Person, PersonInput } from '../../../../shared/schema';
import { PersonInputSchema, emptyHealth } from '../../../../shared/schema';
import { idNumberHolder } from '../person-record';
import type { Table } from './table';
import { parseDateInput } from '../../../../shared/domain/date-input';
import { parseSex } from './values';

export interface CheckContext {
  people: readonly Person[];
  /** The township's villages from settings; empty = not set up, village names cannot be checked. */
  villages: readonly string[];
  today: string;
}

export interface CheckedRow extends ImportRow {
  /** The person to create, for rows without refusing problems. */
  input: PersonInput | null;
}

const IMPORT_FIELD_SET: ReadonlySet<string> = new Set(IMPORT_FIELDS);

function rowValues(
  cells: readonly string[],
  columns: (ImportFieldKey | null)[],
): Partial<Record<ImportFieldKey, string>> {
  const values: Partial<Record<ImportFieldKey, string>> = {};
  columns.forEach((field, i) => {
    const cell = cells[i]?.trim() ?? '';
    if (field && cell !== '') values[field] = cell;
  });
  return values;
}

/**
 * One row → its problems and, when none refuses it, the person input. The
 * ID number decides sex and birth date when those columns are empty, and is
 * cross-checked against them when they are filled.
 */
function checkRow(
  values: Partial<Record<ImportFieldKey, string>>,
  ctx: CheckContext,
  seenIds: Map<string, number>,
  row: number,
): { problems: ImportProblem[]; input: PersonInput | null } {
  const problems: ImportProblem[] = [];
  const refuse = (code: string, field?: ImportFieldKey, params: Record<string, string | number> = {}) =>
    problems.push({ code, params, ...(field ? { field } : {}) });
  const warn = (code: string, field?: ImportFieldKey, params: Record<string, string | number> = {}) =>
    problems.push({ code, params, warning: true, ...(field ? { field } : {}) });

  if (!values.name) refuse('people.import.missingName', 'name');

  let idNumber: string | undefined;
  let derived: { birthDate: string; sex: 'male' | 'female' } | undefined;
  if (values.idNumber) {
    const result = validateIdNumber(values.idNumber, ctx.today);
    if (!result.ok) refuse(result.code, 'idNumber');
    else {
      idNumber = result.normalized;
      derived = result;
      const first = seenIds.get(idNumber);
      if (first !== undefined) refuse('people.import.duplicateInFile', 'idNumber', { row: first });
      else seenIds.set(idNumber, row);
      const holder = idNumberHolder(ctx.people, idNumber);
      if (holder) refuse('people.duplicateIdNumber', 'idNumber', { name: holder.name });
    }
  } else warn('people.import.noIdNumber', 'idNumber');

  let sex = derived?.sex;
  if (values.sex) {
    const typed = parseSex(values.sex);
    if (typed) sex = typed;
    else refuse('people.import.badSex', 'sex', { value: values.sex });
  } else if (!derived) refuse('people.import.missingSex', 'sex');

  let birthDate = derived?.birthDate;
  if (values.birthDate) {
    const typed = parseDateInput(values.birthDate);
    if (typed) birthDate = typed;
    else refuse('people.import.badDate', 'birthDate', { value: values.birthDate });
  } else if (!derived) refuse('people.import.missingBirthDate', 'birthDate');

  if (derived) {
    const typed = {
      birthDate: values.birthDate ? parseDateInput(values.birthDate) : null,
      sex: values.sex ? parseSex(values.sex) : null,
    };
    for (const issue of crossCheckIdNumber(derived, typed)) refuse(issue.code, issue.field);
  }

  if (values.village) {
    if (ctx.villages.length === 0) warn('people.import.villagesNotSet', 'village');
    else if (!ctx.villages.includes(values.village))
      refuse('people.import.unknownVillage', 'village', { village: values.village });
  }

  if (problems.some((p) => !p.warning) || !values.name || !sex || !birthDate)
    return { problems, input: null };

  const candidate = {
    name: values.name,
    sex,
    birthDate,
    ...(idNumber ? { idNumber } : {}),
    ...(values.phone ? { phone: values.phone } : {}),
    ...(values.village ? { village: values.village } : {}),
    ...(values.address ? { address: values.address } : {}),
    ...(values.ethnicity ? { ethnicity: values.ethnicity } : {}),
    emergencyContacts: [],
    health: emptyHealth(),
    categories: [],
  };
  // The same schema as the person form: catches a bad phone, a name with digits, over-long text.
  const parsed = PersonInputSchema.safeParse(candidate);
  if (parsed.success) return { problems, input: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    refuse(issue.message, IMPORT_FIELD_SET.has(field) ? (field as ImportFieldKey) : undefined);
  }
  return { problems, input: null };
}

/** Checks every row of the table with the given mapping, against the people already stored. */
export function checkTable(table: Table, mapping: ImportMapping, ctx: CheckContext): CheckedRow[] {
  const columns = table.headers.map((h) => mapping[h] ?? null);
  // A header that appears twice maps only its first column.
  const seenHeaders = new Set<string>();
  table.headers.forEach((h, i) => {
    if (seenHeaders.has(h)) columns[i] = null;
    seenHeaders.add(h);
  });
  const seenIds = new Map<string, number>();
  return table.rows.map(({ row, cells }) => {
    const values = rowValues(cells, columns);
    const { problems, input } = checkRow(values, ctx, seenIds, row);
    return { row, values, problems, ok: input !== null, input };
  });
}
