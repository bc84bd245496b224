import { App, Card, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { EndCriticalSchema, MarkCriticalSchema } from '../../../../../shared/ipc/beds';
import type { CriticalIllness, Person } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { fieldsFor } from '../../../components/form';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { peoplePaths } from '../../people';
import { useEndCriticalForm, useMarkCriticalForm } from '../queries';
import { afterSave } from './after-save';
import { StayForm } from './stay-form';
import { applyStayError } from './apply-stay-error';
import { FormActions } from './form-actions';
import { ResidentPage } from './resident-page';
import { blankToUndefined, contractResolver } from './stay-resolver';

interface MarkValues {
  from: string;
  notes: string;
}
interface EndValues {
  on: string;
}
const mark = fieldsFor<MarkValues>();
const end = fieldsFor<EndValues>();

/** `/beds/residents/:personId/critical`: 病危 from a day, or the open mark ended on a day. */
export function CriticalPage() {
  const { t } = useTranslation('beds');
  const { personId = '' } = useParams();
  return (
    <ResidentPage
      personId={personId}
      title={(name) => t('stays.critical.title', { name })}
      testId="critical-page"
    >
      {({ person, critical }) =>
        critical ? <EndForm person={person} open={critical} /> : <MarkForm person={person} />
      }
    </ResidentPage>
  );
}

function MarkForm({ person }: { person: Person }) {
  const { t } = useTranslation('beds');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useMarkCriticalForm();
  const [problem, setProblem] = useState<string | null>(null);
  const toInput = (v: MarkValues): Record<string, unknown> => ({
    personId: person.id,
    from: v.from,
    notes: blankToUndefined(v.notes),
  });
  const form = useForm<MarkValues, unknown, z.output<typeof MarkCriticalSchema>>({
    resolver: contractResolver(MarkCriticalSchema, toInput),
    defaultValues: { from: todayIso(), notes: '' },
    mode: 'onTouched',
  });
  const back = () => void navigate(peoplePaths.person(person.id));
  const submit = form.handleSubmit(() => {
    if (save.isPending) return;
    setProblem(null);
    afterSave(save.mutateAsync(toInput(form.getValues()) as z.output<typeof MarkCriticalSchema>), {
      onSuccess: () => {
        void message.success(t('stays.critical.marked', { name: person.name }));
        back();
      },
      onError: (error) => {
        if (!applyStayError(error, form.setError, { names: ['from', 'notes'], targets: { date: 'from' } }))
          setProblem(errorText(error));
      },
    });
  });
  return (
    <StayForm
      form={form}
      testId="critical-mark-form"
      problem={problem}
      problemTestId="critical-problem"
      onSubmit={() => void submit()}
    >
      <Card size="small">
        <div style={{ maxWidth: 320 }}>
          <mark.DateField
            name="from"
            label={t('stays.critical.markFrom')}
            required
            notAfterToday
            allowClear={false}
          />
        </div>
        <mark.TextField name="notes" label={t('stays.critical.notes')} rows={2} maxLength={500} />
      </Card>
      <FormActions
        saving={save.isPending}
        onCancel={back}
        saveLabel={t('stays.critical.markSave')}
        testId="critical"
      />
    </StayForm>
  );
}

function EndForm({ person, open }: { person: Person; open: CriticalIllness }) {
  const { t } = useTranslation('beds');
  const dateText = useDateText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const save = useEndCriticalForm();
  const [problem, setProblem] = useState<string | null>(null);
  const toInput = (v: EndValues): Record<string, unknown> => ({ markId: open.id, on: v.on });
  const form = useForm<EndValues, unknown, z.output<typeof EndCriticalSchema>>({
    resolver: contractResolver(EndCriticalSchema, toInput, (v): Record<string, string> =>
      v.on !== '' && v.on < open.from ? { on: 'validation.endBeforeStart' } : {},
    ),
    defaultValues: { on: todayIso() },
    mode: 'onTouched',
  });
  const back = () => void navigate(peoplePaths.person(person.id));
  const submit = form.handleSubmit(() => {
    if (save.isPending) return;
    setProblem(null);
    afterSave(save.mutateAsync(toInput(form.getValues()) as z.output<typeof EndCriticalSchema>), {
      onSuccess: () => {
        void message.success(t('stays.critical.ended', { name: person.name }));
        back();
      },
      onError: (error) => {
        if (!applyStayError(error, form.setError, { names: ['on'], targets: { date: 'on' } }))
          setProblem(errorText(error));
      },
    });
  });
  return (
    <StayForm
      form={form}
      testId="critical-end-form"
      problem={problem}
      problemTestId="critical-problem"
      onSubmit={() => void submit()}
    >
      <Card size="small">
        <Typography.Paragraph data-testid="critical-open-since">
          {t('stays.critical.openSince', { date: dateText(open.from) })}
        </Typography.Paragraph>
        <div style={{ maxWidth: 320 }}>
          <end.DateField
            name="on"
            label={t('stays.critical.endOn')}
            required
            notAfterToday
            allowClear={false}
          />
        </div>
      </Card>
      <FormActions
        saving={save.isPending}
        onCancel={back}
        saveLabel={t('stays.critical.endSave')}
        testId="critical"
      />
    </StayForm>
  );
}
