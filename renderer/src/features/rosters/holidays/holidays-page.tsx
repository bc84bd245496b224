import '../rosters.css';
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from '../../../../../shared/domain/date-input';
import { HOLIDAY_KINDS } from '../../../../../shared/schema';
import type { HolidayKind } from '../../../../../shared/schema';
import { ApiError } from '../../../api/api-error';
import { errorText } from '../../../api/error-text';
import { useSaveShortcut } from '../../../components/form';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import { holidayProblems, holidaysToSave } from '../model/holiday-rows';
import type { HolidayRow } from '../model/holiday-rows';
import { useHolidays, useSaveHolidays } from '../queries';

let nextKey = 0;
const newKey = () => `row-${(nextKey += 1)}`;

/** `/rosters/holidays?year=`: the statutory holidays and 调休 working days of one year, saved together. */
export function HolidaysPage() {
  const { t } = useTranslation('rostersUi');
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(todayIso().slice(0, 4));
  return (
    <div data-testid="holidays-page" data-year={year}>
      <PageTitle style={{ marginTop: 0 }}>{t('holidays.title')}</PageTitle>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          icon={<LeftOutlined />}
          onClick={() => setParams({ year: String(year - 1) })}
          data-testid="holidays-previous"
        >
          {t('holidays.previousYear')}
        </Button>
        <Typography.Text strong data-testid="holidays-year">
          {year}
        </Typography.Text>
        <Button onClick={() => setParams({ year: String(year + 1) })} data-testid="holidays-next">
          {t('holidays.nextYear')} <RightOutlined />
        </Button>
      </Space>
      <HolidaysEditor key={year} year={year} />
    </div>
  );
}

/** One year's table; a new year starts a new editor, with nothing half-typed carried over. */
function HolidaysEditor({ year }: { year: number }) {
  const { t } = useTranslation('rostersUi');
  const { message } = App.useApp();
  const holidays = useHolidays(year);
  const save = useSaveHolidays();
  const readOnly = useReadOnly();
  const mayEdit = useMay('rosters.manage') && !readOnly;
  const [edited, setEdited] = useState<HolidayRow[] | null>(null);
  const rows =
    edited ??
    (holidays.data
      ? holidays.data.map((h) => ({ key: `saved-${h.date}`, date: h.date, kind: h.kind, name: h.name }))
      : null);
  const setRows = (next: (list: HolidayRow[]) => HolidayRow[]) => setEdited(next(rows ?? []));
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);

  const problems = holidayProblems(rows ?? [], year);
  const update = (key: string, patch: Partial<HolidayRow>) =>
    setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const submit = () => {
    if (!rows || save.isPending) return;
    setShowProblems(true);
    setFailure(null);
    setServerProblems(new Map());
    if (problems.size > 0) return;
    // Sent in date order, so the core's row numbers point at the rows as shown.
    const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date));
    setEdited(sorted);
    const days = holidaysToSave(sorted);
    save.mutate(
      { year, days },
      {
        onSuccess: () => {
          setEdited(null);
          setShowProblems(false);
          void message.success(t('holidays.saved', { year }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            const byKey = new Map<string, string>();
            for (const issue of error.fields) {
              const [head, index] = issue.path.split('.');
              const key = head === 'days' && index !== undefined ? sorted[Number(index)]?.key : undefined;
              if (key !== undefined) byKey.set(key, issue.message);
            }
            if (byKey.size > 0) {
              setServerProblems(byKey);
              return;
            }
          }
          setFailure(errorText(error));
        },
      },
    );
  };
  useSaveShortcut(submit, mayEdit && rows !== null);

  const problemText = (problem: string | undefined) => {
    switch (problem) {
      case 'dateMissing':
        return t('holidays.dateMissing');
      case 'wrongYear':
        return t('holidays.wrongYear', { year });
      case 'duplicate':
        return t('holidays.duplicate');
      case 'nameMissing':
        return t('holidays.nameMissing');
      default:
        return null;
    }
  };

  return (
    <div data-ready={rows !== null ? 'true' : 'false'} data-testid="holidays-editor">
      <Card>
        <Typography.Paragraph>{t('holidays.intro')}</Typography.Paragraph>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        {holidays.isError && <Alert type="error" showIcon message={errorText(holidays.error)} />}
        {rows !== null && rows.length === 0 && (
          <Empty description={t('holidays.empty', { year })} data-testid="holidays-empty" />
        )}
        {rows !== null && rows.length > 0 && (
          <table className="holidays-table" data-testid="holidays-table">
            <thead>
              <tr>
                <th scope="col">{t('holidays.columns.date')}</th>
                <th scope="col">{t('holidays.columns.kind')}</th>
                <th scope="col">{t('holidays.columns.name')}</th>
                {mayEdit && <th scope="col">{t('holidays.columns.remove')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const rowProblems = showProblems ? problems.get(row.key) : undefined;
                const dateProblem = problemText(rowProblems?.date) ?? serverProblems.get(row.key) ?? null;
                const nameProblem = problemText(rowProblems?.name);
                const n = index + 1;
                return (
                  <tr key={row.key} data-testid="holiday-row">
                    <td>
                      <Input
                        value={row.date}
                        placeholder="YYYY-MM-DD"
                        readOnly={!mayEdit}
                        aria-label={t('holidays.dateOf', { row: n })}
                        aria-invalid={dateProblem ? true : undefined}
                        status={dateProblem ? 'error' : undefined}
                        data-testid="holiday-date"
                        style={{ width: 150 }}
                        onChange={(e) => update(row.key, { date: e.target.value })}
                        onBlur={(e) => {
                          const parsed = parseDateInput(e.target.value);
                          if (parsed) update(row.key, { date: parsed });
                        }}
                      />
                      {dateProblem && (
                        <div className="holiday-problem" data-testid="holiday-date-error">
                          {dateProblem}
                        </div>
                      )}
                    </td>
                    <td>
                      <Select<HolidayKind>
                        value={row.kind}
                        disabled={!mayEdit}
                        aria-label={t('holidays.kindOf', { row: n })}
                        data-testid="holiday-kind"
                        style={{ width: 160 }}
                        options={HOLIDAY_KINDS.map((kind) => ({
                          value: kind,
                          label: t(`holidays.kind.${kind}`),
                        }))}
                        onChange={(kind) => update(row.key, { kind })}
                      />
                    </td>
                    <td>
                      <Input
                        value={row.name}
                        maxLength={30}
                        readOnly={!mayEdit}
                        aria-label={t('holidays.nameOf', { row: n })}
                        aria-invalid={nameProblem ? true : undefined}
                        status={nameProblem ? 'error' : undefined}
                        data-testid="holiday-name"
                        style={{ width: 200 }}
                        onChange={(e) => update(row.key, { name: e.target.value })}
                      />
                      {nameProblem && <div className="holiday-problem">{nameProblem}</div>}
                    </td>
                    {mayEdit && (
                      <td>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('holidays.removeRow', { row: n })}
                          onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {mayEdit && rows !== null && (
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                setRows((list) => [
                  ...(list ?? []),
                  { key: newKey(), date: `${year}-`, kind: 'holiday', name: '' },
                ])
              }
              data-testid="holiday-add"
            >
              {t('holidays.add')}
            </Button>
            <Button type="primary" loading={save.isPending} onClick={submit} data-testid="holidays-save">
              {t('holidays.save')}
            </Button>
          </Flex>
        )}
      </Card>
    </div>
  );
}
