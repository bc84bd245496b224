import { useEffect } from 'react';
import type { z } from 'zod';
import type { RecordPrintSchema } from '../../../../shared/ipc/audit';
import { care } from '../../api/bridge';

type PrintKind = z.infer<typeof RecordPrintSchema>['kind'];

/**
 * Opening a print page of an elder's personal data is recorded in the audit
 * (who printed whose record, when). Once per opening; a failure to record does
 * not stop the page, it only misses a line the core already logs.
 */
export function useRecordPrint(kind: PrintKind, personId: string | undefined): void {
  useEffect(() => {
    if (!personId) return;
    void care.audit.recordPrint({ kind, personId });
  }, [kind, personId]);
}
