import { crossCheckIdNumber, validateIdNumber } from '../../../../shared/domain/id-number';
import type { ImportFieldKey, ImportMapping, ImportProblem, ImportRow } from '../../../../shared/ipc/people';
import { IMPORT_FIELDS } from '../../../../shared/ipc/people';
import type { Person, PersonInput } from '../../../../shared/schema';
import { PersonInputSchema, emptyHealth } from '../../../../shared/schema';
import { ageNeedsConfirmation } from '../../../../shared/domain/age';
import { ageOn } from '../../../../shared/domain/dates';
import { describeDuplicate, likelyDuplicates } from '../duplicates';
import { idNumberHolder } from '../person-record';
import type { Table } from './table';
import { parseDateInput } from '../../../../shared/domain/date-input';
import { parseSex } from './values';

export interface CheckContext {
  people: readonly Person[];
  /** Rows the clerk confirmed: their likely-duplicate and unusual-age problems no longer refuse them. */
  confirmedRows?: ReadonlySet<number> | undefined;
  /** The township's villages from settings; empty = not set up, village names cannot be checked. */
  villages: readonly string[];
  today: string;
}

export interface CheckedRow extends ImportRow {
  /** The person to create, for rows without refusing problems. */
  input: PersonInput | null;
}

/** What earlier rows of the file held: ID numbers (to their row) and identities (id = row number). */
interface SeenRows {
  ids: Map<string, number>;
  rows: {
    id: string;
    name: string;
    birthDate: string;
    idNumber?: string | undefined;
    village?: string | undefined;
  }[];
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
  seen: SeenRows,
  row: number,
): { problems: ImportProblem[]; input: PersonInput | null } {
  const seenIds = seen.ids;
  const problems: ImportProblem[] = [];
  const refuse = (code: string, field?: ImportFieldKey, params: Record<string, string | number> = {}) =>
    problems.push({ code, params, ...(field ? { field } : {}) });
  const warn = (code: string, field?: ImportFieldKey, params: Record<string, string | number> = {}) =>
    problems.push({ code, params, warning: true, ...(field ? { field } : {}) });
  // Refuses until the clerk confirms the row; then it stays visible as a warning.
  const confirmed = ctx.confirmedRows?.has(row) ?? false;
  const ask = (code: string, field?: ImportFieldKey, params: Record<string, string | number> = {}) =>
    problems.push({
      code,
      params,
      confirmable: true,
      ...(confirmed ? { warning: true } : {}),
      ...(field ? { field } : {}),
    });

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

  if (birthDate && values.birthDate && birthDate <= ctx.today && ageNeedsConfirmation(birthDate, ctx.today))
    ask('people.import.unusualAge', 'birthDate', { age: ageOn(birthDate, ctx.today) });

  if (values.name && birthDate) {
    // Without an ID number the same elder is easily listed twice (or the file imported twice).
    const probe = { name: values.name, birthDate, idNumber, village: values.village };
    const stored = likelyDuplicates(ctx.people, probe);
    if (stored.length > 0)
      ask('people.import.likelyDuplicate', 'name', {
        others: stored.slice(0, 3).map(describeDuplicate).join('；'),
      });
    const earlier = likelyDuplicates(seen.rows, probe)[0];
    if (earlier) ask('people.import.likelyDuplicateInFile', 'name', { row: Number(earlier.id) });
    seen.rows.push({ id: String(row), name: values.name, birthDate, idNumber, village: values.village });
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
  const seen: SeenRows = { ids: new Map(), rows: [] };
  return table.rows.map(({ row, cells }) => {
    const values = rowValues(cells, columns);
    const { problems, input } = checkRow(values, ctx, seen, row);
    return { row, values, problems, ok: input !== null, input };
  });
}
