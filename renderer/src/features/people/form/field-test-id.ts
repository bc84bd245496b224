/** `emergencyContacts.0.phone` → `person-field-emergencyContacts-0-phone`, stable for e2e tests. */
export function fieldTestId(path: string): string {
  return `person-field-${path.replaceAll('.', '-')}`;
}
