import type { z } from 'zod';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PersonFormSchema } from '../../../../../shared/ipc/people';
import type { CategoryCode } from '../../../../../shared/domain/categories';
import type { LIVING_SITUATIONS, MARITAL_STATUSES, Person, Service } from '../../../../../shared/schema';
import type { PersonStatus } from '../../../../../shared/ipc/people';
import { emptyHealth } from '../../../../../shared/schema';

/** What a text box holds: always a string; blank means "not given". */
export interface ContactValues {
  name: string;
  relation: string;
  phone: string;
  address: string;
}
export interface DiagnosisValues {
  name: string;
  icd10: string;
}
export interface CategoryValues {
  category: CategoryCode | undefined;
  from: string;
  to: string;
}

/** The form while the user types. `toPersonInput` turns it into what the schema checks. */
export interface PersonFormValues {
  name: string;
  sex: 'male' | 'female' | undefined;
  birthDate: string;
  idNumber: string;
  ethnicity: string;
  village: string;
  address: string;
  phone: string;
  maritalStatus: (typeof MARITAL_STATUSES)[number] | undefined;
  livingSituation: (typeof LIVING_SITUATIONS)[number] | undefined;
  emergencyContacts: ContactValues[];
  guardian: ContactValues;
  health: {
    diagnoses: DiagnosisValues[];
    dementia: boolean;
    psychiatric: boolean;
    allergies: string;
    diet: string;
    medicationNotes: string;
  };
  categories: CategoryValues[];
  services: Service[];
  /** Not edited here; carried through so a save keeps it. */
  photoFile: string;
  /** Only on an existing record: 在册 / 已故 / 已迁出, sent beside the person (not part of the person input). */
  status: PersonStatus;
  deathDate: string;
  movedAwayDate: string;
}

export type PersonFormOutput = z.output<typeof PersonFormSchema>;

export const EMPTY_CONTACT: ContactValues = { name: '', relation: '', phone: '', address: '' };
export const EMPTY_DIAGNOSIS: DiagnosisValues = { name: '', icd10: '' };

export function emptyPersonForm(): PersonFormValues {
  return {
    name: '',
    sex: undefined,
    birthDate: '',
    idNumber: '',
    ethnicity: '',
    village: '',
    address: '',
    phone: '',
    maritalStatus: undefined,
    livingSituation: undefined,
    emergencyContacts: [{ ...EMPTY_CONTACT }],
    guardian: { ...EMPTY_CONTACT },
    // The form's diagnoses hold strings only; none to start with.
    health: { ...emptyHealth(), diagnoses: [] },
    categories: [],
    services: [],
    photoFile: '',
    status: 'active',
    deathDate: '',
    movedAwayDate: '',
  };
}

function contactToForm(contact: Person['guardian']): ContactValues {
  return contact
    ? { name: contact.name, relation: contact.relation, phone: contact.phone, address: contact.address ?? '' }
    : { ...EMPTY_CONTACT };
}

/** A saved person (and the services open today) as the form shows them. */
export function personToForm(person: Person, services: Service[]): PersonFormValues {
  return {
    name: person.name,
    sex: person.sex,
    birthDate: person.birthDate,
    idNumber: person.idNumber ?? '',
    ethnicity: person.ethnicity ?? '',
    village: person.village ?? '',
    address: person.address ?? '',
    phone: person.phone ?? '',
    maritalStatus: person.maritalStatus,
    livingSituation: person.livingSituation,
    emergencyContacts: person.emergencyContacts.map(contactToForm),
    guardian: contactToForm(person.guardian),
    health: {
      diagnoses: person.health.diagnoses.map((d) => ({ name: d.name, icd10: d.icd10 ?? '' })),
      dementia: person.health.dementia,
      psychiatric: person.health.psychiatric,
      allergies: person.health.allergies,
      diet: person.health.diet,
      medicationNotes: person.health.medicationNotes,
    },
    categories: person.categories.map((c) => ({ category: c.category, from: c.from, to: c.to ?? '' })),
    services,
    photoFile: person.photoFile ?? '',
    status: person.status,
    deathDate: person.deathDate ?? '',
    movedAwayDate: person.movedAwayDate ?? '',
  };
}

const blank = (value: string): boolean => value.trim() === '';
const orUndefined = (value: string): string | undefined => (blank(value) ? undefined : value);

function contactInput(contact: ContactValues) {
  return {
    name: contact.name,
    relation: contact.relation,
    phone: contact.phone,
    address: orUndefined(contact.address),
  };
}
function isEmptyContact(contact: ContactValues): boolean {
  return blank(contact.name) && blank(contact.relation) && blank(contact.phone) && blank(contact.address);
}

/**
 * Blank optional boxes become "not given" (an empty ID number is allowed and
 * marks the record incomplete; an empty one is not a bad one). Contact rows
 * left wholly empty are dropped. Paths stay the same, so errors land on their fields.
 */
export function toPersonInput(values: PersonFormValues): Record<string, unknown> {
  return {
    name: values.name,
    sex: values.sex,
    birthDate: orUndefined(values.birthDate),
    idNumber: orUndefined(values.idNumber),
    ethnicity: orUndefined(values.ethnicity),
    village: orUndefined(values.village),
    address: orUndefined(values.address),
    phone: orUndefined(values.phone),
    maritalStatus: values.maritalStatus,
    livingSituation: values.livingSituation,
    // Keep the positions (errors point at row numbers); a trailing empty row is simply not sent.
    emergencyContacts: dropTrailingEmpty(values.emergencyContacts).map(contactInput),
    guardian: isEmptyContact(values.guardian) ? undefined : contactInput(values.guardian),
    health: {
      ...values.health,
      diagnoses: values.health.diagnoses.map((d) => ({ name: d.name, icd10: orUndefined(d.icd10) })),
    },
    photoFile: orUndefined(values.photoFile),
    categories: values.categories.map((c) => ({
      category: c.category,
      from: orUndefined(c.from),
      to: blank(c.to) ? null : c.to,
    })),
    services: values.services,
  };
}

function dropTrailingEmpty(contacts: ContactValues[]): ContactValues[] {
  let end = contacts.length;
  while (end > 0 && isEmptyContact(contacts[end - 1] ?? EMPTY_CONTACT)) end--;
  return contacts.slice(0, end);
}

const schemaResolver = zodResolver(PersonFormSchema);

/**
 * An unusual age is not the form's to refuse: the main process refuses it with a
 * question the clerk answers in a dialog (see save-confirmation.ts).
 *
 * The form is checked by the very schema the main process uses (`PersonFormSchema`
 * = the person input plus services), after turning blank boxes into "not given".
 */
export const personResolver: Resolver<PersonFormValues, unknown, PersonFormOutput> = (
  values,
  context,
  options,
) =>
  // The cleaned object has the schema's input shape; field paths are unchanged.
  schemaResolver(
    { ...toPersonInput(values), confirmAge: true } as z.input<typeof PersonFormSchema>,
    context,
    options as never,
  );
