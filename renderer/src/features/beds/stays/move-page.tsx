import { App, Card, Col, Descriptions, Row } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { MoveBedSchema } from '../../../../../shared/ipc/beds';
import type { z } from 'zod';
import { errorText } from '../../../api/error-text';
import { fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { peoplePaths } from '../../people';
import { useFacility, useMoveForm } from '../queries';
import { afterSave } from './after-save';
import { StayForm } from './stay-form';
import { applyStayError } from './apply-stay-error';
import { BedPicker } from './bed-picker';
import { bedPlaceText } from './bed-place';
import { FormActions } from './form-actions';
import { ResidentPage } from './resident-page';
import type { ResidentContext } from './resident-page';
import { blankToUndefined, contractResolver } from './stay-resolver';

type MoveBedInput = z.output<typeof MoveBedSchema>;

interface MoveValues {
  on: string;
  bedId: string;
  reason: string;
}
const { DateField, TextField } = fieldsFor<MoveValues>();

/** `/beds/residents/:personId/move`: 转床 from the bed the resident has to a bed free from that day. */
export function MovePage() {
  const { t } = useTranslation('beds');
  const { personId = '' } = useParams();
  return (
    <ResidentPage personId={personId} title={(name) => t('stays.move.title', { name })} testId="move-page">
      {(resident) => <MoveForm resident={resident} />}
    </ResidentPage>
  );
}

function MoveForm({ resident }: { resident: ResidentContext }) {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const move = useMoveForm();
  const facility = useFacility();
  const [problem, setProblem] = useState<string | null>(null);
  const { person, current } = resident;
  const toInput = (v: MoveValues): MoveBedInput => ({
    personId: person.id,
    bedId: v.bedId,
    on: v.on,
    reason: blankToUndefined(v.reason),
  });
  const form = useForm<MoveValues, unknown, MoveBedInput>({
    resolver: contractResolver(MoveBedSchema, toInput, (v): Record<string, string> =>
      v.bedId === '' ? { bedId: 'validation.required' } : {},
    ),
    defaultValues: { on: todayIso(), bedId: '', reason: '' },
    mode: 'onTouched',
  });
  const on = useWatch({ control: form.control, name: 'on' });
  const back = () => void navigate(peoplePaths.person(person.id));
  const submit = form.handleSubmit(() => {
    const values = form.getValues();
    if (move.isPending) return;
    setProblem(null);
    afterSave(move.mutateAsync(toInput(values)), {
      onSuccess: (assignment) => {
        const bed = facility.data?.beds.find((b) => b.id === assignment.bedId)?.label ?? '';
        void message.success(t('stays.move.saved', { name: person.name, bed }));
        back();
      },
      onError: (error) => {
        const placed = applyStayError(error, form.setError, {
          names: ['on', 'bedId', 'reason'],
          targets: { bed: 'bedId', date: 'on' },
        });
        if (!placed) setProblem(errorText(error));
      },
    });
  });
  return (
    <StayForm
      form={form}
      testId="move-form"
      problem={problem}
      problemTestId="move-problem"
      onSubmit={() => void submit()}
    >
      <Card size="small">
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'bed',
              label: t('stays.common.currentBed'),
              children: <span data-testid="move-current-bed">{bedPlaceText(t, current.place)}</span>,
            },
          ]}
        />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <DateField name="on" label={t('stays.move.on')} required notAfterToday allowClear={false} />
          </Col>
          <Col xs={24} md={16}>
            <BedPicker<MoveValues>
              name="bedId"
              label={t('stays.move.newBed')}
              date={on}
              personId={person.id}
              exceptBedId={current.bedId}
            />
          </Col>
        </Row>
        <TextField name="reason" label={t('stays.move.reason')} maxLength={200} />
      </Card>
      <FormActions saving={move.isPending} onCancel={back} testId="move" />
    </StayForm>
  );
}
