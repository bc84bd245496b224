import type { Enrollment, Service } from '../../../../../shared/schema';
import { SERVICES } from '../../../../../shared/schema';
import { toIsoDate } from '../../../../../shared/domain/dates';

/** Services with an enrollment open on `date` (default today), in the usual order. */
export function activeServices(enrollments: readonly Enrollment[], date = toIsoDate(new Date())): Service[] {
  const open = new Set(
    enrollments.filter((e) => e.from <= date && (e.to === null || date <= e.to)).map((e) => e.service),
  );
  return SERVICES.filter((service) => open.has(service));
}
