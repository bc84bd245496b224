import './print.css';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PrintCenterName } from './print-center';

interface Props {
  /** Set once everything shown is loaded, so printing (and the tests) wait for it. */
  ready: boolean;
  /** The center's name, printed above every form's title. */
  centerName: string;
  testId: string;
  children: ReactNode;
}

/**
 * A printed page outside the app frame: a small toolbar on screen (hidden on
 * paper) and one A4-wide sheet. Electron's print goes through the same route.
 */
export function PrintFrame({ ready, centerName, testId, children }: Props) {
  const { t } = useTranslation('print');
  const navigate = useNavigate();
  return (
    <div className="care-print" data-testid={testId} data-ready={ready ? 'true' : 'false'}>
      <div className="toolbar no-print">
        <button type="button" onClick={() => void navigate(-1)} data-testid="print-back">
          {t('back')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => window.print()}
          disabled={!ready}
          data-testid="print-button"
        >
          {t('print')}
        </button>
      </div>
      <div className="sheet">
        <PrintCenterName value={centerName}>{children}</PrintCenterName>
      </div>
    </div>
  );
}
