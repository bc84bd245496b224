import { App } from 'antd';
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_SECTIONS } from '../../../../../shared/schema';
import type { Handover, Signature } from '../../../../../shared/schema';
import { PrintFrame } from '../../../components/print/print-frame';
import { PrintCenterName } from '../../../components/print/print-center';
import { useDateText } from '../../../i18n/use-date-text';
import { useFormat } from '../../../i18n/use-format';
import { useCenter } from '../../center';
import { stageOf, useAreaText, useShiftName } from '../labels';
import { useShiftTemplates } from '../queries';
import { useDatedHandover } from '../view/use-dated-handover';

/**
 * `/print/handovers/:handoverId?date=`: the 交接班记录 on A4, as the paper
 * book has it: date, shift and area, the counts (0, never blank), the
 * sections in order, both signatures with their times, then the addenda.
 * Nothing on it depends on the day it is printed, so a reprint is the same page.
 */
export function HandoverPrintPage() {
  const { t } = useTranslation('handovers');
  const printed = useDatedHandover();
  const center = useCenter();
  const shifts = useShiftTemplates();
  const ready = printed.ready && center.isSuccess && !shifts.isPending;
  const { message } = App.useApp();
  // "Signed", "addendum added": the notices of the page before must not end up on paper.
  useEffect(() => message.destroy(), [message]);
  return (
    <PrintFrame ready={ready} centerName={center.data?.name ?? ''} testId="print-handover">
      {printed.notFound ? (
        <>
          <RecordHeader />
          <p className="message" data-testid="print-not-found">
            {t('print.notFound')}
          </p>
        </>
      ) : printed.handover ? (
        <HandoverSheet handover={printed.handover} />
      ) : (
        <RecordHeader />
      )}
    </PrintFrame>
  );
}

/** Center name and title, without the "printed on" date: a reprint must match the first print. */
function RecordHeader() {
  const { t } = useTranslation('handovers');
  const centerName = useContext(PrintCenterName);
  return (
    <header>
      <p className="center-name" data-testid="print-center-name">
        {centerName}
      </p>
      <h1>{t('print.title')}</h1>
    </header>
  );
}

function HandoverSheet({ handover }: { handover: Handover }) {
  const { t } = useTranslation('handovers');
  const dateText = useDateText();
  const shiftName = useShiftName();
  const areaText = useAreaText();
  const format = useFormat();
  const at = (signature: Signature | null) => (signature ? format.dateTime(signature.at) : '');
  return (
    <>
      <RecordHeader />
      <table data-testid="print-handover-key" style={{ marginTop: '3mm' }}>
        <colgroup>
          <col style={{ width: '18mm' }} />
          <col style={{ width: '44mm' }} />
          <col style={{ width: '18mm' }} />
          <col />
          <col style={{ width: '18mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('print.date')}</th>
            <td data-testid="print-handover-date">{dateText(handover.date)}</td>
            <th>{t('print.shift')}</th>
            <td data-testid="print-handover-shift">{shiftName(handover.shiftCode)}</td>
            <th>{t('print.area')}</th>
            <td>{areaText(handover.area)}</td>
          </tr>
        </tbody>
      </table>
      <table data-testid="print-handover-counts" style={{ marginTop: '2mm' }}>
        <tbody>
          <tr>
            {(['total', 'inHouse', 'onLeave', 'inHospital'] as const).map((key) => (
              <CountCells key={key} label={t(`counts.${key}`)} value={handover.counts[key]} />
            ))}
          </tr>
        </tbody>
      </table>
      <table data-testid="print-handover-sections" style={{ marginTop: '2mm' }}>
        <colgroup>
          <col style={{ width: '38mm' }} />
          <col />
        </colgroup>
        <tbody>
          {HANDOVER_SECTIONS.map((section) => {
            const items = handover.sections[section];
            return (
              <tr key={section} data-testid={`print-section-${section}`}>
                <th>{t(`sections.${section}`)}</th>
                <td style={{ minHeight: '10mm' }}>
                  {items.length === 0
                    ? t('print.none')
                    : items.map((item, index) => (
                        <div key={index}>
                          {`${index + 1}. `}
                          {item.bedLabel ? `${item.bedLabel} ` : ''}
                          {item.text}
                          {item.repeated ? ` ${t('print.repeated')}` : ''}
                        </div>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table data-testid="print-handover-signatures" style={{ marginTop: '4mm' }}>
        <colgroup>
          <col style={{ width: '28mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('print.outgoing')}</th>
            <td data-testid="print-outgoing">{handover.outgoing?.name ?? ''}</td>
            <th>{t('print.signedAt')}</th>
            <td>{at(handover.outgoing)}</td>
          </tr>
          <tr>
            <th>{t('print.incoming')}</th>
            <td data-testid="print-incoming">{handover.incoming?.name ?? ''}</td>
            <th>{t('print.signedAt')}</th>
            <td>{at(handover.incoming)}</td>
          </tr>
        </tbody>
      </table>
      {stageOf(handover) !== 'signed' && (
        <p className="meta-line" data-testid="print-handover-state">
          {t(`state.${stageOf(handover)}`)}
        </p>
      )}
      {handover.addenda.length > 0 && (
        <section data-testid="print-handover-addenda">
          <h2>{t('print.addenda')}</h2>
          <table>
            <tbody>
              {handover.addenda.map((addendum, index) => (
                <tr key={addendum.id}>
                  <td>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{`${index + 1}. ${addendum.text}`}</div>
                    <div style={{ textAlign: 'end' }}>
                      {t('print.addendumSigner', {
                        name: addendum.signature.name,
                        at: at(addendum.signature),
                      })}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function CountCells({ label, value }: { label: string; value: number }) {
  return (
    <>
      <th>{label}</th>
      <td className="num" data-testid="print-count">
        {String(value)}
      </td>
    </>
  );
}
