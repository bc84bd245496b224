import type { z } from 'zod';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { StaffInputSchema } from '../../../../../shared/ipc/staff';
import { newId } from '../../../../../shared/schema';
import type { CertificateKind, Staff } from '../../../../../shared/schema';

/** One certificate row while typing: text boxes hold strings, the level a select value. */
export interface CertificateValues {
  id: string;
  kind: CertificateKind | undefined;
  name: string;
  level: string | undefined;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

/** The staff form while the user types; `toStaffInput` turns it into what the schema checks. */
export interface StaffFormValues {
  name: string;
  post: string | undefined;
  phone: string;
  idNumber: string;
  hireDate: string;
  area: string;
  workingTime: Staff['workingTime'];
  active: boolean;
  certificates: CertificateValues[];
}

export type StaffFormOutput = z.output<typeof StaffInputSchema>;

export function emptyStaffForm(): StaffFormValues {
  return {
    name: '',
    post: undefined,
    phone: '',
    idNumber: '',
    hireDate: '',
    area: '',
    workingTime: 'standard',
    active: true,
    certificates: [],
  };
}

/** A new certificate row; its id is made here so the row keeps its identity through edits. */
export function newCertificateRow(): CertificateValues {
  return { id: newId(), kind: 'health', name: '', level: undefined, number: '', issuedOn: '', expiresOn: '' };
}

export function staffToForm(s: Staff): StaffFormValues {
  return {
    name: s.name,
    post: s.post,
    phone: s.phone ?? '',
    idNumber: s.idNumber ?? '',
    hireDate: s.hireDate ?? '',
    area: s.area ?? '',
    workingTime: s.workingTime,
    active: s.active,
    certificates: s.certificates.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name ?? '',
      level: c.level === undefined ? undefined : String(c.level),
      number: c.number ?? '',
      issuedOn: c.issuedOn ?? '',
      expiresOn: c.expiresOn ?? '',
    })),
  };
}

const orUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/**
 * Blank optional boxes become "not given". A level is sent only for a skill
 * certificate and a name only for an "other" one, so switching the kind does
 * not leave a stale value behind. Paths stay the same, so errors land on their fields.
 */
export function toStaffInput(values: StaffFormValues): Record<string, unknown> {
  return {
    name: values.name,
    post: values.post,
    phone: orUndefined(values.phone),
    idNumber: orUndefined(values.idNumber),
    hireDate: orUndefined(values.hireDate),
    area: orUndefined(values.area),
    workingTime: values.workingTime,
    active: values.active,
    certificates: values.certificates.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.kind === 'other' ? orUndefined(c.name) : undefined,
      level: c.kind === 'carerSkill' && c.level !== undefined ? Number(c.level) : undefined,
      number: orUndefined(c.number),
      issuedOn: orUndefined(c.issuedOn),
      expiresOn: orUndefined(c.expiresOn),
    })),
  };
}

const schemaResolver = zodResolver(StaffInputSchema);

/** The form is checked by the very schema the main process uses, after blank boxes become "not given". */
export const staffResolver: Resolver<StaffFormValues, unknown, StaffFormOutput> = (
  values,
  context,
  options,
) => schemaResolver(toStaffInput(values) as z.input<typeof StaffInputSchema>, context, options as never);
