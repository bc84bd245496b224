import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isTime } from '../../../../../shared/domain/dates';
import { PageTitle } from '../../../components/page-title';
import { useSaveShortcut } from '../../../components/form';
import { useSignedInUser } from '../../auth';
import { shiftCodeAt } from '../marks';
import { roundsPaths } from '../paths';
import { useRecordRound, useRoundPlan, useRoundSheet, useRoundStaff, useShiftTemplates } from '../queries';
import { useLeaveGuard } from '../use-leave-guard';
import { KeyLegend, RoundCountsLine } from './key-legend';
import { MarkGrid } from './mark-grid';
import { roundErrorsOf } from './round-errors';
import type { RoundErrors } from './round-errors';
import { RoundFields } from './round-fields';
import type { RoundHead } from './round-fields';
import { useRoundMarks } from './use-round-marks';
import { useRoundTarget } from './round-target';

const NO_ERRORS: RoundErrors = { fields: {}, notes: {} };

/** 查房登记: one key per resident, the counts live, Ctrl+S saves the whole round in one call. */
export function RecordRoundPage() {
  const { t } = useTranslation('rounds');
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const plan = useRoundPlan();
  const staff = useRoundStaff();
  const shifts = useShiftTemplates();
  const target = useRoundTarget(plan.data?.areas[0]?.name);
  const [edited, setEdited] = useState<Partial<RoundHead>>({});
  const [findings, setFindings] = useState('');
  const [errors, setErrors] = useState<RoundErrors>(NO_ERRORS);
  const head: RoundHead = {
    area: edited.area ?? target.area,
    date: edited.date ?? target.date,
    time: edited.time ?? target.time,
    shiftCode: edited.shiftCode ?? shiftCodeAt(shifts.data ?? [], edited.time ?? target.time),
    staffId: edited.staffId ?? user?.staffId ?? undefined,
  };
  const timeOk = isTime(head.time);
  const sheet = useRoundSheet(
    head.area !== '' && timeOk ? { area: head.area, date: head.date, time: head.time } : null,
  );
  const rows = sheet.data?.expected ?? [];
  const round = useRoundMarks(rows);
  const record = useRecordRound();
  const guard = useLeaveGuard(round.dirty || findings.trim() !== '');
  const gridFocused = useRef(false);

  // Night staff start typing marks at once: the grid takes the focus when the sheet first arrives.
  useEffect(() => {
    if (gridFocused.current || rows.length === 0) return;
    gridFocused.current = true;
    document.querySelector<HTMLElement>('[data-testid="round-grid"]')?.focus();
  }, [rows.length]);

  const save = () => {
    if (record.isPending) return;
    if (!timeOk) {
      setErrors({ fields: { time: t('record.badTime') }, notes: {} });
      return;
    }
    const marks = round.marks();
    setErrors(NO_ERRORS);
    record.mutate(
      {
        area: head.area,
        date: head.date,
        time: head.time,
        shiftCode: head.shiftCode.trim(),
        ...(head.staffId !== undefined ? { staffId: head.staffId } : {}),
        marks,
        findings: findings.trim(),
      },
      {
        onSuccess: (saved) => {
          guard.release();
          void message.success(
            t('record.saved', { checked: saved.checkedCount, expected: saved.expectedCount }),
          );
          void navigate(roundsPaths.day(saved.date));
        },
        onError: (error) =>
          setErrors(
            roundErrorsOf(
              error,
              marks.map((m) => m.personId),
            ),
          ),
      },
    );
  };
  useSaveShortcut(save, true);

  const confirmAllAsleep = () => {
    const unmarked = round.entries.filter((e) => e.mark === null).length;
    if (unmarked === 0) return;
    modal.confirm({
      title: t('record.allAsleepTitle', { count: unmarked }),
      content: t('record.allAsleepBody'),
      okText: t('record.allAsleepOk'),
      okButtonProps: { 'data-testid': 'round-all-asleep-confirm' },
      cancelText: t('record.cancel'),
      onOk: () => round.allAsleep(),
      afterClose: () => document.querySelector<HTMLElement>('[data-testid="round-grid"]')?.focus(),
    });
  };

  const areaNames = plan.data?.areas.map((a) => a.name) ?? [];
  const staffOptions = (staff.data ?? []).filter((s) => s.active || s.id === head.staffId);
  return (
    <div data-testid="record-round-page">
      <PageTitle style={{ marginTop: 0 }}>{t('record.title')}</PageTitle>
      <RoundFields
        value={head}
        areas={areaNames}
        staff={staffOptions}
        errors={errors.fields}
        onChange={(change) => setEdited((old) => ({ ...old, ...change }))}
      />
      <Flex vertical gap={12}>
        <KeyLegend onAllAsleep={confirmAllAsleep} />
        <RoundCountsLine entries={round.entries} />
        {sheet.isError && (
          <Alert type="error" showIcon title={t('record.loadFailed', { message: sheet.error.message })} />
        )}
        {errors.fields.marks && (
          <Alert type="error" showIcon title={errors.fields.marks} data-testid="round-marks-error" />
        )}
        {sheet.isPending && sheet.fetchStatus !== 'idle' ? (
          <Skeleton active />
        ) : rows.length === 0 && sheet.isSuccess ? (
          <Alert type="info" showIcon title={t('record.nobody')} data-testid="round-nobody" />
        ) : (
          <MarkGrid
            rows={rows}
            entries={round.entries}
            cursor={round.cursor}
            noteRow={round.noteRow}
            noteErrors={errors.notes}
            onCursor={round.setCursor}
            onMark={round.mark}
            onOpenNote={round.openNote}
            onNote={round.setNote}
            onCloseNote={round.closeNote}
            onAllAsleep={confirmAllAsleep}
          />
        )}
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('record.findings')}
            htmlFor="round-findings"
            validateStatus={errors.fields.findings ? 'error' : undefined}
            help={errors.fields.findings}
          >
            <Input.TextArea
              id="round-findings"
              value={findings}
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('record.findingsPlaceholder')}
              onChange={(event) => setFindings(event.target.value)}
              data-testid="round-findings"
            />
          </Form.Item>
        </Form>
        {errors.fields.form && (
          <Alert type="error" showIcon title={errors.fields.form} data-testid="round-form-error" />
        )}
        <Flex gap={8} align="center">
          <Button
            type="primary"
            size="large"
            loading={record.isPending}
            onClick={save}
            data-testid="round-save"
          >
            {t('record.save')}
          </Button>
          <Button size="large" onClick={() => void navigate(roundsPaths.day(head.date))}>
            {t('record.cancel')}
          </Button>
          <Typography.Text type="secondary">{t('record.saveHint')}</Typography.Text>
        </Flex>
      </Flex>
    </div>
  );
}
