import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { RecordPrintSchema } from '../../../../shared/ipc/audit';
import { care } from '../../api/bridge';

type PrintKind = z.infer<typeof RecordPrintSchema>['kind'];

/**
 * Opening a print page of an elder's personal data is recorded in the audit
 * (who printed whose record, when). Once per opening, also when React runs the
 * effect twice; a failure to record does not stop the page.
 */
export function useRecordPrint(kind: PrintKind, personId: string): void {
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    const key = `${kind}:${personId}`;
    if (!personId || recorded.current === key) return;
    recorded.current = key;
    void care.audit.recordPrint({ kind, personId });
  }, [kind, personId]);
}
