import { Alert, Button, Flex } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageSpin } from '../../../components/page-spin';
import { PageTitle } from '../../../components/page-title';
import { useDateText } from '../../../i18n/use-date-text';
import { useAreaText, useShiftName } from '../labels';
import { handoversPaths } from '../paths';
import { HandoverRecord } from './handover-record';
import { useDatedHandover } from './use-dated-handover';

/** `/handovers/:handoverId?date=`: a saved handover read-only, with its signatures, addenda and the print button. */
export function HandoverPage() {
  const { t } = useTranslation('handovers');
  const navigate = useNavigate();
  const dateText = useDateText();
  const shiftName = useShiftName();
  const areaText = useAreaText();
  const { handover, notFound } = useDatedHandover();
  const title = handover
    ? handover.area === ''
      ? t('shift.title', { date: dateText(handover.date), shift: shiftName(handover.shiftCode) })
      : t('shift.areaTitle', {
          date: dateText(handover.date),
          shift: shiftName(handover.shiftCode),
          area: areaText(handover.area),
        })
    : t('print.title');
  return (
    <div data-testid="handover-page">
      <PageTitle>{title}</PageTitle>
      {notFound ? (
        <Alert type="warning" showIcon title={t('view.notFound')} data-testid="handover-not-found" />
      ) : handover ? (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              onClick={() => void navigate(handoversPaths.print(handover.id, handover.date))}
              data-testid="handover-print"
            >
              {t('shift.print')}
            </Button>
            <Button
              icon={<EditOutlined />}
              onClick={() =>
                void navigate(
                  handoversPaths.shift({
                    date: handover.date,
                    shiftCode: handover.shiftCode,
                    area: handover.area,
                  }),
                )
              }
              data-testid="handover-open-shift"
            >
              {t('view.edit')}
            </Button>
          </Flex>
          <HandoverRecord handover={handover} />
        </>
      ) : (
        <PageSpin />
      )}
      <Link to={handoversPaths.list()} style={{ display: 'inline-block', marginTop: 24 }}>
        {t('view.back')}
      </Link>
    </div>
  );
}
