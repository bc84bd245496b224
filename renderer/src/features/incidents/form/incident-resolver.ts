import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ReportIncidentSchema } from '../../../../../shared/ipc/incidents';
import type { IncidentFormValues } from './incident-form-values';
import { factsOf, formChecks, INCIDENT_FIELDS } from './incident-form-values';

type Facts = z.output<typeof ReportIncidentSchema>;

/**
 * The form's field for an issue path of the contract (`hospital.at` is the
 * hospital date and time, `personIds.0` the elders); null when it has none.
 */
export function fieldOfPath(path: string): keyof IncidentFormValues | null {
  if (path === 'hospital.at' || path === 'hospital') return 'hospitalTime';
  if (path === 'hospital.destination') return 'hospitalDestination';
  const head = path.split('.')[0] ?? '';
  return (INCIDENT_FIELDS as readonly string[]).includes(head) ? (head as keyof IncidentFormValues) : null;
}

/**
 * Checks the form with the very schema the main process uses (the report's
 * facts), plus what only the form can say; messages stay `errors:` codes.
 */
export function incidentResolver(
  schema: z.ZodType<Facts, unknown>,
): Resolver<IncidentFormValues, unknown, Facts> {
  return (values) => {
    const errors: Record<string, { type: string; message: string }> = {};
    const parsed = schema.safeParse(factsOf(values));
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path.join('.'));
        if (field !== null) errors[field] ??= { type: issue.code, message: issue.message };
      }
    for (const [field, message] of Object.entries(formChecks(values)))
      errors[field] ??= { type: 'custom', message };
    if (parsed.success && Object.keys(errors).length === 0) return { values: parsed.data, errors: {} };
    return { values: {}, errors: errors as FieldErrors<IncidentFormValues> };
  };
}
