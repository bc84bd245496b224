import { CareError } from '../../../shared/errors';
import { toIsoDate } from '../../../shared/domain/dates';
import { STAFF_CODES, StaffInputSchema } from '../../../shared/ipc/staff';
import type { StaffFilter, StaffInput, StaffListItem } from '../../../shared/ipc/staff';
import { StaffSchema, newId } from '../../../shared/schema';
import type { CoreDoc, Staff } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { nameSortKey, nameSpellings } from '../people';
import { parseOrThrow } from '../store/schemas';
import { certificatesState } from './certificates';
import { isKnownPost } from './posts';

export interface StaffDeps {
  store: () => CareStore;
  actor: string;
  now?: () => Date;
}

function todayOf(deps: StaffDeps): string {
  return toIsoDate(deps.now?.() ?? new Date());
}

function matches(member: Staff, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('en').replace(/\s+/g, '');
  if (q === '') return true;
  if (member.name.includes(q) || (member.phone ?? '').includes(q)) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  const spellings = nameSpellings(member.name);
  return spellings.full.some((s) => s.includes(q)) || spellings.initials.some((s) => s.startsWith(q));
}

/** Staff for the list: filtered by state, post and a name (characters, pinyin or initials) or phone; pinyin order. */
export function listStaff(deps: StaffDeps, filter: StaffFilter): StaffListItem[] {
  const today = todayOf(deps);
  return deps
    .store()
    .core.staff.filter(
      (s) =>
        (filter.active === undefined || s.active === filter.active) &&
        (filter.post === undefined || s.post === filter.post) &&
        (filter.query === undefined || matches(s, filter.query)),
    )
    .map((s) => ({ member: s, key: nameSortKey(s.name) }))
    .sort((a, b) => Number(b.member.active) - Number(a.member.active) || a.key.localeCompare(b.key))
    .map(({ member: s }) => ({
      id: s.id,
      name: s.name,
      post: s.post,
      phone: s.phone ?? null,
      area: s.area ?? null,
      workingTime: s.workingTime,
      active: s.active,
      certificates: certificatesState(s.certificates, today),
      userId: s.userId ?? null,
    }));
}

export function getStaff(deps: StaffDeps, id: string): Staff {
  const member = deps.store().core.staff.find((s) => s.id === id);
  if (!member) throw new CareError(STAFF_CODES.notFound, { id });
  return member;
}

/** The rules that need the other records: a known post, an ID number nobody else on the staff has. */
function checkAgainstCore(
  core: Readonly<CoreDoc>,
  input: StaffInput & { idNumber?: string | undefined },
  exceptId?: string,
): void {
  if (!isKnownPost(input.post, core.settings.customPosts)) {
    throw new CareError(STAFF_CODES.unknownPost, { post: input.post }, [
      { path: 'post', code: STAFF_CODES.unknownPost, params: { post: input.post } },
    ]);
  }
  if (input.idNumber) {
    const other = core.staff.find((s) => s.idNumber === input.idNumber && s.id !== exceptId);
    if (other) {
      throw new CareError(STAFF_CODES.duplicateIdNumber, { name: other.name }, [
        { path: 'idNumber', code: STAFF_CODES.duplicateIdNumber, params: { name: other.name } },
      ]);
    }
  }
}

/** The stored record: optional fields left empty are dropped, the account link is kept as it was. */
function staffRecord(input: ReturnType<typeof StaffInputSchema.parse>, at: string, existing?: Staff): Staff {
  const record: Staff = {
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    name: input.name,
    post: input.post,
    workingTime: input.workingTime,
    certificates: input.certificates,
    active: input.active,
  };
  if (input.phone) record.phone = input.phone;
  if (input.idNumber) record.idNumber = input.idNumber;
  if (input.hireDate) record.hireDate = input.hireDate;
  if (input.area) record.area = input.area;
  // Only the accounts feature links or unlinks a user; a staff form never touches it.
  if (existing?.userId !== undefined) record.userId = existing.userId;
  return parseOrThrow(StaffSchema, record) as Staff;
}

/** Parses with the form's schema again: the command line and tests call services without dispatch. */
function parseInput(input: StaffInput) {
  return parseOrThrow(StaffInputSchema, input) as ReturnType<typeof StaffInputSchema.parse>;
}

export async function createStaff(deps: StaffDeps, input: StaffInput): Promise<Staff> {
  const fields = parseInput(input);
  const at = (deps.now?.() ?? new Date()).toISOString();
  return deps.store().mutate({ actor: deps.actor, action: 'staff.create', summary: fields.name }, (tx) => {
    checkAgainstCore(tx.core, fields);
    const member = staffRecord(fields, at);
    tx.put('core', 'staff', member);
    return member;
  });
}

/** Edits a staff member. Staff are never deleted: someone who leaves is set inactive, so rosters keep their names. */
export async function updateStaff(deps: StaffDeps, id: string, input: StaffInput): Promise<Staff> {
  const fields = parseInput(input);
  const at = (deps.now?.() ?? new Date()).toISOString();
  return deps.store().mutate({ actor: deps.actor, action: 'staff.update', summary: fields.name }, (tx) => {
    const existing = tx.core.staff.find((s) => s.id === id);
    if (!existing) throw new CareError(STAFF_CODES.notFound, { id });
    checkAgainstCore(tx.core, fields, id);
    const member = staffRecord(fields, at, existing);
    tx.put('core', 'staff', member);
    return member;
  });
}
