/**
 * What a viewer (an inspector) sees of ID numbers and phones: enough to match
 * a record with a paper file, not enough to use the number. The region code
 * and the check digits stay, the birth date and sequence go.
 */
function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length);
  return `${value.slice(0, head)}${'*'.repeat(value.length - head - tail)}${value.slice(-tail)}`;
}

/** `430621194501012175` → `4306**********2175`. */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(idNumber, 4, 4);
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 3, 4);
}
