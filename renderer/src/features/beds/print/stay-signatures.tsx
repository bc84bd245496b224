import { useTranslation } from 'react-i18next';

type Signer = 'family' | 'manager' | 'handedBy' | 'receivedBy';

/** One column per signer, a line to sign on and a date line, as on the paper forms. */
export function StaySignatures({ signers }: { signers: Signer[] }) {
  const { t } = useTranslation('beds');
  return (
    <div
      className="signatures"
      style={{ gridTemplateColumns: `repeat(${signers.length}, 1fr)` }}
      data-testid="print-signatures"
    >
      {signers.map((signer) => (
        <div className="signer" key={signer}>
          <div className="signature-label">{t(`stayPrint.signatures.${signer}`)}</div>
          <div className="signature">
            <span className="line" />
          </div>
          <div className="signature">
            <span>{t('stayPrint.signatures.date')}</span>
            <span className="line" />
          </div>
        </div>
      ))}
    </div>
  );
}
