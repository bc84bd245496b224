import { useTranslation } from 'react-i18next';

interface Line {
  labelKey: string;
  /** Printed on the line (e.g. the assessor's name) for the person to sign beside. */
  value?: string;
}

/** Lines to sign on, two to a row, each with its own date line. */
export function SignatureLines({ lines }: { lines: Line[] }) {
  const { t } = useTranslation('print');
  return (
    <div className="signatures" data-testid="print-signatures">
      {lines.flatMap((line) => [
        <div className="signature" key={line.labelKey}>
          <span>{t(line.labelKey)}</span>
          <span className="line">{line.value ?? ''}</span>
        </div>,
        <div className="signature" key={`${line.labelKey}-date`}>
          <span>{t('signatures.date')}</span>
          <span className="line" />
        </div>,
      ])}
    </div>
  );
}
