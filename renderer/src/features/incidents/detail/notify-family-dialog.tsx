import { App, Col, Row } from 'antd';
import { useForm } from 'react-hook-form';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NotifyFamilySchema } from '../../../../../shared/ipc/incidents';
import { isTime } from '../../../../../shared/domain/dates';
import type { Incident } from '../../../../../shared/schema';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../api/error-text';
import { FormDialog, FormFields, fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { instantOf, localParts, timeNow } from '../incident-time';
import { useNotifyFamily } from '../queries';

const CHANNELS = ['phone', 'inPerson', 'message', 'other'] as const;
type Channel = (typeof CHANNELS)[number];

interface Values {
  date: string;
  time: string;
  channel: Channel | '';
  by: string;
  notes: string;
}
const { TextField, SelectField, DateField } = fieldsFor<Values>();
const ids = (name: string) => ({ id: `family-field-${name}`, testId: `family-field-${name}` });

const toInput = (incident: Incident, v: Values) => ({
  id: incident.id,
  date: incident.date,
  at: instantOf(v.date, v.time.trim()) ?? '',
  channel: v.channel === '' ? undefined : v.channel,
  by: v.by,
  notes: v.notes,
});

/** The contract's own check; the instant's complaint goes to the time (or the date when that is missing). */
function resolverFor(incident: Incident): Resolver<Values> {
  return (values) => {
    const errors: Record<string, { type: string; message: string }> = {};
    if (values.date === '') errors.date = { type: 'required', message: 'validation.required' };
    else if (!isTime(values.time.trim())) errors.time = { type: 'time', message: 'validation.time' };
    const parsed = NotifyFamilySchema.safeParse(toInput(incident, values));
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const head = String(issue.path[0] ?? '');
        const field = head === 'at' ? 'time' : head;
        if (['channel', 'by', 'notes'].includes(field) || (field === 'time' && !errors.date))
          errors[field] ??= { type: issue.code, message: issue.message };
      }
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: errors as FieldErrors<Values> };
  };
}

function initialValues(incident: Incident, signedIn: string): Values {
  const told = incident.familyNotification;
  if (told && told.channel !== 'unrecorded') {
    const at = localParts(told.at);
    return { date: at.date, time: at.time, channel: told.channel, by: told.by, notes: told.notes };
  }
  return { date: todayIso(), time: timeNow(), channel: 'phone', by: signedIn, notes: '' };
}

interface Props {
  incident: Incident;
  open: boolean;
  /** Who is signed in: most often the one who phoned the family. */
  signedIn: string;
  onClose: () => void;
}

/** 告知家属: when, how, by whom and what was said; required before the incident may be closed. */
export function NotifyFamilyDialog({ incident, open, signedIn, onClose }: Props) {
  const { t } = useTranslation(['incidents', 'domain']);
  const { message } = App.useApp();
  const save = useNotifyFamily();
  const form = useForm<Values>({
    resolver: resolverFor(incident),
    values: initialValues(incident, signedIn),
    resetOptions: { keepDirtyValues: true },
    mode: 'onTouched',
  });
  const submit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutateAsync(NotifyFamilySchema.parse(toInput(incident, values))).then(
      () => {
        void message.success(t('detail.family.saved'));
        onClose();
      },
      (error: unknown) => {
        const issue = error instanceof ApiError ? error.fields[0] : undefined;
        const field =
          issue?.path === 'channel' || issue?.path === 'by' || issue?.path === 'notes' ? issue.path : 'time';
        form.setError(
          field,
          { type: 'server', message: issue?.message ?? errorText(error) },
          { shouldFocus: true },
        );
      },
    );
  });
  return (
    <FormDialog
      width={640}
      open={open}
      title={t('detail.family.record')}
      saving={save.isPending}
      disabled={false}
      testId="family-form"
      onSave={() => void submit()}
      onClose={onClose}
    >
      <FormFields form={form} ids={ids}>
        <Row gutter={16}>
          <Col span={8}>
            <DateField
              name="date"
              label={t('detail.family.date')}
              required
              notAfterToday
              allowClear={false}
            />
          </Col>
          <Col span={6}>
            <TextField
              name="time"
              label={t('detail.family.time')}
              required
              inputMode="numeric"
              placeholder={t('form.timePlaceholder')}
              maxLength={5}
            />
          </Col>
          <Col span={10}>
            <SelectField
              name="channel"
              label={t('detail.family.channel')}
              required
              options={CHANNELS.map((c) => ({ value: c, label: t(`domain:notifyChannel.${c}`) }))}
            />
          </Col>
          <Col span={24}>
            <TextField name="by" label={t('detail.family.by')} required maxLength={40} />
          </Col>
          <Col span={24}>
            <TextField
              name="notes"
              label={t('detail.family.notes')}
              rows={2}
              maxLength={500}
              placeholder={t('detail.family.notesPlaceholder')}
            />
          </Col>
        </Row>
      </FormFields>
    </FormDialog>
  );
}
