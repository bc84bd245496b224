import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonStay } from '../../../../../shared/ipc/beds';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintHeader } from '../../../components/print/print-header';
import type { PrintKind } from '../../../../../shared/ipc/audit';
import { useRecordPrint } from '../../audit';
import { useCenter } from '../../center';
import { usePrintedStay } from './use-printed-stay';

interface Props {
  /** The form's title, shown alone while the stay loads or when it is not found. */
  title: string;
  testId: string;
  /** How the audit names this page when it records who printed whose stay. */
  printKind: PrintKind;
  children: (stay: PersonStay, detail: PersonDetail) => ReactNode;
}

/** The paper page of one stay (the admission record, the belongings list): the stay, or why it is missing. */
export function StayPrintFrame({ title, testId, printKind, children }: Props) {
  const { t } = useTranslation('beds');
  const printed = usePrintedStay();
  useRecordPrint(printKind, printed.stay?.stay.personId ?? '');
  const center = useCenter();
  return (
    <PrintFrame
      ready={printed.ready && center.isSuccess}
      centerName={center.data?.name ?? ''}
      testId={testId}
    >
      {printed.notFound ? (
        <>
          <PrintHeader title={title} />
          <p className="message" data-testid="print-not-found">
            {t('stayPrint.notFound')}
          </p>
        </>
      ) : printed.stay && printed.detail ? (
        children(printed.stay, printed.detail)
      ) : (
        <PrintHeader title={title} />
      )}
    </PrintFrame>
  );
}
