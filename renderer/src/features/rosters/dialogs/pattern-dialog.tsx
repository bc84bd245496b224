import { useState } from 'react';
import { Alert, App, Checkbox, Input, InputNumber, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { RosterGrid } from '../../../../../shared/ipc/rosters';
import { errorText } from '../../../api/error-text';
import { FormDialog } from '../../../components/form';
import { filledCells } from '../model/filled-cells';
import { parsePattern, previewPattern, rotationOffsets } from '../model/pattern';
import { weekdayOf } from '../model/period';
import { codeColours } from '../model/text-colour';
import { useApplyPattern } from '../queries';
import { useDayWords } from '../grid/use-day-words';
import { DateInput, Field } from './dialog-kit';
import { useConfirmOverwrite } from './use-confirm-overwrite';

interface Props {
  grid: RosterGrid;
  from: string;
  to: string;
  onClose: () => void;
}

/**
 * A rotating pattern over a group: the codes ("白 白 夜 夜 休 休"), who, from
 * when to when, where each person starts (0, 2, 4… by default), whether filled
 * cells are replaced, and the first two weeks as they will come out.
 */
export function PatternDialog({ grid, from: initialFrom, to: initialTo, onClose }: Props) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const words = useDayWords();
  const apply = useApplyPattern();
  const confirmOverwrite = useConfirmOverwrite();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [offsets, setOffsets] = useState<Record<string, number>>({});
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [overwrite, setOverwrite] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const parsed = parsePattern(text, grid.codes);
  const patternLength = parsed.ok ? parsed.pattern.length : 1;
  const rotation = rotationOffsets(chosen.length, patternLength);
  const people = chosen.map((staffId, k) => ({ staffId, offset: offsets[staffId] ?? rotation[k] ?? 0 }));
  const preview =
    parsed.ok && people.length > 0 && isIsoDate(from) && isIsoDate(to) && from <= to
      ? previewPattern(parsed.pattern, people, from, to)
      : null;
  const nameOf = new Map(grid.rows.map((r) => [r.staffId, r.name]));
  const colourOf = new Map(grid.codes.map((c) => [c.code, c.colour]));

  const patternError = (): string | null => {
    if (parsed.ok) return null;
    if (parsed.reason === 'empty') return t('pattern.empty');
    if (parsed.reason === 'tooLong') return t('pattern.tooLong');
    const token = parsed.token ?? '';
    if (parsed.reason === 'inactive') return t('grid.inactiveCode', { token });
    return t('grid.unknownCode', {
      token,
      codes: grid.codes
        .filter((c) => c.active)
        .map((c) => c.code)
        .join(' '),
    });
  };

  const submit = () => {
    if (apply.isPending) return;
    const found: Record<string, string> = {};
    const problem = patternError();
    if (problem) found.pattern = problem;
    if (people.length === 0) found.staff = t('pattern.noStaff');
    if (!isIsoDate(from)) found.from = t('holidays.dateMissing');
    if (!isIsoDate(to)) found.to = t('holidays.dateMissing');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || !parsed.ok) return;
    const go = () =>
      apply.mutate(
        { from, to, pattern: parsed.pattern, people, overwrite },
        {
          onSuccess: (result) => {
            void message.success(t('pattern.applied', { count: result.changed }));
            onClose();
          },
          onError: (error) => setFailure(errorText(error)),
        },
      );
    confirmOverwrite(overwrite ? filledCells(grid.rows, new Set(chosen), from, to) : 0, go);
  };

  return (
    <FormDialog
      open
      width={860}
      title={t('pattern.title')}
      saving={apply.isPending}
      disabled={false}
      testId="pattern-form"
      onSave={submit}
      onClose={onClose}
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure}
          style={{ marginBottom: 12 }}
          data-testid="pattern-failure"
        />
      )}
      <Field
        id="pattern-codes"
        label={t('pattern.codes')}
        required
        error={errors.pattern}
        hint={t('pattern.codesHint')}
      >
        <Input
          id="pattern-codes"
          data-testid="pattern-codes"
          value={text}
          autoComplete="off"
          placeholder="白 白 夜 夜 休 休"
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <Field id="pattern-from" label={t('pattern.from')} required error={errors.from}>
          <DateInput id="pattern-from" value={from} onChange={setFrom} invalid={Boolean(errors.from)} />
        </Field>
        <Field id="pattern-to" label={t('pattern.to')} required error={errors.to}>
          <DateInput id="pattern-to" value={to} onChange={setTo} invalid={Boolean(errors.to)} />
        </Field>
        <div style={{ paddingTop: 34 }}>
          <Checkbox
            checked={overwrite}
            onChange={(e) => setOverwrite(e.target.checked)}
            data-testid="pattern-overwrite"
          >
            {t('pattern.overwrite')}
          </Checkbox>
        </div>
      </div>
      <Field
        id="pattern-staff"
        label={t('pattern.staff')}
        required
        error={errors.staff}
        hint={t('pattern.staffHint')}
      >
        <div id="pattern-staff" className="pattern-staff" data-testid="pattern-staff">
          {grid.rows
            .filter((r) => r.active)
            .map((row) => {
              const index = chosen.indexOf(row.staffId);
              const person = index >= 0 ? people[index] : undefined;
              return (
                <div key={row.staffId} className="pattern-person">
                  <Checkbox
                    checked={index >= 0}
                    data-testid="pattern-person"
                    data-staff={row.staffId}
                    onChange={(e) =>
                      setChosen((list) =>
                        e.target.checked ? [...list, row.staffId] : list.filter((id) => id !== row.staffId),
                      )
                    }
                  >
                    {row.name}
                  </Checkbox>
                  {person && (
                    <InputNumber
                      size="small"
                      min={0}
                      max={27}
                      value={person.offset}
                      aria-label={t('pattern.offsetOf', { name: row.name })}
                      data-testid="pattern-offset"
                      data-staff={row.staffId}
                      style={{ width: 64 }}
                      onChange={(value) =>
                        setOffsets((map) => ({
                          ...map,
                          [row.staffId]: typeof value === 'number' ? value : 0,
                        }))
                      }
                    />
                  )}
                </div>
              );
            })}
        </div>
      </Field>
      <h2 className="dialog-subtitle">{t('pattern.preview')}</h2>
      {preview ? (
        <Table
          size="small"
          pagination={false}
          rowKey="staffId"
          data-testid="pattern-preview"
          scroll={{ x: true }}
          dataSource={preview.rows}
          columns={[
            {
              title: t('grid.name'),
              key: 'name',
              render: (_, row) => nameOf.get(row.staffId) ?? '',
              fixed: 'left',
            },
            ...preview.dates.map((date, index) => ({
              title: `${Number(date.slice(8))} ${words.weekday(weekdayOf(date))}`,
              key: date,
              align: 'center' as const,
              render: (_: unknown, row: { codes: string[] }) => {
                const code = row.codes[index] ?? '';
                return code ? (
                  <span className="preview-code" style={codeColours(colourOf.get(code))}>
                    {code}
                  </span>
                ) : (
                  ''
                );
              },
            })),
          ]}
        />
      ) : (
        <p>{t('pattern.previewEmpty')}</p>
      )}
    </FormDialog>
  );
}
