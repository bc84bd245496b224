import { Alert, Card, Col, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Admission } from '../../../../../shared/ipc/beds';
import { ADMISSION_SOURCES, STAY_FUNDINGS } from '../../../../../shared/schema';
import { care } from '../../../api/bridge';
import { errorText } from '../../../api/error-text';
import { unwrap } from '../../../api/unwrap';
import { fieldsFor } from '../../../components/form';
import { peopleKeys, peoplePaths } from '../../people';
import { useSettings } from '../../settings';
import { useAdmitForm, usePersonResidence } from '../queries';
import { admitResolver, assessmentAges, defaultFunding, toAdmitInput } from './admit-values';
import { StayForm } from './stay-form';
import type { AdmitOutput, AdmitValues } from './admit-values';
import { afterSave } from './after-save';
import { applyStayError } from './apply-stay-error';
import { AssessmentStatus } from './assessment-status';
import { BedPicker } from './bed-picker';
import { FormActions } from './form-actions';
import { PersonPicker } from './person-picker';
import { currentResidence } from './use-resident';

const { TextField, SelectField, DateField, CheckboxField } = fieldsFor<AdmitValues>();

const FIELD_NAMES = [
  'personId',
  'admittedOn',
  'bedId',
  'contractNumber',
  'contractTerm.from',
  'contractTerm.to',
  'source',
  'funding',
  'emergencyContactConfirmed',
  'overrideReason',
  'notes',
] as const;

interface Props {
  initial: AdmitValues;
  /** The elder was given by the page that opened the form: shown by name, not picked. */
  personFixed: boolean;
  onSaved: (admission: Admission, name: string) => void;
  onCancel: () => void;
}

/**
 * 入住登记 in the order of the paper form: the elder, the day and the bed,
 * the contract, where from and who pays, the emergency contact somebody
 * phoned, notes; then the assessments the admission relies on, with the
 * manager's reason when they are missing or too old. The core's refusals (the
 * bed taken meanwhile, another stay that day) appear beside their field.
 */
