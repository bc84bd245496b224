import { Alert, App, Button, Card, Col, Descriptions, Flex, Result, Row } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { DischargeSchema } from '../../../../../shared/ipc/beds';
import { DISCHARGE_REASONS } from '../../../../../shared/schema';
import type { Stay } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import { useDischargeForm } from '../queries';
import { afterSave } from './after-save';
import { StayForm } from './stay-form';
import { applyStayError } from './apply-stay-error';
import { bedPlaceText } from './bed-place';
import { BelongingsEditor } from './belongings-editor';
import type { DischargeValues } from './discharge-values';
import { toDischargeInput } from './discharge-values';
import { FormActions } from './form-actions';
import { belongingsPrintPath } from './print-links';
import { ResidentPage } from './resident-page';
import type { ResidentContext } from './resident-page';
import { contractResolver } from './stay-resolver';

type DischargeInput = z.output<typeof DischargeSchema>;
const { DateField, TextField, SelectField } = fieldsFor<DischargeValues>();
const FIELD_NAMES = ['on', 'reason', 'destination', 'notes'];

/**
 * `/beds/residents/:personId/discharge`: 办理出院. The bed is free from the
 * day of departure; with "deceased" that day is the date of death and the
 * elder's record says so. Asks before saving; afterwards offers the
 * belongings list to print.
 */
export function DischargePage() {
  const { t } = useTranslation('beds');
  const { personId = '' } = useParams();
  const navigate = useNavigate();
  const [done, setDone] = useState<{ stay: Stay; name: string } | null>(null);
  if (done) {
    return (
      <div data-testid="discharge-page">
        <Result
          status="success"
          title={
            <h1 style={{ fontSize: 'inherit', margin: 0 }}>
              {t('stays.discharge.saved', { name: done.name })}
            </h1>
          }
          extra={
            <Flex gap={8} justify="center" wrap>
              <Button
                type="primary"
                autoFocus
                onClick={() => void navigate(belongingsPrintPath(done.stay.id, done.stay.personId))}
                data-testid="discharge-print-belongings"
              >
                {t('stays.discharge.printBelongings')}
              </Button>
              <Button
                onClick={() => void navigate(peoplePaths.person(done.stay.personId))}
                data-testid="discharge-back"
              >
                {t('stays.common.backToPerson')}
              </Button>
            </Flex>
          }
          data-testid="discharge-done"
        />
      </div>
    );
  }
  return (
    <ResidentPage
      personId={personId}
      title={(name) => t('stays.discharge.title', { name })}
      testId="discharge-page"
    >
      {(resident) => (
        <DischargeForm resident={resident} onDone={(stay) => setDone({ stay, name: resident.person.name })} />
      )}
    </ResidentPage>
  );
}

function DischargeForm({ resident, onDone }: { resident: ResidentContext; onDone: (stay: Stay) => void }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const discharge = useDischargeForm();
  const [problem, setProblem] = useState<string | null>(null);
  const { person, current } = resident;
  const toInput = (v: DischargeValues) => toDischargeInput(person.id, v);
  const form = useForm<DischargeValues, unknown, DischargeInput>({
    resolver: contractResolver(DischargeSchema, toInput),
    defaultValues: { on: todayIso(), reason: undefined, destination: '', belongings: [], notes: '' },
    mode: 'onTouched',
  });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const on = useWatch({ control: form.control, name: 'on' });
  const deceased = reason === 'deceased';
  const back = () => void navigate(peoplePaths.person(person.id));

  const save = () => {
    setProblem(null);
    afterSave(discharge.mutateAsync(toInput(form.getValues()) as DischargeInput), {
      onSuccess: onDone,
      onError: (error) => {
        const placed = applyStayError(error, form.setError, {
          names: FIELD_NAMES,
          targets: { date: 'on' },
        });
        if (!placed) setProblem(errorText(error));
      },
    });
  };
  const submit = form.handleSubmit((input) => {
    if (discharge.isPending) return;
    const values = {
      name: person.name,
      date: dateText(input.on),
      reason: t(`stays.code.dischargeReason.${input.reason}`),
    };
    // A discharge (and a death) cannot be undone from the screens: say what happens, then ask.
    void modal.confirm({
      title: t('stays.discharge.confirmTitle'),
      content: (
        <div data-testid="discharge-confirm">
          <p>{t('stays.discharge.confirmBody', values)}</p>
          {input.reason === 'deceased' && (
            <p>
              <strong>{t('stays.discharge.confirmDeceased', values)}</strong>
            </p>
          )}
        </div>
      ),
      okText: t('stays.discharge.confirmOk'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'discharge-confirm-ok' } },
      cancelText: t('stays.common.cancel'),
      onOk: save,
    });
  });
  return (
    <StayForm
      form={form}
      testId="discharge-form"
      problem={problem}
      problemTestId="discharge-problem"
      onSubmit={() => void submit()}
    >
      <Card size="small">
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'bed', label: t('stays.common.currentBed'), children: bedPlaceText(t, current.place) },
            {
              key: 'admitted',
              label: t('stays.card.admittedOn'),
              children: dateText(current.stay.stay.admittedOn),
            },
          ]}
        />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <SelectField
              name="reason"
              label={t('stays.discharge.reason')}
              required
              options={DISCHARGE_REASONS.map((r) => ({
                value: r,
                label: t(`stays.code.dischargeReason.${r}`),
              }))}
            />
          </Col>
          <Col xs={24} md={8}>
            <DateField
              name="on"
              label={deceased ? t('stays.discharge.onDeceased') : t('stays.discharge.on')}
              required
              notAfterToday
              allowClear={false}
            />
          </Col>
          <Col xs={24} md={8}>
            <TextField name="destination" label={t('stays.discharge.destination')} maxLength={200} />
          </Col>
        </Row>
        {deceased && (
          <Alert
            type="warning"
            showIcon
            title={t('stays.discharge.deceasedWarning', { date: on ? dateText(on) : '' })}
            data-testid="discharge-deceased-warning"
          />
        )}
      </Card>
      <Card title={t('stays.discharge.belongings')} size="small">
        <BelongingsEditor />
      </Card>
      <Card size="small">
        <TextField name="notes" label={t('stays.discharge.notes')} rows={2} maxLength={2000} />
      </Card>
      <FormActions saving={discharge.isPending} onCancel={back} testId="discharge" />
    </StayForm>
  );
}
