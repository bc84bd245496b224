import { useTranslation } from 'react-i18next';
import type { PersonStay } from '../../../../../shared/ipc/beds';
import type { Person } from '../../../../../shared/schema';
import { PrintHeader } from '../../../components/print/print-header';
import { useDateText } from '../../../i18n/use-date-text';
import { bedPlaceText } from '../stays/bed-place';
import { StaySignatures } from './stay-signatures';
import { StayPrintFrame } from './stay-print-frame';

/** Blank rows under the items, so anything found later is added by hand as on the paper list. */
const SPARE_ROWS = 3;

/** `/print/beds/belongings/:stayId`: 个人物品交接清单, signed by the staff who hand over and the family who receive. */
export function BelongingsPrintPage() {
  const { t } = useTranslation('beds');
  return (
    <StayPrintFrame
      title={t('stayPrint.belongingsTitle')}
      testId="print-belongings"
      printKind="belongingsList"
    >
      {(stay, detail) => <BelongingsList stay={stay} person={detail.person} />}
    </StayPrintFrame>
  );
}

function BelongingsList({ stay: personStay, person }: { stay: PersonStay; person: Person }) {
  const { t } = useTranslation(['beds', 'domain']);
  const dateText = useDateText();
  const { stay } = personStay;
  const last = personStay.beds.at(-1);
  const items = stay.belongings ?? [];
  return (
    <>
      <PrintHeader title={t('stayPrint.belongingsTitle')} />
      <table data-testid="print-belongings-stay">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('stayPrint.fields.name')}</th>
            <td data-testid="print-person-name">{person.name}</td>
            <th>{t('stayPrint.fields.bed')}</th>
            <td>{bedPlaceText(t, last?.place)}</td>
          </tr>
          <tr>
            <th>{t('stayPrint.fields.dischargedOn')}</th>
            <td>{stay.dischargedOn ? dateText(stay.dischargedOn) : ''}</td>
            <th>{t('stayPrint.fields.dischargeReason')}</th>
            <td>{stay.dischargeReason ? t(`stays.code.dischargeReason.${stay.dischargeReason}`) : ''}</td>
          </tr>
          <tr>
            <th>{t('stayPrint.fields.destination')}</th>
            <td colSpan={3}>{stay.dischargeDestination ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <section>
        <table data-testid="print-belongings-items">
          <colgroup>
            <col style={{ width: '14mm' }} />
            <col />
            <col style={{ width: '20mm' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>{t('stayPrint.fields.index')}</th>
              <th>{t('stayPrint.fields.item')}</th>
              <th>{t('stayPrint.fields.quantity')}</th>
              <th>{t('stayPrint.fields.itemNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={index} data-testid="print-belonging">
                <td className="num">{index + 1}</td>
                <td>{item.item}</td>
                <td className="num">{item.quantity}</td>
                <td>{item.notes ?? ''}</td>
              </tr>
            ))}
            {Array.from({ length: SPARE_ROWS }, (_, index) => (
              <tr key={`spare-${index}`} style={{ height: '8mm' }}>
                <td className="num">{items.length + index + 1}</td>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <StaySignatures signers={['handedBy', 'receivedBy']} />
    </>
  );
}
