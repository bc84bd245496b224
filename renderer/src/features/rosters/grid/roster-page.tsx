import { useState } from 'react';
import { Alert, Button, Dropdown, Empty, Flex, Space, Spin, Typography } from 'antd';
import { CalendarOutlined, DownOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../../shared/domain/dates';
import { errorText } from '../../../api/error-text';
import { PageTitle } from '../../../components/page-title';
import { todayIso } from '../../../components/today-iso';
import { useReadOnly } from '../../../app';
import { useMay } from '../../auth';
import type { Cursor } from '../model/grid-cursor';
import { periodFromParams, periodParams } from '../model/period';
import type { RosterPeriod } from '../model/period';
import { rostersPaths } from '../paths';
import { useRosterGrid } from '../queries';
import { RosterDialogs } from '../dialogs/roster-dialogs';
import type { RosterDialog } from '../dialogs/roster-dialogs';
import { PeriodBar } from './period-bar';
import { RosterGridTable } from './roster-grid';
import { useDayWords } from './use-day-words';
import { VersionLine } from './version-line';
import { WarningsPanel } from './warnings-panel';
import { ExcelButton } from './excel-button';

/** The areas in the address: `area=` once per area ('-' = staff with no area). */
function areasFrom(params: URLSearchParams): string[] {
  return params.getAll('area').map((a) => (a === '-' ? '' : a));
}

/** `/rosters?month=YYYY-MM` or `?week=YYYY-MM-DD`: the roster grid with its cover, warnings and tools. */
export function RosterPage() {
  const { t } = useTranslation('rostersUi');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const period = periodFromParams({ month: params.get('month'), week: params.get('week') }, today);
  const areas = areasFrom(params);
  const grid = useRosterGrid({ from: period.from, to: period.to, ...(areas.length > 0 ? { areas } : {}) });
  const readOnly = useReadOnly();
  const mayManage = useMay('rosters.manage') && !readOnly;
  const maySettings = useMay('settings.manage');
  const words = useDayWords();
  const [cursor, setCursor] = useState<Cursor>(() => ({
    row: 0,
    col: today >= period.from && today <= period.to ? daysBetween(period.from, today) : 0,
  }));
  const [dialog, setDialog] = useState<RosterDialog | null>(null);

  const go = (next: RosterPeriod, nextAreas = areas) => {
    const search = new URLSearchParams(periodParams(next));
    for (const area of nextAreas) search.append('area', area === '' ? '-' : area);
    setParams(search);
  };
  const title =
    period.kind === 'month'
      ? words.monthTitle(period.month)
      : t('grid.weekTitle', { from: words.shortDate(period.from), to: words.shortDate(period.to) });
  const data =
    grid.data && grid.data.from === period.from && grid.data.to === period.to ? grid.data : undefined;

  const goToCell = (staffId: string, date: string) => {
    if (!data) return;
    const row = data.rows.findIndex((r) => r.staffId === staffId);
    const col = data.days.findIndex((d) => d.date === date);
    if (row >= 0 && col >= 0) setCursor({ row, col });
  };

  return (
    <div
      data-testid="roster-page"
      data-from={period.from}
      data-to={period.to}
      data-ready={data ? 'true' : 'false'}
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle style={{ marginTop: 0, marginBottom: 8 }}>{title}</PageTitle>
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            onClick={() => void navigate(rostersPaths.print(periodParams(period)))}
            data-testid="roster-print"
          >
            {t('grid.print')}
          </Button>
          <ExcelButton period={period} />
          <Button
            icon={<CalendarOutlined />}
            onClick={() => void navigate(rostersPaths.holidays(Number(period.from.slice(0, 4))))}
            data-testid="roster-holidays"
          >
            {t('grid.holidays')}
          </Button>
          {maySettings && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => void navigate(rostersPaths.rules)}
              data-testid="roster-rules"
            >
              {t('grid.rules')}
            </Button>
          )}
        </Space>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <PeriodBar period={period} areas={areas} onPeriod={(p) => go(p)} onAreas={(a) => go(period, a)} />
        {mayManage && data && (
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('pattern')} data-testid="roster-pattern">
              {t('grid.action.pattern')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'copy',
                    label: period.kind === 'week' ? t('grid.action.copyWeek') : t('grid.action.copyMonth'),
                  },
                  { key: 'swap', label: t('grid.action.swap') },
                  ...(period.kind === 'month' ? [{ key: 'publish', label: t('grid.action.publish') }] : []),
                ],
                onClick: ({ key }) => setDialog(key as RosterDialog),
              }}
            >
              <Button data-testid="roster-more">
                {t('grid.actions')} <DownOutlined />
              </Button>
            </Dropdown>
          </Space>
        )}
      </Flex>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {mayManage ? t('grid.keyboardHelp') : t('grid.readOnly')}
        </Typography.Text>
        <Typography.Text>
          <VersionLine month={data?.month ?? null} isMonth={period.kind === 'month'} />
        </Typography.Text>
      </Flex>
      {grid.isError && !data ? (
        <Alert type="error" showIcon message={t('grid.loadFailed', { message: errorText(grid.error) })} />
      ) : !data ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : data.rows.length === 0 ? (
        <Empty description={t('grid.empty')} data-testid="roster-empty" />
      ) : (
        <Flex vertical gap={12}>
          {data.codes.length === 0 && <Alert type="info" showIcon message={t('grid.noCodes')} />}
          <RosterGridTable grid={data} canEdit={mayManage} cursor={cursor} onCursor={setCursor} />
          <WarningsPanel grid={data} onGo={goToCell} />
        </Flex>
      )}
      {data && mayManage && (
        <RosterDialogs
          open={dialog}
          grid={data}
          period={period}
          cursor={cursor}
          filtered={areas.length > 0}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
