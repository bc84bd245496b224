import { Alert, App, Button, Card, Col, Flex, Form, Result, Row } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { LeaveOutSchema } from '../../../../../shared/ipc/beds';
import { LEAVE_KINDS } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { fieldsFor, FormFields, preventEnterSubmit, useSaveShortcut } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths } from '../../people';
import { bedsPaths } from '../paths';
import { useLeaveOutForm } from '../queries';
import { afterSave } from './after-save';
import { applyStayError } from './apply-stay-error';
import { FormActions } from './form-actions';
import { ResidentPage } from './resident-page';
import type { ResidentContext } from './resident-page';
import { blankToUndefined, contractResolver } from './stay-resolver';
import { stayFieldIds } from './stay-field-ids';

type LeaveOutInput = z.output<typeof LeaveOutSchema>;

interface LeaveValues {
  kind: string;
  from: string;
  expectedReturn: string;
  destination: string;
  companion: string;
  companionPhone: string;
  mealStop: boolean;
  reason: string;
}
const { DateField, TextField, SelectField, CheckboxField } = fieldsFor<LeaveValues>();
const FIELD_NAMES = [
  'kind',
  'from',
  'expectedReturn',
  'destination',
  'companion',
  'companionPhone',
  'mealStop',
  'reason',
];

/** `/beds/residents/:personId/leave`: 请假 or 住院, out from a day; the resident keeps the bed and stays in the register. */
export function LeaveOutPage() {
  const { t } = useTranslation('beds');
  const { personId = '' } = useParams();
  return (
    <ResidentPage
      personId={personId}
      title={(name) => t('stays.leave.title', { name })}
      testId="leave-out-page"
    >
      {(resident) => <LeaveOutForm resident={resident} />}
    </ResidentPage>
  );
}

function LeaveOutForm({ resident }: { resident: ResidentContext }) {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const leaveOut = useLeaveOutForm();
  const [problem, setProblem] = useState<string | null>(null);
  const { person, current } = resident;
  const toInput = (v: LeaveValues): Record<string, unknown> => ({
    personId: person.id,
    kind: v.kind,
    from: v.from,
    expectedReturn: v.expectedReturn === '' ? null : v.expectedReturn,
    destination: blankToUndefined(v.destination),
    reason: blankToUndefined(v.reason),
    companion: blankToUndefined(v.companion),
    companionPhone: blankToUndefined(v.companionPhone),
    mealStop: v.mealStop,
  });
  const form = useForm<LeaveValues, unknown, LeaveOutInput>({
    resolver: contractResolver(LeaveOutSchema, toInput),
    defaultValues: {
      kind: 'leave',
      from: todayIso(),
      expectedReturn: '',
      destination: '',
      companion: '',
      companionPhone: '',
      mealStop: true,
      reason: '',
    },
    mode: 'onTouched',
  });
  const back = () => void navigate(peoplePaths.person(person.id));
  const submit = form.handleSubmit(() => {
    if (leaveOut.isPending) return;
    setProblem(null);
    afterSave(leaveOut.mutateAsync(toInput(form.getValues()) as LeaveOutInput), {
      onSuccess: () => {
        void message.success(t('stays.leave.saved', { name: person.name }));
        back();
      },
      onError: (error) => {
        const placed = applyStayError(error, form.setError, {
          names: FIELD_NAMES,
          targets: { from: 'from', date: 'from' },
        });
        if (!placed) setProblem(errorText(error));
      },
    });
  });
  useSaveShortcut(() => void submit(), current.leave === null);

  if (current.leave) {
    // Already away: the next thing to record is the return, not a second leave.
    const leave = current.leave;
    return (
      <Result
        status="info"
        title={t('stays.leave.alreadyAway', { name: person.name, date: leave.from })}
        extra={
          <Button type="primary" onClick={() => void navigate(bedsPaths.leaveBack(person.id, leave.id))}>
            {t('stays.leave.recordBack')}
          </Button>
        }
        data-testid="leave-already-away"
      />
    );
  }
  return (
    <FormFields form={form} ids={stayFieldIds}>
      <Form
        layout="vertical"
        requiredMark
        onFinish={() => void submit()}
        onKeyDown={preventEnterSubmit}
        data-testid="leave-form"
      >
        <Flex vertical gap={16}>
          {problem && <Alert type="error" showIcon title={problem} data-testid="leave-problem" />}
          <Card size="small">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <SelectField
                  name="kind"
                  label={t('stays.leave.kind')}
                  required
                  options={LEAVE_KINDS.map((k) => ({ value: k, label: t(`stays.code.leaveKind.${k}`) }))}
                />
              </Col>
              <Col xs={24} md={8}>
                <DateField
                  name="from"
                  label={t('stays.leave.from')}
                  required
                  notAfterToday
                  allowClear={false}
                />
              </Col>
              <Col xs={24} md={8}>
                <DateField name="expectedReturn" label={t('stays.leave.expectedReturn')} />
              </Col>
              <Col xs={24}>
                <TextField name="destination" label={t('stays.leave.destination')} maxLength={200} />
              </Col>
              <Col xs={24} md={12}>
                <TextField name="companion" label={t('stays.leave.companion')} maxLength={50} />
              </Col>
              <Col xs={24} md={12}>
                <TextField
                  name="companionPhone"
                  label={t('stays.leave.companionPhone')}
                  inputMode="tel"
                  maxLength={20}
                />
              </Col>
              <Col xs={24}>
                <CheckboxField name="mealStop" label={t('stays.leave.mealStop')} />
              </Col>
              <Col xs={24}>
                <TextField name="reason" label={t('stays.leave.reason')} rows={2} maxLength={500} />
              </Col>
            </Row>
          </Card>
          <FormActions saving={leaveOut.isPending} onCancel={back} testId="leave" />
        </Flex>
      </Form>
    </FormFields>
  );
}
