import { App, Button, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { LeaveBackSchema } from '../../../../../shared/ipc/beds';
import type { Leave } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import { useLeaveBackForm } from '../queries';
import { afterSave } from './after-save';
import { StayForm } from './stay-form';
import { applyStayError } from './apply-stay-error';
import { FormActions } from './form-actions';
import { ResidentPage } from './resident-page';
import type { ResidentContext } from './resident-page';
import { contractResolver } from './stay-resolver';

type LeaveBackInput = z.output<typeof LeaveBackSchema>;
interface BackValues {
  returnedAt: string;
}
const { DateField } = fieldsFor<BackValues>();

/** `/beds/residents/:personId/leave/:leaveId/back`: the day the resident actually came back. */
export function LeaveBackPage() {
  const { t } = useTranslation('beds');
  const { personId = '', leaveId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <ResidentPage
      personId={personId}
      title={(name) => t('stays.back.title', { name })}
      testId="leave-back-page"
    >
      {(resident) => {
        const leave = resident.current.stay.leaves.find((l) => l.id === leaveId && l.returnedAt === null);
        if (!leave) {
          return (
            <Result
              status="info"
              title={t('stays.back.notAway')}
              extra={
                <Button type="primary" onClick={() => void navigate(peoplePaths.person(personId))}>
                  {t('stays.common.backToPerson')}
                </Button>
              }
              data-testid="leave-back-not-away"
            />
          );
        }
        return <LeaveBackForm resident={resident} leave={leave} />;
      }}
    </ResidentPage>
  );
}

function LeaveBackForm({ resident, leave }: { resident: ResidentContext; leave: Leave }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const leaveBack = useLeaveBackForm();
  const [problem, setProblem] = useState<string | null>(null);
  const { person } = resident;
  const toInput = (v: BackValues): Record<string, unknown> => ({
    leaveId: leave.id,
    returnedAt: v.returnedAt,
  });
  const form = useForm<BackValues, unknown, LeaveBackInput>({
    resolver: contractResolver(LeaveBackSchema, toInput, (v): Record<string, string> =>
      v.returnedAt !== '' && v.returnedAt < leave.from
        ? { returnedAt: 'validation.leave.returnBeforeStart' }
        : {},
    ),
    // Today, unless the leave started later than today would allow (never: the core refuses future leave).
    defaultValues: { returnedAt: todayIso() < leave.from ? leave.from : todayIso() },
    mode: 'onTouched',
  });
  const back = () => void navigate(peoplePaths.person(person.id));
  const submit = form.handleSubmit(() => {
    if (leaveBack.isPending) return;
    setProblem(null);
    afterSave(leaveBack.mutateAsync(toInput(form.getValues()) as LeaveBackInput), {
      onSuccess: () => {
        void message.success(t('stays.back.saved', { name: person.name }));
        back();
      },
      onError: (error) => {
        const placed = applyStayError(error, form.setError, {
          names: ['returnedAt'],
          targets: { date: 'returnedAt', from: 'returnedAt' },
        });
        if (!placed) setProblem(errorText(error));
      },
    });
  });
  return (
    <StayForm
      form={form}
      testId="leave-back-form"
      problem={problem}
      problemTestId="leave-back-problem"
      onSubmit={() => void submit()}
    >
      <Card size="small">
        <Typography.Paragraph data-testid="leave-back-summary">
          {t('stays.back.wentOut', {
            kind: t(`stays.code.leaveKind.${leave.kind}`),
            from: dateText(leave.from),
            expected: leave.expectedReturn ? dateText(leave.expectedReturn) : t('stays.back.noExpected'),
          })}
        </Typography.Paragraph>
        <div style={{ maxWidth: 320 }}>
          <DateField
            name="returnedAt"
            label={t('stays.back.returnedAt')}
            required
            notAfterToday
            allowClear={false}
          />
        </div>
      </Card>
      <FormActions saving={leaveBack.isPending} onCancel={back} testId="leave-back" />
    </StayForm>
  );
}
