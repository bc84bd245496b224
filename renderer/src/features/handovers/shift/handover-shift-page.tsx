import { Alert, Button, Flex, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { HandoverDraft } from '../../../../../shared/ipc/handovers';
import { errorText } from '../../../api/error-text';
import { PageSpin } from '../../../components/page-spin';
import { PageTitle } from '../../../components/page-title';
import { useDateText } from '../../../i18n/use-date-text';
import { useMay, useSignedInUser } from '../../auth';
import { useAreaText, useShiftName } from '../labels';
import { handoversPaths } from '../paths';
import { useCompiledHandover } from '../queries';
import { HandoverRecord } from '../view/handover-record';
import { AddendumForm } from './addendum-form';
import { DraftForm } from './draft-form';
import { SignForm } from './sign-form';

/** `/handovers/shift?date=&shift=&area=`: one shift's handover compiled, edited, saved and signed. */
export function HandoverShiftPage() {
  const { t } = useTranslation('handovers');
  const [params] = useSearchParams();
  const date = params.get('date') ?? '';
  const shiftCode = params.get('shift') ?? '';
  const area = params.get('area') ?? '';
  const valid = isIsoDate(date) && shiftCode !== '';
  const compiled = useCompiledHandover(valid ? { date, shiftCode, area } : null);
  const title = useShiftTitle(date, shiftCode, area);
  return (
    <div data-testid="handover-shift-page">
      <PageTitle>{valid ? title : t('list.title')}</PageTitle>
      {!valid ? (
        <Alert type="warning" showIcon title={t('shift.missing')} data-testid="handover-shift-missing" />
      ) : compiled.isError ? (
        <Alert type="error" showIcon title={errorText(compiled.error)} data-testid="handover-shift-problem" />
      ) : compiled.data ? (
        <ShiftHandover draft={compiled.data} />
      ) : (
        <PageSpin />
      )}
      <Link to={handoversPaths.list()} style={{ display: 'inline-block', marginTop: 24 }}>
        {t('shift.back')}
      </Link>
    </div>
  );
}

function useShiftTitle(date: string, shiftCode: string, area: string): string {
  const { t } = useTranslation('handovers');
  const dateText = useDateText();
  const shiftName = useShiftName();
  const areaText = useAreaText();
  const shift = shiftName(shiftCode);
  return area === ''
    ? t('shift.title', { date: dateText(date), shift })
    : t('shift.areaTitle', { date: dateText(date), shift, area: areaText(area) });
}

function ShiftHandover({ draft }: { draft: HandoverDraft }) {
  const { t } = useTranslation('handovers');
  const may = useMay('care.record');
  const user = useSignedInUser();
  const navigate = useNavigate();
  const saved = draft.existing;
  // The roster says who hands over and who takes over; the signed-in user is the outgoing carer's fallback.
  const rosteredOutgoing = draft.signers.outgoing.map((s) => s.username).filter((u) => u !== null);
  const outgoingUsername =
    rosteredOutgoing.find((u) => u === user?.username) ?? rosteredOutgoing[0] ?? user?.username ?? '';
  const incomingUsername =
    draft.signers.incoming.find((s) => s.username !== null && s.staffId !== saved?.outgoing?.staffId)
      ?.username ?? '';
  const window = (
    <Typography.Paragraph data-testid="handover-window">
      {t('shift.window', { from: draft.from.replace('T', ' '), until: draft.until.replace('T', ' ') })}
    </Typography.Paragraph>
  );
  if (saved === null || saved.outgoing === null) {
    return (
      <>
        {window}
        <DraftForm draft={draft} editable={may} defaultUsername={outgoingUsername} />
      </>
    );
  }
  const signed = saved.state === 'signed';
  return (
    <>
      {window}
      <Alert
        type={signed ? 'success' : 'info'}
        showIcon
        title={t(signed ? 'shift.signedNote' : 'shift.lockedNote')}
        data-testid="handover-locked"
        style={{ marginBottom: 16 }}
      />
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => void navigate(handoversPaths.print(saved.id, saved.date))}
          data-testid="handover-print"
        >
          {t('shift.print')}
        </Button>
      </Flex>
      <HandoverRecord handover={saved} />
      {may && !signed && <SignForm handover={saved} role="incoming" defaultUsername={incomingUsername} />}
      {may && signed && <AddendumForm handover={saved} />}
    </>
  );
}
