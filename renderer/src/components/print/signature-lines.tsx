import { useTranslation } from 'react-i18next';

interface Line {
  labelKey: `signatures.${'assessor1' | 'assessor2' | 'informant' | 'filledBy' | 'reviewedBy' | 'elder'}`;
  /** Printed on the line (e.g. the assessor's name) for the person to sign beside. */
  value?: string;
}

/** One column per signer: the line to sign on, and under it the date line. */
export function SignatureLines({ lines }: { lines: Line[] }) {
  const { t } = useTranslation('print');
  return (
    <div
      className="signatures"
      style={{ gridTemplateColumns: `repeat(${lines.length}, 1fr)` }}
      data-testid="print-signatures"
    >
      {lines.map((line) => (
        <div className="signer" key={line.labelKey}>
          <div className="signature-label">{t(line.labelKey)}</div>
          <div className="signature">
            <span className="line">{line.value ?? ''}</span>
          </div>
          <div className="signature">
            <span>{t('signatures.date')}</span>
            <span className="line" />
          </div>
        </div>
      ))}
    </div>
  );
}
