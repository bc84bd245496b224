import { useState } from 'react';
import { Alert, App, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../api/error-text';
import { FormDialog } from '../../../components/form';
import { cellText } from '../model/cell-codes';
import { useSwap } from '../queries';
import { useDayWords } from '../grid/use-day-words';
import { DateInput, Field } from './dialog-kit';

interface Props {
  grid: RosterGrid;
  /** The cell under the cursor: person A and the date. */
  staffId: string | null;
  date: string;
  onClose: () => void;
}

type Errors = Partial<Record<'staffA' | 'dateA' | 'staffB' | 'dateB' | 'reason', string>>;

/** Two people exchange their cells (same day, or A's day for B's day); the reason is kept in the record. */
export function SwapDialog({ grid, staffId, date, onClose }: Props) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const words = useDayWords();
  const swap = useSwap();
  const [staffA, setStaffA] = useState<string | null>(staffId);
  const [dateA, setDateA] = useState(date);
  const [staffB, setStaffB] = useState<string | null>(null);
  const [dateB, setDateB] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const options = grid.rows.map((r) => ({ value: r.staffId, label: r.name }));
  const rowOf = (id: string | null) => grid.rows.find((r) => r.staffId === id);
  const codesOn = (id: string | null, day: string) => cellText(rowOf(id)?.cells[day]) || t('grid.cellEmpty');
  const effectiveDateB = dateB.trim() === '' ? dateA : dateB;

  const submit = () => {
    if (swap.isPending) return;
    const found: Errors = {};
    if (!staffA) found.staffA = t('pattern.noStaff');
    if (!staffB) found.staffB = t('pattern.noStaff');
    if (!isIsoDate(dateA)) found.dateA = t('holidays.dateMissing');
    if (dateB.trim() !== '' && !isIsoDate(dateB)) found.dateB = t('holidays.dateMissing');
    if (reason.trim() === '') found.reason = t('swap.reasonMissing');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || !staffA || !staffB) return;
    swap.mutate(
      { staffA, dateA, staffB, ...(dateB.trim() !== '' ? { dateB } : {}), reason },
      {
        onSuccess: () => {
          void message.success(t('swap.swapped'));
          onClose();
        },
        onError: (error) => {
          // Field problems (the reason missing, B the same as A) go beside their field.
          if (error instanceof ApiError && error.fields.length > 0) {
            const next: Errors = {};
            for (const issue of error.fields) {
              const field = issue.path.split('.')[0];
              if (
                field === 'staffA' ||
                field === 'staffB' ||
                field === 'dateA' ||
                field === 'dateB' ||
                field === 'reason'
              )
                next[field] = issue.message;
            }
            if (Object.keys(next).length > 0) {
              setErrors(next);
              return;
            }
          }
          setFailure(errorText(error));
        },
      },
    );
  };

  return (
    <FormDialog
      open
      width={640}
      title={t('swap.title')}
      saving={swap.isPending}
      disabled={false}
      testId="swap-form"
      onSave={submit}
      onClose={onClose}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <div style={{ display: 'flex', gap: 16 }}>
        <Field id="swap-staffA" label={t('swap.staffA')} required error={errors.staffA}>
          <Select
            id="swap-staffA"
            data-testid="swap-staffA"
            style={{ width: 220 }}
            showSearch
            optionFilterProp="label"
            value={staffA}
            options={options}
            onChange={setStaffA}
          />
        </Field>
        <Field id="swap-dateA" label={t('swap.dateA')} required error={errors.dateA}>
          <DateInput id="swap-dateA" value={dateA} onChange={setDateA} invalid={Boolean(errors.dateA)} />
        </Field>
      </div>
      <div style={{ display: 'flex', gap: 16 }}>
        <Field id="swap-staffB" label={t('swap.staffB')} required error={errors.staffB}>
          <Select
            id="swap-staffB"
            data-testid="swap-staffB"
            style={{ width: 220 }}
            showSearch
            optionFilterProp="label"
            value={staffB}
            options={options}
            onChange={setStaffB}
          />
        </Field>
        <Field id="swap-dateB" label={t('swap.dateB')} error={errors.dateB} hint={t('swap.dateBHint')}>
          <DateInput id="swap-dateB" value={dateB} onChange={setDateB} invalid={Boolean(errors.dateB)} />
        </Field>
      </div>
      <Field id="swap-reason" label={t('swap.reason')} required error={errors.reason}>
        <Input
          id="swap-reason"
          data-testid="swap-reason"
          value={reason}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      {staffA && staffB && isIsoDate(dateA) && isIsoDate(effectiveDateB) && (
        <Typography.Paragraph data-testid="swap-preview">
          {t('swap.preview', {
            nameA: rowOf(staffA)?.name ?? '',
            dateA: words.shortDate(dateA),
            codesA: codesOn(staffA, dateA),
            nameB: rowOf(staffB)?.name ?? '',
            dateB: words.shortDate(effectiveDateB),
            codesB: codesOn(staffB, effectiveDateB),
          })}
        </Typography.Paragraph>
      )}
    </FormDialog>
  );
}