export function AdmitForm({ initial, personFixed, onSaved, onCancel }: Props) {
  const { t } = useTranslation(['beds', 'domain']);
  const admit = useAdmitForm();
  const settings = useSettings();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<AdmitValues, unknown, AdmitOutput>({
    resolver: admitResolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const personId = useWatch({ control: form.control, name: 'personId' });
  const admittedOn = useWatch({ control: form.control, name: 'admittedOn' });
  const detail = useQuery({
    queryKey: peopleKeys.detail(personId),
    queryFn: () => unwrap(care.people.get({ id: personId })),
    enabled: personId !== '',
    staleTime: 0,
  });
  const person = detail.data?.person;
  const residence = usePersonResidence(personId === '' ? undefined : personId);
  const already = residence.data ? currentResidence(residence.data.stays) : null;
  const maxAge = settings.data?.admissionAssessmentMaxAgeDays;
  const ages =
    detail.data && maxAge !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(admittedOn)
      ? assessmentAges(detail.data, admittedOn, maxAge)
      : null;
  const needsOverride = ages !== null && !ages.fresh;

  // The funding follows the elder's 特困 category until the clerk chooses one.
  useEffect(() => {
    if (!person || form.getValues('funding') !== undefined) return;
    const funding = defaultFunding(person, form.getValues('admittedOn'));
    if (funding) form.setValue('funding', funding);
  }, [person, form]);

  const submit = form.handleSubmit(() => {
    if (admit.isPending) return;
    setProblem(null);
    if (needsOverride && form.getValues('overrideReason').trim() === '') {
      form.setError(
        'overrideReason',
        { type: 'required', message: 'validation.required' },
        { shouldFocus: true },
      );
      return;
    }
    const input = toAdmitInput(form.getValues(), needsOverride) as AdmitOutput;
    afterSave(admit.mutateAsync(input), {
      onSuccess: (admission) => onSaved(admission, person?.name ?? ''),
      onError: (error) => {
        const placed = applyStayError(error, form.setError, {
          names: FIELD_NAMES,
          targets: { bed: 'bedId', date: 'admittedOn' },
        });
        if (!placed) setProblem(errorText(error));
      },
    });
  });
  const contacts = person?.emergencyContacts ?? [];
  return (
    <StayForm
      form={form}
      testId="admit-form"
      problem={problem}
      problemTestId="admit-problem"
      onSubmit={() => void submit()}
    >
      {person && already && (
        <Alert
          type="warning"
          showIcon
          title={t('stays.admit.alreadyResident', {
            name: person.name,
            date: already.stay.stay.admittedOn,
          })}
          data-testid="admit-already-resident"
        />
      )}
      <Card
        size="small"
        title={
          personFixed ? (
            <span data-testid="admit-person-name">{person?.name ?? ''}</span>
          ) : (
            t('stays.admit.sections.elder')
          )
        }
      >
        {!personFixed && <PersonPicker<AdmitValues> name="personId" label={t('stays.personPicker.label')} />}
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <DateField
              name="admittedOn"
              label={t('stays.admit.admittedOn')}
              required
              notAfterToday
              allowClear={false}
            />
          </Col>
          <Col xs={24} md={12}>
            <BedPicker<AdmitValues>
              name="bedId"
              label={t('stays.bedPicker.label')}
              date={admittedOn}
              personId={personId === '' ? undefined : personId}
            />
          </Col>
          <Col xs={24} md={6}>
            <TextField
              name="contractNumber"
              label={t('stays.admit.contractNumber')}
              required
              maxLength={50}
            />
          </Col>
          <Col xs={24} md={6}>
            <DateField name="contractTerm.from" label={t('stays.admit.contractFrom')} />
          </Col>
          <Col xs={24} md={6}>
            <DateField name="contractTerm.to" label={t('stays.admit.contractTo')} />
          </Col>
          <Col xs={24} md={6}>
            <SelectField
              name="source"
              label={t('stays.admit.source')}
              required
              options={ADMISSION_SOURCES.map((s) => ({ value: s, label: t(`stays.code.source.${s}`) }))}
            />
          </Col>
          <Col xs={24} md={6}>
            <SelectField
              name="funding"
              label={t('stays.admit.funding')}
              required
              options={STAY_FUNDINGS.map((f) => ({ value: f, label: t(`stays.code.funding.${f}`) }))}
            />
          </Col>
        </Row>
      </Card>
      <Card title={t('stays.admit.sections.contact')} size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          {person && contacts.length === 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('stays.admit.noEmergencyContact')}
              action={<Link to={peoplePaths.personEdit(person.id)}>{t('stays.admit.editPerson')}</Link>}
              data-testid="admit-no-contact"
            />
          )}
          {contacts.map((c, index) => (
            <Typography.Text key={index} strong data-testid="admit-contact">
              {t('stays.admit.emergencyContactIs', {
                name: c.name,
                relation: c.relation,
                phone: c.phone,
              })}
            </Typography.Text>
          ))}
          <CheckboxField
            name="emergencyContactConfirmed"
            label={t('stays.admit.emergencyConfirmed')}
            required
          />
        </Space>
        <TextField name="notes" label={t('stays.admit.notes')} rows={2} maxLength={2000} />
      </Card>
      {person && ages && maxAge !== undefined && (
        <Card title={t('stays.admit.sections.assessment')} size="small" data-testid="admit-assessments">
          <AssessmentStatus
            personId={person.id}
            ability={ages.ability}
            risk={ages.risk}
            maxAgeDays={maxAge}
          />
          {!ages.fresh && (
            <TextField
              name="overrideReason"
              label={t('stays.admit.overrideReason')}
              required
              rows={2}
              maxLength={500}
            />
          )}
        </Card>
      )}
      <FormActions saving={admit.isPending} onCancel={onCancel} testId="admit" />
    </StayForm>
  );
}
