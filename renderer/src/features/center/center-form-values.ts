import type { z } from 'zod';
import type { FieldPath } from 'react-hook-form';
import type { CenterSetupInputSchema, CenterProfile } from '../../../../shared/schema';

/** What the form holds while the user types (zod input side). */
export type CenterFormValues = z.input<typeof CenterSetupInputSchema>;
export type CenterField = FieldPath<CenterFormValues>;

export const EMPTY_CENTER: CenterFormValues = {
  name: '',
  township: '',
  county: '',
  licenceNumber: '',
  contactPerson: '',
  phone: '',
  address: '',
  beds: { residential: 0, dayCare: 0, nursing: 0 },
};

/** The editable part of a saved profile (drops id and timestamps, which the form never sends). */
export function centerToForm(center: CenterProfile | null | undefined): CenterFormValues {
  if (!center) return EMPTY_CENTER;
  return {
    name: center.name,
    township: center.township,
    county: center.county,
    licenceNumber: center.licenceNumber,
    contactPerson: center.contactPerson,
    phone: center.phone,
    address: center.address ?? '',
    beds: { ...center.beds },
  };
}

/** Every field path the form shows, so server-side field errors can be matched to one. */
export const CENTER_FIELDS: readonly CenterField[] = [
  'name',
  'township',
  'county',
  'licenceNumber',
  'contactPerson',
  'phone',
  'address',
  'beds.residential',
  'beds.dayCare',
  'beds.nursing',
];

export function isCenterField(path: string): path is CenterField {
  return (CENTER_FIELDS as readonly string[]).includes(path);
}

/** `beds.dayCare` → `center-field-beds-dayCare`, stable for e2e tests. */
export function fieldTestId(field: CenterField): string {
  return `center-field-${field.replace('.', '-')}`;
}
