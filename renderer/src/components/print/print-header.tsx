import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintCenterName } from './print-center';
import { todayIso } from '../today-iso';
import { useDateText } from '../../i18n/use-date-text';

/** The center's name above the form's title, as on the paper forms, and the day it was printed. */
export function PrintHeader({ title, subtitle }: { title: string; subtitle?: string }) {
  const { t } = useTranslation('print');
  const centerName = useContext(PrintCenterName);
  const dateText = useDateText();
  return (
    <header>
      <p className="center-name" data-testid="print-center-name">
        {centerName}
      </p>
      <h1>{title}</h1>
      {subtitle && <p className="subtitle">{subtitle}</p>}
      <p className="printed-on" data-testid="print-date">
        {t('printedOn', { date: dateText(todayIso()) })}
      </p>
    </header>
  );
}
