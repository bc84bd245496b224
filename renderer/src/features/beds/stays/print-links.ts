import { bedsPaths } from '../paths';

/**
 * The print pages take the stay; the elder rides along in the address so the
 * page can read the stay from the elder's residence (there is no lookup of a
 * stay by its id alone). Without it the page looks among today's residents.
 */
export function admissionPrintPath(stayId: string, personId: string): string {
  return `${bedsPaths.printAdmission(stayId)}?person=${encodeURIComponent(personId)}`;
}

export function belongingsPrintPath(stayId: string, personId: string): string {
  return `${bedsPaths.printBelongings(stayId)}?person=${encodeURIComponent(personId)}`;
}
