import { Alert, DatePicker, Flex, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { addDaysIso } from '../../../../../shared/domain/census';
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { Handover } from '../../../../../shared/schema';
import { errorText } from '../../../api/error-text';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { useDateText } from '../../../i18n/use-date-text';
import { stageOf, useAreaText, useShiftName } from '../labels';
import type { HandoverStage } from '../labels';
import { handoversPaths } from '../paths';
import { useHandoverList } from '../queries';
import { TodayShifts } from './today-shifts';

const DAY = 'YYYY-MM-DD';
const STAGE_COLOURS: Record<HandoverStage, string> = {
  draft: 'warning',
  outgoingSigned: 'processing',
  signed: 'success',
};

/** The range in the address, or the last seven days. */
function useRange(): { from: string; to: string; set: (from: string, to: string) => void } {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asked = (name: string) => {
    const value = params.get(name);
    return value !== null && isIsoDate(value) ? value : null;
  };
  const to = asked('to') ?? today;
  const from = asked('from') ?? addDaysIso(to, -6);
  return {
    from: from <= to ? from : to,
    to,
    set: (nextFrom, nextTo) => setParams({ from: nextFrom, to: nextTo }, { replace: true }),
  };
}

/** `/handovers?from=&to=`: the handovers of a date range, newest first, under today's shifts. */
export function HandoverListPage() {
  const { t } = useTranslation('handovers');
  const dateText = useDateText();
  const shiftName = useShiftName();
  const areaText = useAreaText();
  const range = useRange();
  const list = useHandoverList({ from: range.from, to: range.to });
  const rows = [...(list.data ?? [])].reverse();
  const columns: TableColumnsType<Handover> = [
    {
      key: 'date',
      title: t('list.columns.date'),
      render: (_, h) => (
        <Link to={handoversPaths.view(h.id, h.date)} data-testid="handover-row-link">
          {dateText(h.date)}
        </Link>
      ),
    },
    { key: 'shift', title: t('list.columns.shift'), render: (_, h) => shiftName(h.shiftCode) },
    { key: 'area', title: t('list.columns.area'), render: (_, h) => areaText(h.area) },
    {
      key: 'state',
      title: t('list.columns.state'),
      render: (_, h) => {
        const stage = stageOf(h);
        return (
          <Tag color={STAGE_COLOURS[stage]} data-testid="handover-row-state">
            {t(`state.${stage}`)}
          </Tag>
        );
      },
    },
    {
      key: 'signedBy',
      title: t('list.columns.signedBy'),
      render: (_, h) =>
        t('list.signedBy', {
          outgoing: h.outgoing?.name ?? t('list.nobody'),
          incoming: h.incoming?.name ?? t('list.nobody'),
        }),
    },
  ];
  return (
    <div data-testid="handover-list-page">
      <PageTitle>{t('list.title')}</PageTitle>
      <TodayShifts />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          value={[dayjs(range.from, DAY), dayjs(range.to, DAY)]}
          format={DAY}
          allowClear={false}
          aria-label={t('list.range')}
          placeholder={[t('list.from'), t('list.to')]}
          onChange={(dates) => {
            const from = dates?.[0]?.format(DAY);
            const to = dates?.[1]?.format(DAY);
            if (from && to) range.set(from, to);
          }}
          data-testid="handover-range"
        />
      </Flex>
      {list.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(list.error)}
          style={{ marginBottom: 12 }}
          data-testid="handover-list-problem"
        />
      )}
      <Table<Handover>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: t('list.empty') }}
        data-testid="handover-table"
        onRow={(h) => ({ 'data-testid': 'handover-row', 'data-date': h.date }) as object}
      />
    </div>
  );
}
