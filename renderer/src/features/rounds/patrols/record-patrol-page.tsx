import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isTime } from '../../../../../shared/domain/dates';
import { ApiError } from '../../../api/api-error';
import { PageTitle } from '../../../components/page-title';
import { useSaveShortcut } from '../../../components/form';
import { useSignedInUser } from '../../auth';
import { roundsPaths } from '../paths';
import { useRecordPatrol, useRoundPlan, useRoundStaff } from '../queries';
import { RoundFields } from '../record/round-fields';
import { useRoundTarget } from '../record/round-target';
import type { RoundHead } from '../record/round-fields';
import type { RoundField } from '../record/round-errors';
import { useLeaveGuard } from '../use-leave-guard';
import { PatrolGrid } from './patrol-grid';
import { blankAnswers, patrolProblems } from './patrol-items';
import type { PatrolAnswer } from './patrol-items';

interface Errors {
  fields: Partial<Record<RoundField | 'notes', string>>;
  items: Record<number, string>;
}
const NO_ERRORS: Errors = { fields: {}, items: {} };

/** 防火巡查登记: the plan's checklist, each line ok or a finding with what was done. */
export function RecordPatrolPage() {
  const { t } = useTranslation('rounds');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const plan = useRoundPlan();
  const staff = useRoundStaff();
  const record = useRecordPatrol();
  // `?date=&time=` when opened for a past patrol, else now.
  const opened = useRoundTarget(undefined);
  const [edited, setEdited] = useState<Partial<RoundHead>>({});
  // The checklist is the plan's until the first answer.
  const [answered, setAnswers] = useState<PatrolAnswer[] | null>(null);
  const answers = answered ?? blankAnswers(plan.data?.firePatrol.items ?? []);
  const [cursor, setCursor] = useState(0);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const focused = useRef(false);
  const guard = useLeaveGuard(answers.some((a) => a.result !== null) || notes.trim() !== '');

  // The night patrol starts on the checklist: it takes the focus once it is there.
  useEffect(() => {
    if (focused.current || answers.length === 0) return;
    focused.current = true;
    document.querySelector<HTMLElement>('[data-testid="patrol-grid"]')?.focus();
  }, [answers.length]);

  const current: RoundHead | null = plan.data
    ? {
        area: edited.area ?? plan.data.areas[0]?.name ?? '',
        date: edited.date ?? opened.date,
        time: edited.time ?? opened.time,
        shiftCode: '',
        staffId: edited.staffId ?? user?.staffId ?? undefined,
      }
    : null;
  const change = (index: number, part: Partial<PatrolAnswer>) => {
    setAnswers((old) => (old ?? answers).map((a, i) => (i === index ? { ...a, ...part } : a)));
    // The line's complaint goes once it is answered; a finding keeps it until it is described.
    if (part.result === 'ok' || part.finding?.trim())
      setErrors((old) => {
        const items = { ...old.items };
        delete items[index];
        return { ...old, items };
      });
  };

  const save = () => {
    if (!current || record.isPending) return;
    const problems = patrolProblems(answers);
    const fields: Errors['fields'] = isTime(current.time) ? {} : { time: t('record.badTime') };
    if (problems.length > 0 || fields.time) {
      const items: Record<number, string> = {};
      for (const p of problems) items[p.index] = t(`patrol.problem.${p.kind}`);
      setErrors({ fields, items });
      const first = problems[0];
      if (first) setCursor(first.index);
      return;
    }
    setErrors(NO_ERRORS);
    record.mutate(
      {
        date: current.date,
        time: current.time,
        area: current.area,
        ...(current.staffId !== undefined ? { staffId: current.staffId } : {}),
        items: answers.map((a) => ({
          item: a.item,
          result: a.result ?? 'ok',
          ...(a.result === 'finding' ? { finding: a.finding.trim(), fix: a.fix.trim() } : {}),
        })),
        notes: notes.trim(),
      },
      {
        onSuccess: () => {
          guard.release();
          void message.success(t('patrol.saved'));
          void navigate(roundsPaths.patrols());
        },
        onError: (error) => setErrors(patrolErrorsOf(error)),
      },
    );
  };
  useSaveShortcut(save, true);

  const staffOptions = (staff.data ?? []).filter((s) => s.active || s.id === current?.staffId);
  return (
    <div data-testid="record-patrol-page">
      <PageTitle style={{ marginTop: 0 }}>{t('patrol.title')}</PageTitle>
      {!current ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <RoundFields
            value={current}
            areas={plan.data?.areas.map((a) => a.name) ?? []}
            staff={staffOptions}
            errors={errors.fields}
            withShift={false}
            onChange={(part) => setEdited((old) => ({ ...old, ...part }))}
          />
          <Typography.Text data-testid="patrol-keys">{t('patrol.keys')}</Typography.Text>
          <PatrolGrid
            answers={answers}
            cursor={cursor}
            errors={errors.items}
            onCursor={setCursor}
            onResult={(index, result) => change(index, { result })}
            onText={(index, part) => change(index, part)}
          />
          <Form layout="vertical" component="div">
            <Form.Item
              label={t('patrol.notes')}
              htmlFor="patrol-notes"
              validateStatus={errors.fields.notes ? 'error' : undefined}
              help={errors.fields.notes}
            >
              <Input.TextArea
                id="patrol-notes"
                value={notes}
                maxLength={2000}
                autoSize={{ minRows: 2, maxRows: 6 }}
                onChange={(event) => setNotes(event.target.value)}
                data-testid="patrol-notes"
              />
            </Form.Item>
          </Form>
          {errors.fields.form && (
            <Alert type="error" showIcon title={errors.fields.form} data-testid="patrol-form-error" />
          )}
          <Flex gap={8} align="center">
            <Button
              type="primary"
              size="large"
              loading={record.isPending}
              onClick={save}
              data-testid="patrol-save"
            >
              {t('record.save')}
            </Button>
            <Button size="large" onClick={() => void navigate(roundsPaths.patrols())}>
              {t('record.cancel')}
            </Button>
            <Typography.Text type="secondary">{t('record.saveHint')}</Typography.Text>
          </Flex>
        </Flex>
      )}
    </div>
  );
}

const PATROL_FIELD_OF_CODE: Record<string, RoundField> = {
  'rounds.future': 'time',
  'rounds.staffRequired': 'staffId',
  'rounds.staffNotFound': 'staffId',
};

function patrolErrorsOf(error: unknown): Errors {
  if (!(error instanceof ApiError)) return { fields: { form: String(error) }, items: {} };
  const out: Errors = { fields: {}, items: {} };
  for (const issue of error.fields) {
    const [head, index] = issue.path.split('.');
    if (head === 'items' && index !== undefined) out.items[Number(index)] = issue.message;
    else if (head === 'date' || head === 'time' || head === 'area' || head === 'staffId' || head === 'notes')
      out.fields[head] ??= issue.message;
    else out.fields.form ??= issue.message;
  }
  if (error.fields.length === 0) out.fields[PATROL_FIELD_OF_CODE[error.code] ?? 'form'] = error.message;
  return out;
}
